/** Extracts the documents that have gold files and scores them in memory. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../contract/schema.js';
import { stemOf } from '../store/index.js';
import { scorePairs, type ScorePair, type ScoreReport } from './score.js';

export interface EvalFailure {
  file: string;
  reason: string;
}

export interface EvalResult {
  report: ScoreReport;
  /** inputs that have a gold file but could not be extracted (scored as missing predictions) */
  failures: EvalFailure[];
}

/**
 * Pairs each gold file <stem>.json with the input file of the same stem, extracts it and scores
 * it; gold files without an input count as missing predictions, inputs without gold are skipped.
 */
export async function evaluate(
  inputs: readonly string[],
  goldDir: string,
  extract: (file: string) => Promise<Extraction>,
): Promise<EvalResult> {
  const byStem = new Map(inputs.map((f) => [stemOf(f), f]));
  const failures: EvalFailure[] = [];
  const pairs: ScorePair[] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold: unknown = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8'));
    const input = byStem.get(stemOf(file));
    let pred: unknown;
    if (input) {
      try {
        pred = await extract(input);
      } catch (err) {
        failures.push({ file: input, reason: (err as Error).message });
      }
    }
    pairs.push({ file, gold, pred });
  }
  return { report: scorePairs(pairs), failures };
}

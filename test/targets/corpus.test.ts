import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Target } from '../../src/contract/schema.js';
import { scorePairs } from '../../src/eval/score.js';
import { extractTargets } from '../../src/extract/targets/index.js';
import type { ExtractInput } from '../../src/extract/types.js';
import { CORPUS, ROOT, corpus } from '../helpers.js';

describe('targets on the development corpus, through the pipeline', () => {
  it('meet the bar against the gold files', async () => {
    const { summary, misses } = await score((input) => input);
    expect(summary.targets.f, misses).toBeGreaterThanOrEqual(0.95);
    expect(summary.targetsExact.f, misses).toBeGreaterThanOrEqual(0.85);
    expect(summary.targetYearAccuracy, misses).toBeGreaterThanOrEqual(0.95);
    expect(summary.targetIndicatorAccuracy, misses).toBeGreaterThanOrEqual(0.85);
  });

  it('hold up when segmentation finds no sections: cues and heading lines carry them', async () => {
    const { summary, misses } = await score((input) => ({ ...input, sections: [] }));
    expect(summary.targets.f, misses).toBeGreaterThanOrEqual(0.95);
    expect(summary.targetYearAccuracy, misses).toBeGreaterThanOrEqual(0.95);
  });
});

async function score(adapt: (input: ExtractInput) => ExtractInput) {
  const pairs = [];
  for (const stem of Object.values(CORPUS)) {
    const input = adapt((await corpus(stem)).input);
    const { targets, baselines } = extractTargets(input);
    for (const t of [...targets, ...baselines]) {
      expect(Target.safeParse(t).success).toBe(true);
      expect(input.text.slice(t.span[0], t.span[1]).replace(/\s+/g, ' ')).toBe(t.text);
    }
    const gold: unknown = JSON.parse(readFileSync(path.join(ROOT, 'test', 'gold', `${stem}.json`), 'utf8'));
    pairs.push({ file: `${stem}.json`, gold, pred: { targets } });
  }
  const { summary, documents } = scorePairs(pairs);
  return { summary, misses: documents.flatMap((d) => d.misses.filter((m) => m.startsWith('target'))).join('\n') };
}

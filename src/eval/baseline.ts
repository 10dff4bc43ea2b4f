/**
 * Baselines: the scorer's figures flattened to named numbers ("citations.f", "document"), saved in
 * a JSON file, so a run can tell which figure fell below its recorded value.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Prf, ScoreSummary } from './score.js';

export type Figures = Record<string, number | null>;

const BaselineFile = z.record(z.string(), z.number().nullable());

/** Figures are kept to 6 decimals, so a baseline file reads well and compares stably. */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const TOLERANCE = 1e-6;

const isPrf = (v: unknown): v is Prf => typeof v === 'object' && v !== null && 'f' in v;

/** Precision, recall and F1 of each part, and each accuracy; counts are left out (they are not "higher is better"). */
export function figuresOf(summary: ScoreSummary): Figures {
  const out: Figures = {};
  for (const [name, value] of Object.entries(summary)) {
    if (isPrf(value)) for (const k of ['p', 'r', 'f'] as const) out[`${name}.${k}`] = round(value[k]);
    else out[name] = value === null ? null : round(value as number);
  }
  return out;
}

export interface Regression {
  figure: string;
  baseline: number;
  current: number | null;
}

/** Figures below their baseline; a figure that became n/a counts as 0. Figures new since the baseline are not compared. */
export function regressions(current: Figures, baseline: Figures): Regression[] {
  const out: Regression[] = [];
  for (const [figure, base] of Object.entries(baseline)) {
    if (base === null || !(figure in current)) continue;
    const now = current[figure] ?? null;
    if ((now ?? 0) < base - TOLERANCE) out.push({ figure, baseline: base, current: now });
  }
  return out;
}

export function readBaseline(file: string): Figures {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = BaselineFile.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not a baseline file (expected {"figure": number | null, …}): ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function writeBaseline(file: string, figures: Figures): void {
  writeFileSync(file, JSON.stringify(figures, null, 2) + '\n');
}

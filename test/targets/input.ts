import type { DocumentMeta, Target } from '../../src/contract/schema.js';
import { extractTargets } from '../../src/extract/targets/index.js';
import { makeInput } from '../support/input.js';

export { makeInput };

/** Targets of a snippet placed under a goals heading of a plan for 2021–2025. */
export function goals(body: string, meta: Partial<DocumentMeta> = { period: { from: 2021, to: 2025 } }): Target[] {
  return extractTargets(makeInput(`I. MỤC TIÊU\n${body}\n`, meta)).targets;
}

/** The fields most tests look at. */
export const brief = (t: Target) => ({ value: t.value, unit: t.unit, comparator: t.comparator, text: t.text });

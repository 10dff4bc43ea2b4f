/**
 * Numeric targets and baselines (contract `targets`, extra `baselines`).
 *
 *   sentences of the body → numbers (numbers.ts) → clauses (clauses.ts) → comparator
 *   (comparator.ts) → target / baseline / neither (classify.ts) → year (year.ts) → subject and
 *   text (clauses.ts) → indicator (src/resolve/indicators.ts)
 *
 * Every item keeps its span into ExtractInput.text. Rules come from rules/targets.yaml and
 * rules/indicators.yaml (plus rules/document-types.yaml for "Thông tư 02"-like labels).
 */
import type { Section, SectionKind, Target } from '../../contract/schema.js';
import { resolveIndicator } from '../../resolve/indicators.js';
import { sectionAt, sectionPath, type ExtractInput } from '../types.js';
import { classify, type Verdict } from './classify.js';
import { closeClauses, contentEnd, contentStart, openClauses, subjectRange, type Clause } from './clauses.js';
import { findComparator, type ComparatorFound } from './comparator.js';
import { quotedRanges, readNumbers } from './numbers.js';
import { tokenize, type Token } from './phrases.js';
import { defaultTargetExtractorRules, type TargetExtractorRules } from './rules.js';
import { createYearContext, namesDeadline, resolveYear, type YearContext } from './year.js';

export { parseTargetTable, type TargetTableOptions } from './table.js';
import { extractTableTargets } from './tables.js';
export { loadTargetExtractorRules, type TargetExtractorRules } from './rules.js';

export interface TargetsResult {
  targets: Target[];
  baselines: Target[];
}

// A sentence ends at . ! ? … before a capital, a digit, a bullet or a quote; lines always end one.
const SENTENCE_END = /[.!?…]+(?=[ \t]+[\p{Lu}\d\-+*•“"(])/gu;

function sentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let s = lineStart;
    for (const m of text.slice(lineStart, lineEnd).matchAll(SENTENCE_END)) {
      const e = lineStart + m.index + m[0].length;
      out.push([s, e]);
      s = e;
    }
    if (s < lineEnd) out.push([s, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The kind that governs a section: its own, or its nearest ancestor's when its own is "other". */
function governingKind(sections: readonly Section[], section: Section | null, memo: Map<string, SectionKind>): SectionKind {
  if (!section) return 'other';
  let kind = memo.get(section.id);
  if (kind === undefined) {
    const path = sectionPath(sections, section.span[0]);
    kind = [...path].reverse().find((s) => s.kind !== 'other')?.kind ?? 'other';
    memo.set(section.id, kind);
  }
  return kind;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function bodyRanges(input: ExtractInput): Array<[number, number]> {
  const body = input.regions.filter((r) => r.kind === 'body').map((r): [number, number] => [r.span[0], r.span[1]]);
  return body.length ? body : [[0, input.text.length]];
}

// A number followed by "%", by "/N" or by a word, not right after a slash: the only shapes a value
// can take. Most sentences with digits hold only dates, symbols and years; they are skipped unread.
const VALUE_SHAPE = /(?<![\d/.,])(\d+(?:[.,]\d+)*)(\s*%|\s*\/\s*\d{1,3}(?![\d/])|\s+[^\s\d\p{P}])/gu;

function mayHoldValue(sentence: string): boolean {
  for (const m of sentence.matchAll(VALUE_SHAPE)) if (!/^(?:19|20)\d{2}$/.test(m[1]!) || m[2]!.includes('%')) return true;
  return false;
}

/** What one extraction run shares between sentences. */
interface Run {
  input: ExtractInput;
  rules: TargetExtractorRules;
  years: YearContext;
  kinds: Map<string, SectionKind>;
  out: TargetsResult;
}

export function extractTargets(input: ExtractInput, rules: TargetExtractorRules = defaultTargetExtractorRules()): TargetsResult {
  const run: Run = {
    input,
    rules,
    years: createYearContext(input.text, input.sections, input.document, rules.targets),
    kinds: new Map(),
    out: { targets: [], baselines: [] },
  };
  for (const [from, to] of bodyRanges(input)) {
    for (const [s, e] of sentences(input.text, from, to)) {
      if (mayHoldValue(input.text.slice(s, e))) extractFromSentence(run, s, e);
    }
  }
  // a table of indicators by year gives one target per cell; what the sentence reader took from
  // inside such a table is the same figures read without their column's year
  const tables = extractTableTargets(input, rules);
  if (!tables.targets.length) return run.out;
  const outside = (t: Target) => !tables.tables.some(([a, b]) => a <= t.span[0] && t.span[0] < b);
  return {
    targets: [...run.out.targets.filter(outside), ...tables.targets].sort((x, y) => x.span[0] - y.span[0]),
    baselines: run.out.baselines.filter(outside),
  };
}

function extractFromSentence(run: Run, sentenceStart: number, sentenceEnd: number): void {
  const { text, sections } = run.input;
  const R = run.rules.targets;
  const lineStart = text.lastIndexOf('\n', sentenceStart - 1) + 1;
  const lineEnd = text.indexOf('\n', sentenceEnd);
  const quoted = quotedRanges(text, lineStart, lineEnd < 0 ? text.length : lineEnd);
  const tokens = tokenize(text, sentenceStart, sentenceEnd);
  const nums = readNumbers(text, tokens, R, quoted);
  if (!nums.length) return;

  let deadline: boolean | undefined;
  const hasDeadline = () => (deadline ??= namesDeadline(run.years, tokens, quoted));
  // every clause bounds its neighbours, kept or not: a parenthetical breakdown is never part of
  // the subject before it
  const clauses = openClauses(tokens, nums, R).filter((c): c is Clause => c !== null);
  closeClauses(tokens, clauses, R);
  const kept: Array<{ clause: Clause; cmp: ComparatorFound; verdict: Verdict }> = [];
  for (const clause of clauses) {
    const kind = governingKind(sections, sectionAt(sections, tokens[clause.num.index]!.start), run.kinds);
    const cmp = findComparator(tokens, clause, R);
    const verdict = classify(tokens, clause, kind, cmp, hasDeadline, R);
    if (verdict !== 'none') kept.push({ clause, cmp, verdict });
  }

  let previous: Target | null = null;
  const firstClause = clauses[0] ? contentStart(tokens, clauses[0].start, clauses[0].num.index) : 0;
  for (const { clause, cmp, verdict } of kept) {
    const item = toTarget(run, tokens, quoted, firstClause, clause, cmp, verdict, previous);
    (verdict === 'target' ? run.out.targets : run.out.baselines).push(item);
    previous = item;
  }
}

function toTarget(
  run: Run,
  tokens: readonly Token[],
  quoted: ReadonlyArray<[number, number]>,
  firstClause: number,
  clause: Clause,
  cmp: ComparatorFound,
  verdict: Verdict,
  previous: Target | null,
): Target {
  const { text, sections } = run.input;
  const num = clause.num;
  let op = cmp.op;
  // "ít nhất 28% trở lên trẻ em … và 99,6% trẻ em …": the bound carries over a bare "và"
  if (!cmp.cued && clause.opener === 'and' && previous && previous.comparator !== '=' && num.value < 100) op = previous.comparator;

  const a = contentStart(tokens, clause.start, num.index);
  const b = contentEnd(tokens, num.index, clause.end);
  const span: [number, number] = [tokens[a]!.start, tokens[b - 1]!.end];
  const [sa, sb] = subjectRange(tokens, clause, cmp.afterValue, cmp.start, run.rules.targets);
  const clauseText = squash(text.slice(span[0], span[1]));
  // a value alone in parentheses ("(35%)") has no subject of its own: the clause stands for it
  const subject = sb > sa ? squash(text.slice(tokens[sa]!.start, tokens[sb - 1]!.end)) : clauseText;
  const year = resolveYear(run.years, tokens, { start: a, end: b, firstClause }, quoted, verdict === 'baseline');
  const ind = resolveIndicator(run.rules.indicators, { tokens, sentenceStart: 0, clauseStart: a, clauseEnd: b, anchor: num.index });
  return {
    text: clauseText,
    value: num.value,
    unit: num.unit,
    per: num.per,
    comparator: op,
    year: year.year,
    subject,
    indicator: ind.id,
    sectionId: sectionAt(sections, tokens[num.index]!.start)?.id ?? null,
    span,
    indicatorCue: ind.cue,
    yearSource: year.source,
    ...(num.of !== null ? { of: num.of } : {}),
  };
}

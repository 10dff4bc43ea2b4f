/**
 * Stage 4: the deadline year of a target. In order: a year stated in the clause ("đến hết năm
 * 2025"); a recurring cue in the clause ("hằng năm" → null); the nearest year or recurring cue
 * earlier in the sentence ("Đến năm 2030, có …", "Hằng năm, 100% …"); a lead line ending with ":"
 * above a list ("Đến năm 2025:"); the labelled sub-heading or the section headings above ("a) Mục
 * tiêu đến năm 2035"); the end of the document's period. Years inside quotes belong to programme
 * titles and are ignored.
 */
import type { DocumentMeta, Section } from '../../contract/schema.js';
import { sectionAt, sectionPath } from '../types.js';
import type { CompiledTargetRules } from './rules.js';
import { tokenize, type Token } from './phrases.js';

export type YearSource = 'clause' | 'recurring' | 'lead-in' | 'heading' | 'period' | 'none';

export interface YearFound {
  year: number | null;
  source: YearSource;
}

/** A deadline cue: a year, or null for a recurring cue; `at` orders cues in one text. */
interface Cue {
  year: number | null;
  at: number;
}

/** The last year, period end or recurring cue in a matching-form string. */
function lastCue(form: string, rules: CompiledTargetRules): Cue | null {
  let best: Cue | null = null;
  if (/\d/.test(form)) {
    for (const m of form.matchAll(rules.yearRe)) best = { year: Number(m[1]), at: m.index };
    for (const m of form.matchAll(rules.periodRe)) if (!best || m.index >= best.at) best = { year: Number(m[2]), at: m.index };
  }
  for (const m of form.matchAll(rules.recurringRe)) if (!best || m.index >= best.at) best = { year: null, at: m.index };
  return best;
}

const QUOTED = /“[^”\n]*”|"[^"\n]*"/g;

/** Matching form of tokens [a, b), without the tokens inside quotes. */
function formsOf(tokens: readonly Token[], a: number, b: number, quoted: ReadonlyArray<[number, number]>): string {
  const parts: string[] = [];
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (!quoted.some(([x, y]) => x <= t.start && t.start < y)) parts.push(t.form);
  }
  return parts.join(' ');
}

const LABELLED = /^\s*(?:[IVXLCDM]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]/iu;
const BULLET = /^\s*[-+*•–]/;

export interface YearContext {
  text: string;
  sections: readonly Section[];
  document: DocumentMeta;
  rules: CompiledTargetRules;
  /** cues of lines and headings already read (they serve every target below them) */
  cache: Map<string, Cue | null>;
  /** the year found above a line (lead line, sub-heading, headings), by line start */
  above: Map<number, YearFound | null>;
}

export function createYearContext(text: string, sections: readonly Section[], document: DocumentMeta, rules: CompiledTargetRules): YearContext {
  return { text, sections, document, rules, cache: new Map(), above: new Map() };
}

/** The cue of a free-standing line or heading, quotes removed. */
function cueOfLine(ctx: YearContext, raw: string): Cue | null {
  let cue = ctx.cache.get(raw);
  if (cue === undefined) {
    const tokens = tokenize(raw.replace(QUOTED, ' '));
    cue = lastCue(tokens.map((t) => t.form).join(' '), ctx.rules);
    ctx.cache.set(raw, cue);
  }
  return cue;
}

/**
 * Whether a sentence names a deadline still ahead ("đến năm 2030" in a plan of 2023): a year after
 * a deadline phrase, later than the document's date (or not before its period's start).
 */
export function namesDeadline(ctx: YearContext, tokens: readonly Token[], quoted: ReadonlyArray<[number, number]>): boolean {
  const issued = Number(ctx.document.date?.slice(0, 4)) || (ctx.document.period ? ctx.document.period.from - 1 : 0);
  for (const m of formsOf(tokens, 0, tokens.length, quoted).matchAll(ctx.rules.yearRe)) if (Number(m[1]) > issued) return true;
  return false;
}

const found = (cue: Cue, source: YearSource): YearFound => (cue.year === null ? { year: null, source: 'recurring' } : { year: cue.year, source });

function lineBefore(text: string, lineStart: number): [number, number] | null {
  if (lineStart <= 0) return null;
  const end = lineStart - 1;
  return [text.lastIndexOf('\n', end - 1) + 1, end];
}

/**
 * The year of the clause spanning tokens [clauseStart, clauseEnd) of a sentence whose first
 * clause starts at `firstClause`. The lead-in is the text before the clause back to a ";", plus
 * the sentence's prefix before its first clause: "Đến năm 2025, …; 100% …" governs both parts,
 * while in "… 35% vào năm 2025; giảm … 7%" the year belongs to the first part only. A baseline
 * only takes a year its sentence states.
 */
export function resolveYear(
  ctx: YearContext,
  tokens: readonly Token[],
  clause: { start: number; end: number; firstClause: number },
  quoted: ReadonlyArray<[number, number]>,
  baseline = false,
): YearFound {
  const own = lastCue(formsOf(tokens, clause.start, clause.end, quoted), ctx.rules);
  if (own) return found(own, 'clause');
  let from = clause.start;
  while (from > clause.firstClause && tokens[from - 1]!.text !== ';') from--;
  const lead = lastCue(formsOf(tokens, from, clause.start, quoted), ctx.rules) ?? lastCue(formsOf(tokens, 0, Math.min(from, clause.firstClause), quoted), ctx.rules);
  if (lead) return found(lead, 'lead-in');
  if (baseline) return { year: null, source: 'none' };
  const lineStart = ctx.text.lastIndexOf('\n', tokens[0]!.start - 1) + 1;
  let above = ctx.above.get(lineStart);
  if (above === undefined) {
    above = yearAbove(ctx, lineStart);
    ctx.above.set(lineStart, above);
  }
  if (above) return above;
  const to = ctx.document.period?.to;
  return to ? { year: to, source: 'period' } : { year: null, source: 'none' };
}

/** The lead line of a list ("Đến năm 2025:"), the labelled sub-heading above ("a) Mục tiêu đến năm 2035") or a heading. */
function yearAbove(ctx: YearContext, lineStart: number): YearFound | null {
  const { text } = ctx;
  const section = sectionAt(ctx.sections, lineStart);
  const floor = section ? section.span[0] : 0;
  let inList = true;
  for (let line = lineBefore(text, lineStart); line && line[1] >= floor; line = lineBefore(text, line[0])) {
    const s = text.slice(line[0], line[1]);
    if (!s.trim()) continue;
    const bullet = BULLET.test(s);
    if (inList && !bullet && /:\s*$/.test(s)) {
      const cue = cueOfLine(ctx, s);
      if (cue) return found(cue, 'lead-in');
    }
    if (!bullet) inList = false;
    if (LABELLED.test(s)) {
      const cue = cueOfLine(ctx, s);
      if (cue) return found(cue, 'heading');
      break;
    }
  }
  for (const s of sectionPath(ctx.sections, lineStart).reverse()) {
    const cue = cueOfLine(ctx, s.heading);
    if (cue) return found(cue, 'heading');
  }
  return null;
}

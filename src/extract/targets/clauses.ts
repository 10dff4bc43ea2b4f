/**
 * Stage 2: cut a sentence into the clauses of its numbers. One sentence often states several
 * targets ("55% trẻ em độ tuổi nhà trẻ, 100% trẻ em độ tuổi mẫu giáo (Tỷ lệ huy động công lập 70%,
 * ngoài công lập 30%)"); each number's clause runs from the delimiter that opens it to the place
 * where the next number's clause opens. A number with no delimiter of its own between it and the
 * previous number belongs to that number's clause ("100% trẻ được kiểm tra, theo dõi sức khỏe ít
 * nhất 01 lần/năm": the 01 is part of the first target's subject).
 */
import type { CompiledTargetRules } from './rules.js';
import type { NumberValue } from './numbers.js';
import { isWordToken, type Token } from './phrases.js';

export type Opener = 'sentence' | 'hard' | 'comma' | 'and' | 'break';

export interface Clause {
  num: NumberValue;
  /** first token of the clause (after its delimiter) */
  start: number;
  /** token where a previous clause must stop: the delimiter, or `start` for a sentence start */
  cut: number;
  opener: Opener;
  /** token index after the clause (exclusive); set by closeClauses */
  end: number;
  /**
   * In a change "từ 25% lên 35%": the token of "từ" (the subject ends before it), and the role of
   * the value: the present figure ("from") or the figure to reach ("to").
   */
  change?: { at: number; role: 'from' | 'to' };
}

const HARD = new Set([';', ':', '(', ')', '[', ']']);
const BULLETS = new Set(['-', '+', '*', '•', '–', '—']);
const TRAILING = new Set([',', ';', ':', '.', '-', '–', '(', '/']);

const LABEL = /^(?:[a-zđ]|[IVX]+|\d+(?:\.\d+)*)$/i;

/** First token of a clause that is not a bullet mark or an outline label ("a)", "2.1."). */
export function contentStart(tokens: readonly Token[], start: number, limit: number): number {
  let i = start;
  while (i < limit && BULLETS.has(tokens[i]!.text)) i++;
  if (i + 2 <= limit && LABEL.test(tokens[i]!.text) && (tokens[i + 1]!.text === ')' || tokens[i + 1]!.text === '.')) i += 2;
  return i;
}

/** Last token (exclusive index) of a clause that is not trailing punctuation. */
export function contentEnd(tokens: readonly Token[], start: number, end: number): number {
  let e = end;
  while (e > start && TRAILING.has(tokens[e - 1]!.text)) e--;
  return e;
}

/** Skips the words that open a clause ("có", "đạt", "phấn đấu", …) from token `a`. */
function skipOpeners(tokens: readonly Token[], a: number, limit: number, rules: CompiledTargetRules): number {
  for (;;) {
    const m = rules.clauseOpeners.longestAt(tokens, a, limit);
    if (!m) return a;
    a = m.end;
  }
}

/**
 * Whether the words between a comma or "và" and a number open a clause of their own: nothing but
 * openers and a comparator ("…, có ít nhất 28%"), a subject head ("…, tỷ lệ … giảm 0,2%"), or,
 * after a comma, a short subject ("…, ngoài công lập 30%").
 */
function opensClause(tokens: readonly Token[], from: number, num: number, rules: CompiledTargetRules, allowShort: boolean): boolean {
  const cmp = rules.comparatorsBefore.endingAt(tokens, num, from);
  const b = cmp ? cmp.start : num;
  const a = skipOpeners(tokens, from, b, rules);
  if (a >= b) return true;
  if (rules.subjectHeads.matchesAt(tokens, a, b).length) return true;
  return allowShort && b - a <= 3;
}

/** Token after a value and the bound that may follow it ("38% trở lên"). */
function afterBound(tokens: readonly Token[], num: NumberValue, rules: CompiledTargetRules): number {
  return rules.comparatorsAfter.longestAt(tokens, num.valueEnd)?.end ?? num.valueEnd;
}

const CLAUSE_END = new Set([',', ';', '.', ':', ')']);

/**
 * A value that ends its clause had its subject before it ("…, trẻ em mẫu giáo đạt 98%;"), and so
 * does one followed by "và" and another such clause ("… đạt 98% và trẻ em 5 tuổi đạt 99,9%.").
 */
function endsClause(tokens: readonly Token[], nums: readonly NumberValue[], k: number, rules: CompiledTargetRules): boolean {
  const ends = (num: NumberValue) => {
    const next = tokens[afterBound(tokens, num, rules)];
    return !next || CLAUSE_END.has(next.text);
  };
  if (ends(nums[k]!)) return true;
  const next = tokens[afterBound(tokens, nums[k]!, rules)];
  return next?.form === 'và' && k + 1 < nums.length && ends(nums[k + 1]!);
}

/**
 * The clause of each number, or null for a number inside the previous number's clause. Two values
 * of a change ("từ 25% lên 35%") share one clause.
 */
export function openClauses(tokens: readonly Token[], nums: readonly NumberValue[], rules: CompiledTargetRules): Array<Clause | null> {
  const out: Array<Clause | null> = [];
  nums.forEach((num, k) => {
    const previous = out[k - 1];
    const change = previous ? changeFrom(tokens, nums[k - 1]!, num, rules) : -1;
    if (previous && change >= 0) {
      previous.change = { at: change, role: 'from' };
      out.push({ num, start: previous.start, cut: previous.cut, opener: previous.opener, end: -1, change: { at: change, role: 'to' } });
    } else out.push(openClause(tokens, nums, k, rules));
  });
  return out;
}

/**
 * The token of "từ" when two values state a change ("nâng tỷ lệ … từ 25% lên 35%", "từ 10% (năm
 * 2020) xuống còn 5%"): "từ" before the first, a link word ("lên", "xuống còn") right before the
 * second, perhaps after a parenthesis; -1 otherwise.
 */
function changeFrom(tokens: readonly Token[], a: NumberValue, b: NumberValue, rules: CompiledTargetRules): number {
  const from = rules.changeFrom.endingAt(tokens, a.index);
  if (!from) return -1;
  let i = a.valueEnd;
  if (tokens[i]?.text === '(') while (i < b.index && tokens[i]!.text !== ')') i++;
  if (tokens[i]?.text === ')') i++;
  return rules.changeTo.longestAt(tokens, i, b.index)?.end === b.index ? from.start : -1;
}

/**
 * The clause of one number: back to the nearest delimiter that opens it. A comma opens a clause
 * for the words after it when they read as one (see opensClause) or when the value closes them;
 * "và" does so in the same cases without the short-subject one, and in a list of subject-first
 * clauses ("Tỷ lệ A đạt 35% và B đạt 98%").
 */
function openClause(tokens: readonly Token[], nums: readonly NumberValue[], k: number, rules: CompiledTargetRules): Clause | null {
  const num = nums[k]!;
  const prevEnd = k > 0 ? afterBound(tokens, nums[k - 1]!, rules) : -1;
  const floor = k > 0 ? nums[k - 1]!.valueEnd : 0;
  const final = () => endsClause(tokens, nums, k, rules);
  for (let j = num.index - 1; j >= floor; j--) {
    const t = tokens[j]!;
    if (HARD.has(t.text)) return { num, start: j + 1, cut: j, opener: 'hard', end: -1 };
    const br = rules.clauseBreaks.longestAt(tokens, j, num.index);
    if (br) return { num, start: br.end, cut: j, opener: 'break', end: -1 };
    if (t.text === ',' && (opensClause(tokens, j + 1, num.index, rules, true) || final())) return { num, start: j + 1, cut: j, opener: 'comma', end: -1 };
    if (t.form === 'và' && (opensClause(tokens, j + 1, num.index, rules, false) || (j === prevEnd && final()))) {
      return { num, start: j + 1, cut: j, opener: 'and', end: -1 };
    }
  }
  return k === 0 ? { num, start: 0, cut: 0, opener: 'sentence', end: -1 } : null;
}

/**
 * Ends each clause of a sentence: at the next kept clause's delimiter, at ";" or ":" outside
 * parentheses, at a ")" that closes a parenthesis opened before the clause, or at the sentence end.
 * A value followed by a comma closes its clause there: its subject came before it ("tỷ lệ … thấp
 * còi giảm trung bình 0,2 %/năm, tỷ lệ trẻ thừa cân béo phì được khống chế").
 */
export function closeClauses(tokens: readonly Token[], clauses: Clause[], rules: CompiledTargetRules): void {
  clauses.forEach((c, k) => {
    const limit = k + 1 < clauses.length ? clauses[k + 1]!.cut : tokens.length;
    const afterValue = afterBound(tokens, c.num, rules);
    if (tokens[afterValue]?.text === ',' || c.change?.role === 'from') { c.end = afterValue; return; }
    let depth = 0;
    let e = c.num.valueEnd;
    for (; e < limit; e++) {
      const t = tokens[e]!.text;
      if (t === '(') depth++;
      else if (t === ')') { if (depth === 0) break; depth--; }
      else if ((t === ';' || t === ':') && depth === 0) break;
    }
    c.end = Math.max(e, c.num.valueEnd);
  });
}

/**
 * The subject: what follows the value ("55% trẻ em độ tuổi nhà trẻ") or, when nothing follows it,
 * what precedes it ("tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm trung bình 0,2 %/năm"); in a
 * change, what precedes "từ".
 * Returned as a token range.
 */
export function subjectRange(
  tokens: readonly Token[],
  c: Clause,
  afterValue: number,
  comparatorStart: number,
  rules: CompiledTargetRules,
): [number, number] {
  const end = contentEnd(tokens, afterValue, c.end);
  if (!c.change) for (let i = afterValue; i < end; i++) if (isWordToken(tokens[i])) return [afterValue, end];
  const to = Math.min(comparatorStart, c.num.index, c.change?.at ?? Infinity);
  const from = skipOpeners(tokens, contentStart(tokens, c.start, to), to, rules);
  return [from, contentEnd(tokens, from, to)];
}

/**
 * Word tokens with their offsets, and phrase lists matched on them. Matching compares the
 * matching form of each token (src/text/vietnamese.ts matchForm), so case, tone-mark placement,
 * dashes, quotes and runs of white space or line joins never matter, while every match still
 * knows where it stands in the original text.
 */
import { matchForm } from '../../text/vietnamese.js';

export interface Token {
  /** the token as written */
  text: string;
  /** its matching form (lower case, new tone style, plain punctuation) */
  form: string;
  start: number;
  end: number;
}

// Numbers keep their inner separators ("99,6", "1.549", "2.1"); words keep inner digits ("GĐ1");
// every other non-space character is a token of its own. Words are spelled out as Latin letters
// with their Vietnamese extensions and combining marks: twice as fast as \p{L} on V8.
const TOKEN_RE = /\d+(?:[.,]\d+)*|[0-9A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]+|\S/g;

// Token forms repeat a lot (syllables); caching them keeps tokenizing linear and cheap.
const FORM_CACHE = new Map<string, string>();
const FORM_CACHE_LIMIT = 50_000;

export function formOf(token: string): string {
  let f = FORM_CACHE.get(token);
  if (f === undefined) {
    f = matchForm(token);
    if (FORM_CACHE.size >= FORM_CACHE_LIMIT) FORM_CACHE.clear();
    FORM_CACHE.set(token, f);
  }
  return f;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = TOKEN_RE;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    tokens.push({ text: m[0], form: formOf(m[0]), start: m.index, end });
  }
  return tokens;
}

export const isNumberToken = (t: Token | undefined): boolean => !!t && /^\d/.test(t.text);
export const isWordToken = (t: Token | undefined): boolean => !!t && /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(t.text);

/** A phrase as a staff member wrote it, split at "…" into parts that must follow each other. */
export interface Phrase<T> {
  text: string;
  parts: string[][];
  /** number of tokens in all parts: the longer, the more specific */
  size: number;
  data: T;
}

export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  /** token indices, end exclusive */
  start: number;
  end: number;
}

/** How many tokens may stand between the parts of a phrase written with "…". */
const MAX_GAP = 8;
/** Gaps never run over a sentence or clause end. */
const GAP_STOPPERS = new Set([';', '.', '!', '?']);

export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  /** longest phrase without gaps, in tokens (for matches that must end at a given place) */
  private maxSize = 0;

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [text, data] of entries) this.add(text, data);
  }

  add(text: string, data: T): void {
    const parts = text
      .split(/\s*(?:…|\.\.\.)\s*/)
      .map((p) => tokenize(p).map((t) => t.form))
      .filter((p) => p.length > 0);
    if (!parts.length) return;
    const phrase: Phrase<T> = { text, parts, size: parts.reduce((n, p) => n + p.length, 0), data };
    const first = parts[0]![0]!;
    const list = this.byFirst.get(first) ?? [];
    list.push(phrase);
    this.byFirst.set(first, list);
    if (parts.length === 1) this.maxSize = Math.max(this.maxSize, phrase.size);
  }

  /** Every phrase that starts at token `i` and ends before `limit`. */
  matchesAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T>[] {
    const list = this.byFirst.get(tokens[i]?.form ?? '');
    if (!list) return [];
    const out: PhraseMatch<T>[] = [];
    for (const phrase of list) {
      const end = matchParts(tokens, i, limit, phrase.parts);
      if (end >= 0) out.push({ phrase, start: i, end });
    }
    return out;
  }

  /** Every match inside [from, to), in order of start. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) out.push(...this.matchesAt(tokens, i, to));
    return out;
  }

  /**
   * Matches of phrases written with "…" whose first part stands in [leadFrom, leadTo) and whose
   * other parts follow in order inside [from, to): "huy động … mẫu giáo" across "Tỷ lệ huy động
   * trẻ em đến trường: nhà trẻ đạt 35%, mẫu giáo đạt 95%", the verb in the lead-in, the group in
   * the clause.
   */
  splitMatches(tokens: readonly Token[], leadFrom: number, leadTo: number, from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = leadFrom; i < leadTo; i++) {
      for (const phrase of this.byFirst.get(tokens[i]!.form) ?? []) {
        if (phrase.parts.length < 2 || !matchSeq(tokens, i, leadTo, phrase.parts[0]!)) continue;
        for (let j = from; j < to; j++) {
          const end = matchParts(tokens, j, to, phrase.parts.slice(1));
          if (end >= 0) { out.push({ phrase, start: i, end }); break; }
        }
      }
    }
    return out;
  }

  /** The longest match (without gaps) that ends exactly at token `end`, not before `from`. */
  endingAt(tokens: readonly Token[], end: number, from = 0): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (let i = Math.max(from, end - this.maxSize); i < end; i++) {
      for (const m of this.matchesAt(tokens, i, end)) {
        if (m.end === end && m.phrase.parts.length === 1 && (!best || m.phrase.size > best.phrase.size)) best = m;
      }
      if (best) break; // the earliest start is the longest
    }
    return best;
  }

  /** The longest match starting at `i`, or null. */
  longestAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (const m of this.matchesAt(tokens, i, limit)) if (!best || m.end > best.end) best = m;
    return best;
  }
}

function matchSeq(tokens: readonly Token[], i: number, limit: number, seq: readonly string[]): boolean {
  if (i + seq.length > limit) return false;
  for (let k = 0; k < seq.length; k++) if (tokens[i + k]!.form !== seq[k]) return false;
  return true;
}

/** End (exclusive) of the parts matched from `i`, the first part anchored at `i`; -1 if none. */
function matchParts(tokens: readonly Token[], i: number, limit: number, parts: readonly string[][]): number {
  if (!matchSeq(tokens, i, limit, parts[0]!)) return -1;
  let pos = i + parts[0]!.length;
  for (let p = 1; p < parts.length; p++) {
    const seq = parts[p]!;
    let found = -1;
    for (let j = pos; j <= pos + MAX_GAP && j < limit; j++) {
      if (matchSeq(tokens, j, limit, seq)) { found = j; break; }
      if (GAP_STOPPERS.has(tokens[j]!.form)) break;
    }
    if (found < 0) return -1;
    pos = found + seq.length;
  }
  return pos;
}

/**
 * Search passages: how a document's text is cut into indexed units, folded for diacritic-free
 * matching, queried and shown. Pure functions; the SQL lives in sqlite.ts.
 */
import type { Loc, Section, Span } from '../contract/schema.js';
import { sectionAt } from '../extract/types.js';
import { asciiFold } from '../text/vietnamese.js';

export interface Passage {
  span: Span;
  sectionId: string | null;
}

/**
 * Cuts the text at every section start and end, so each passage is the own text of one section
 * (its heading and the body before its first subsection, or what follows its last one) or text
 * outside every section (header, signature, footnotes). Passages are trimmed; blank ones dropped.
 */
export function splitPassages(text: string, sections: readonly Section[]): Passage[] {
  const cuts = new Set([0, text.length]);
  for (const s of sections) {
    cuts.add(Math.min(s.span[0], text.length));
    cuts.add(Math.min(s.span[1], text.length));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out: Passage[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let a = bounds[i]!;
    let b = bounds[i + 1]!;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ span: [a, b], sectionId: sectionAt(sections, a)?.id ?? null });
  }
  return out;
}

/** Start offsets of the non-blank lines of a text (after their leading white space). */
export function lineStarts(text: string): number[] {
  const out: number[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    while (a < end && /\s/.test(text[a]!)) a++;
    if (a < end) out.push(a);
    start = end + 1;
  }
  return out;
}

/** The line of `text` around `offset`: [start, end) without the line break. */
export function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return [start, end < 0 ? text.length : end];
}

/**
 * Where a line of the normalized text starts in the source: [offset, line, column, page (0 when
 * the format has none), verbatim]. A line is verbatim when it is one source line of the same
 * length, so a column inside it can be counted from its start; lines joined or respaced by
 * normalization are located at their start only.
 */
export type LineEntry = [number, number, number, number, 0 | 1];

export function buildLineMap(text: string, locate: (span: Span) => Loc): LineEntry[] {
  return lineStarts(text).map((a): LineEntry => {
    let b = lineAround(text, a)[1];
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    const loc = locate([a, b]);
    const verbatim = loc.line === loc.endLine && loc.endColumn - loc.column === b - a;
    return [a, loc.line, loc.column, loc.page ?? 0, verbatim ? 1 : 0];
  });
}

/** The source location of a span of the normalized text, from a line map (null before its first line). */
export function locateInLines(map: readonly LineEntry[], span: Span): Loc | null {
  let lo = 0;
  let hi = map.length - 1;
  if (hi < 0 || map[0]![0] > span[0]) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]![0] <= span[0]) lo = mid;
    else hi = mid - 1;
  }
  const [offset, line, column, page, verbatim] = map[lo]!;
  const nextLine = map[lo + 1]?.[0] ?? Infinity;
  const exact = verbatim === 1 && span[1] <= nextLine;
  const loc: Loc = exact
    ? { line, column: column + span[0] - offset, endLine: line, endColumn: column + span[1] - offset }
    : { line, column, endLine: line, endColumn: column };
  if (page) loc.page = page;
  return loc;
}

/** asciiFold of every UTF-16 code unit below U+2000 (Latin, Vietnamese, Greek, Cyrillic), one unit each. */
let foldTable: Uint16Array | null = null;

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x2000);
  for (let c = 0; c < table.length; c++) {
    const f = asciiFold(String.fromCharCode(c));
    table[c] = f.length === 1 ? f.charCodeAt(0) : c;
  }
  return table;
}

/**
 * asciiFold with one output code unit per input code unit, so offsets found in the folded copy
 * are offsets in the original. Characters whose fold would change length (a lone combining mark,
 * "İ") or that lie above U+1FFF are kept as they are. A lookup table makes this about ten times
 * faster than normalizing, which matters when a whole corpus is indexed.
 */
export function foldAligned(text: string): string {
  foldTable ??= buildFoldTable();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 0x2000 ? foldTable[c]! : c;
  }
  let out = '';
  // in slices, since fromCharCode takes its codes as arguments; apply is much faster than spreading a typed array
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** The query's words, folded and split the way FTS5's unicode61 tokenizer splits them. */
export function queryTokens(query: string): string[] {
  return foldAligned(query.normalize('NFC')).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * An FTS5 MATCH expression: the words as one phrase, since Vietnamese words are several syllables
 * ("giáo dục" must not match "giao" and "dục" far apart). Null when the query has no words.
 */
export function ftsPhrase(tokens: readonly string[]): string | null {
  return tokens.length ? `"${tokens.join(' ')}"` : null;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the phrase occurs in a folded passage (first occurrence), as offsets into it. */
export function findPhrase(folded: string, tokens: readonly string[]): Span | null {
  if (!tokens.length) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${tokens.map(escapeRe).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
  const m = re.exec(folded);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * A one-line excerpt of `text` around `match` within `passage`, in the original spelling, with the
 * match wrapped in « ». `context` characters are kept on each side, cut at word boundaries.
 */
export function snippet(text: string, passage: Span, match: Span, context = 60): string {
  let a = Math.max(passage[0], match[0] - context);
  let b = Math.min(passage[1], match[1] + context);
  if (a > passage[0]) {
    const space = text.indexOf(' ', a);
    if (space >= 0 && space < match[0]) a = space + 1;
  }
  if (b < passage[1]) {
    const space = text.lastIndexOf(' ', b);
    if (space >= match[1]) b = space;
  }
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  return (
    (a > passage[0] ? '…' : '') +
    oneLine(text.slice(a, match[0])) +
    '«' +
    oneLine(text.slice(match[0], match[1])) +
    '»' +
    oneLine(text.slice(match[1], b)) +
    (b < passage[1] ? '…' : '')
  );
}

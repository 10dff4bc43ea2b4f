/**
 * The document object that travels through every stage (like a vfile): where it came from, the
 * decoded source, the current text with its origins, and the messages stages leave on it.
 * Stages are pure: they take a VDoc and return a new one.
 */
import type { Format, Loc, Span } from '../contract/schema.js';
import { LineIndex } from './location.js';
import { identity, type MappedText } from './mapped-text.js';

export interface Message {
  stage: string;
  reason: string;
  /** span in the text at the time the message was left (optional). */
  span?: Span;
}

export interface VDoc {
  /** path as given by the user (kept in the contract's source.path). */
  readonly path: string;
  readonly sha256: string;
  readonly format: Format;
  /** the decoded source text that line/column positions refer to. */
  readonly source: string;
  readonly sourceIndex: LineIndex;
  /** source offsets where pages start (PDF), sorted; empty when the format has no pages. */
  readonly pageStarts: readonly number[];
  /** the current text and where each character came from. */
  readonly mapped: MappedText;
  readonly messages: readonly Message[];
  /** what ingest learned: encoding, OCR, quality scores … */
  readonly info: Readonly<Record<string, string | number | boolean>>;
  /**
   * Named source offsets that stages leave for later ones (e.g. where moved footnotes begin).
   * Source offsets survive every later edit; find them again with `findSource`.
   */
  readonly marks: Readonly<Record<string, readonly number[]>>;
}

export function createDoc(init: {
  path: string;
  sha256: string;
  format: Format;
  source: string;
  mapped?: MappedText;
  pageStarts?: number[];
  messages?: Message[];
  info?: Record<string, string | number | boolean>;
}): VDoc {
  return {
    path: init.path,
    sha256: init.sha256,
    format: init.format,
    source: init.source,
    sourceIndex: new LineIndex(init.source),
    pageStarts: init.pageStarts ?? [],
    mapped: init.mapped ?? identity(init.source),
    messages: init.messages ?? [],
    info: init.info ?? {},
    marks: {},
  };
}

export function withMarks(doc: VDoc, name: string, sourceOffsets: number[]): VDoc {
  return { ...doc, marks: { ...doc.marks, [name]: sourceOffsets } };
}

/** The first offset in the current text whose character comes from `sourceOffset` (or -1). */
export function findSource(doc: VDoc, sourceOffset: number): number {
  const { origin, text } = doc.mapped;
  for (let i = 0; i < text.length; i++) if (origin[i] === sourceOffset) return i;
  return -1;
}

export function withText(doc: VDoc, mapped: MappedText): VDoc {
  return mapped === doc.mapped ? doc : { ...doc, mapped };
}

export function warn(doc: VDoc, stage: string, reason: string, span?: Span): VDoc {
  return { ...doc, messages: [...doc.messages, { stage, reason, ...(span ? { span } : {}) }] };
}

/** Maps a span of the current text to a source location (line, column, page). */
export function locate(doc: VDoc, span: Span): Loc {
  const { origin, text } = doc.mapped;
  const s = origin[Math.min(span[0], text.length)]!;
  // the end is exclusive: locate the last character, then step one column past it
  const lastChar = span[1] > span[0] ? origin[Math.min(span[1] - 1, text.length)]! : s;
  const a = doc.sourceIndex.point(s);
  const b = doc.sourceIndex.point(lastChar);
  const loc: Loc = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column + (span[1] > span[0] ? 1 : 0) };
  if (doc.pageStarts.length) {
    let page = 0;
    while (page + 1 < doc.pageStarts.length && doc.pageStarts[page + 1]! <= s) page++;
    loc.page = page + 1;
  }
  return loc;
}

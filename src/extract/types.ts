/**
 * What every extractor receives: the normalized text and what segmentation found. Extractors are
 * pure functions of this input (plus their rules); they return contract items whose spans point
 * into `text`.
 */
import type { DocumentMeta, Section, Span } from '../contract/schema.js';

export type RegionKind = 'header' | 'preamble' | 'body' | 'recipients' | 'signature' | 'footnotes';

export interface Region {
  kind: RegionKind;
  span: Span;
}

export interface Footnote {
  /** "1", "2" (from ¹ ²) or "1" (from [1]) */
  marker: string;
  /** the footnote's own text, without its marker */
  text: string;
  span: Span;
  /** offset in `text` of the marker where the footnote is referenced in the body, if found */
  anchor: number | null;
}

export interface ExtractInput {
  /** normalized text: NFC, LF, hard-wrapped lines joined, footnote bodies moved to the end */
  text: string;
  /** header metadata (type, number, symbol, issuer, province, level, date, title, period, signer) */
  document: DocumentMeta;
  /** the section tree in document order; `span` covers heading and body up to the next sibling */
  sections: Section[];
  /** header, preamble, body, recipients (Nơi nhận), signature, footnotes */
  regions: Region[];
  footnotes: Footnote[];
}

/** Finds the innermost section containing an offset (null when outside every section). */
export function sectionAt(sections: readonly Section[], offset: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (s.span[0] <= offset && offset < s.span[1] && (!best || s.level >= best.level)) best = s;
  }
  return best;
}

/** The chain of sections from the outermost to the innermost containing an offset. */
export function sectionPath(sections: readonly Section[], offset: number): Section[] {
  const inner = sectionAt(sections, offset);
  if (!inner) return [];
  const byId = new Map(sections.map((s) => [s.id, s]));
  const path: Section[] = [];
  for (let s: Section | undefined = inner; s; s = s.parentId ? byId.get(s.parentId) : undefined) path.unshift(s);
  return path;
}


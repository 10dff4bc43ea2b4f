/**
 * What the CLI (and later a web UI) needs from a database of extractions. Every query lives behind
 * this interface, so a PostgreSQL backend can implement it without touching callers; methods are
 * async for that reason even though the SQLite backend is synchronous.
 *
 * Later queries (who cites a document, duties of an agency, comparing targets across documents)
 * are added here as methods; the tables already hold what they need.
 */
import type { DocumentMeta, Extraction, Format, Loc, Section, Span } from '../contract/schema.js';

export type ImportStatus = 'imported' | 'replaced' | 'unchanged';

export interface ImportResult {
  status: ImportStatus;
  id: number;
  stem: string;
}

export interface ImportOptions {
  /**
   * Maps a span of `extraction.text` to its source location. With it the store records where each
   * line of the text starts in the source file; without it search hits fall back to section locations.
   */
  locate?: (span: Span) => Loc;
}

export interface ImportItem {
  extraction: Extraction;
  opts?: ImportOptions;
}

/** Identifies a stored document by the path it was imported from or by its file stem. */
export interface DocumentKey {
  path?: string;
  stem?: string;
}

export interface ItemCounts {
  sections: number;
  targets: number;
  baselines: number;
  citations: number;
  mentions: number;
  responsibilities: number;
  tasks: number;
}

export interface DocumentSummary {
  id: number;
  path: string;
  stem: string;
  sha256: string;
  format: Format;
  type: string | null;
  symbol: string | null;
  issuer: string | null;
  date: string | null;
  title: string | null;
  importedAt: string;
  counts: ItemCounts;
  warnings: number;
}

export interface DocumentDetail extends Omit<DocumentSummary, 'warnings'> {
  document: DocumentMeta;
  sections: Section[];
  warnings: string[];
}

/** A stored document rebuilt as contract JSON, with the store's own identifiers. */
export interface StoredExtraction {
  id: number;
  stem: string;
  importedAt: string;
  extraction: Extraction;
}

export interface SearchHit {
  docId: number;
  path: string;
  stem: string;
  symbol: string | null;
  sectionId: string | null;
  sectionLabel: string | null;
  sectionHeading: string | null;
  /** the line around the (first) match in the passage, original spelling, the match wrapped in « » */
  snippet: string;
  /** the match in the document's normalized text */
  span: Span;
  /**
   * where the match is in the source file: exact on lines normalization left alone, else the
   * start of its line; the section's location when the import had no locator
   */
  loc: Loc | null;
}

export interface SearchOptions {
  /** at most this many hits, best first (default 20) */
  limit?: number;
}

export interface Store {
  /**
   * Stores one document with all its items, in one transaction. A document with the same path or
   * stem whose source bytes and extraction are unchanged is left alone; otherwise it is replaced.
   */
  importExtraction(extraction: Extraction, opts?: ImportOptions): Promise<ImportResult>;
  /**
   * Imports several documents, each whole or not at all, sharing one commit (much faster for a
   * folder). Results are in input order; a document that failed has its Error in its place.
   */
  importMany(items: readonly ImportItem[]): Promise<(ImportResult | Error)[]>;
  /** True when a document with these source bytes is stored (under this path or stem, if given). */
  hasDocument(sha256: string, where?: DocumentKey): Promise<boolean>;
  list(): Promise<DocumentSummary[]>;
  /** Documents a user reference names: a numeric id, a file stem, a path or a symbol. */
  resolve(ref: string): Promise<DocumentSummary[]>;
  show(id: number): Promise<DocumentDetail | null>;
  extraction(id: number): Promise<StoredExtraction | null>;
  /**
   * Diacritic-insensitive phrase search over the documents' text ("dao tao" finds "đào tạo"): one
   * hit per matching passage (a section's own text, or a stretch outside sections), best first.
   */
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  close(): Promise<void>;
}

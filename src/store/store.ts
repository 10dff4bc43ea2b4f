/**
 * What the CLI (and later a web UI) needs from a database of extractions. Every query lives behind
 * this interface, so a PostgreSQL backend can implement it without touching callers; methods are
 * async for that reason even though the SQLite backend is synchronous.
 *
 * Cross-document queries (who cites a document, what it cites, targets compared across documents,
 * agencies and their duties) link documents through the keys they are cited by, at query time, so
 * the order in which documents were imported does not matter.
 */
import type { Citation, Comparator, DocumentMeta, Extraction, Format, Level, Loc, Role, Section, Span, Target } from '../contract/schema.js';

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

/** A stored document as cross-document queries name it. */
export interface DocRef {
  id: number;
  stem: string;
  path: string;
  symbol: string | null;
  date: string | null;
}

/** One mention, in a stored document, of a cited document. */
export interface CitingMention {
  /** the citing document */
  doc: DocRef;
  /** the key the citing document gives the cited one */
  key: string;
  /** the cited document's issuer as the citing document gives it (tells local symbols of two provinces apart) */
  issuer: string | null;
  /**
   * 'key' when the keys agree year and all; 'symbol' when one side gives no year (a citation
   * without a date, or a query typed without "|year") and only the symbols agree
   */
  match: 'key' | 'symbol';
  /** the mention's relation, else the citation's strongest one */
  relation: string | null;
  /** the mention as written; null for a citation stored without mentions */
  text: string | null;
  pinpoint: string | null;
  /** where the mention is in the citing document's source file */
  loc: Loc | null;
}

/** One citation of a document, with the stored documents its key names. */
export interface Reference {
  key: string;
  type: string | null;
  symbol: string | null;
  date: string | null;
  title: string | null;
  relation: string | null;
  mentions: number;
  /** the first mention's location */
  loc: Loc | null;
  /** stored documents the key names (empty: the cited document is not in the database) */
  linked: DocRef[];
}

/** A stored document's metadata and citations, mentions located, for the citation audit. */
export interface CitationSource {
  doc: DocRef;
  document: DocumentMeta;
  /** keys the document is cited by */
  keys: string[];
  citations: Citation[];
  /** for each citation (same order), the stored documents it links to */
  linked: DocRef[][];
}

export interface TargetFilter {
  /** indicator ids (exact); all indicators when absent */
  indicators?: readonly string[];
  year?: number;
  /** a province name in any spelling of case and diacritics */
  province?: string;
}

/** A target with its document, for comparing one indicator across documents. */
export interface TargetRow {
  indicator: string;
  province: string | null;
  level: Level | null;
  doc: DocRef;
  year: number | null;
  comparator: Comparator;
  value: number;
  unit: Target['unit'];
  per: string | null;
  subject: string;
  text: string;
  loc: Loc | null;
}

export interface IndicatorCount {
  /** null counts the targets no indicator fits */
  indicator: string | null;
  targets: number;
  documents: number;
}

/** The roles one agency has in one document (from its responsibilities and task rows). */
export interface AgencyRoles {
  agency: string;
  doc: DocRef;
  roles: Role[];
}

/** A duty (one line of a responsibility) or a task row of an agency. */
export interface DutyRow {
  kind: 'duty' | 'task';
  agency: string;
  role: Role;
  doc: DocRef;
  /** the task's number in its table */
  number: string | null;
  text: string;
  /** task rows only */
  deadline: string | null;
  /** agencies working with it: a responsibility's partners, a task's other column */
  partners: string[];
  loc: Loc | null;
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
  /**
   * Every mention of the document a key names ("1609/QĐ-TTg|2022"; any spelling of case, spaces,
   * Ð/Đ and issuer codes). A key without "|year" matches every year. Ordered by citing document.
   */
  citing(key: string): Promise<CitingMention[]>;
  /** Stored documents a key names (the cited document itself, when it was imported). */
  documentsByKey(key: string): Promise<DocRef[]>;
  /**
   * Keys of the documents stored citations declare a nickname for ("Chương trình 1609", without
   * regard to case or diacritics), each with the number of documents declaring it, most first.
   */
  aliasKeys(nickname: string): Promise<{ key: string; documents: number }[]>;
  /** What a document cites, in order, each citation with the stored documents its key names. */
  references(docId: number): Promise<Reference[]>;
  /** Every document with its citations, mentions located, ordered by stem. */
  citationSources(): Promise<CitationSource[]>;
  /** Targets (not baselines) that carry an indicator, grouped by indicator, then province, document, year. */
  targets(filter?: TargetFilter): Promise<TargetRow[]>;
  /** Per indicator, how many targets and documents carry it. */
  indicatorCounts(): Promise<IndicatorCount[]>;
  /** Each agency's roles in each document; optionally only documents of one province. */
  agencyRoles(filter?: { province?: string }): Promise<AgencyRoles[]>;
  /**
   * The duties and task rows of agencies named canonically, across documents (optionally only
   * documents of one province). A duty that repeats the text of a task row of the same agency is
   * shown once, as the task row.
   */
  duties(agencies: readonly string[], filter?: { province?: string }): Promise<DutyRow[]>;
  close(): Promise<void>;
}

/**
 * Schema migrations, keyed on `PRAGMA user_version`. Each step runs once, in order, in its own
 * transaction together with the version bump, so a database is always at a whole version. Add a
 * step by appending to MIGRATIONS; never edit a step that has shipped.
 *
 * Enumerations (format, kind, role, unit, comparator) are validated by the contract's zod schema
 * before import and are deliberately not CHECK constraints: SQLite cannot alter a CHECK without
 * rebuilding the table, and the contract may add values.
 */
import type { Database } from 'better-sqlite3';
import { backfillLinks } from './link-index.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** fills what SQL alone cannot compute (normalized keys, folded names), after `sql`, in the same transaction */
  run?: (db: Database) => void;
}

/** Columns holding the source location (Loc) of an item. */
const LOC = 'line INTEGER, col INTEGER, end_line INTEGER, end_col INTEGER, page INTEGER';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, items and full-text search',
    sql: `
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        stem TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        extraction_sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        type TEXT, number TEXT, symbol TEXT, symbol_fold TEXT, issuer TEXT, province TEXT, level TEXT,
        place TEXT, date TEXT, title TEXT, period_from INTEGER, period_to INTEGER, signer TEXT,
        parent_body TEXT, attached_to TEXT, signer_title TEXT,
        recipients TEXT CHECK (recipients IS NULL OR json_valid(recipients)),
        key TEXT,
        text TEXT NOT NULL,
        warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
        regions TEXT CHECK (regions IS NULL OR json_valid(regions)),
        footnotes TEXT CHECK (footnotes IS NULL OR json_valid(footnotes)),
        extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
        -- where each line of the normalized text starts in the source: [[offset, line, column, page, verbatim], …]
        line_map TEXT CHECK (line_map IS NULL OR json_valid(line_map)),
        imported_at TEXT NOT NULL,
        CHECK (period_from IS NULL OR period_to IS NOT NULL)
      );
      CREATE INDEX documents_sha256 ON documents(sha256);
      CREATE INDEX documents_symbol_fold ON documents(symbol_fold);
      CREATE INDEX documents_key ON documents(key);

      CREATE TABLE sections (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        section_id TEXT NOT NULL,
        parent_id TEXT,
        level INTEGER NOT NULL,
        label TEXT NOT NULL,
        heading TEXT NOT NULL,
        kind TEXT NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        ${LOC},
        extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
        UNIQUE (doc_id, section_id),
        CHECK (span_end >= span_start)
      );

      -- targets and baselines share one shape; baseline = 1 marks present-state figures
      CREATE TABLE targets (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        baseline INTEGER NOT NULL CHECK (baseline IN (0, 1)),
        text TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        per TEXT,
        comparator TEXT NOT NULL,
        year INTEGER,
        subject TEXT NOT NULL,
        indicator TEXT,
        section_id TEXT,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        ${LOC},
        indicator_cue TEXT, year_source TEXT, of_total REAL,
        extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
        CHECK (span_end >= span_start)
      );
      CREATE INDEX targets_doc ON targets(doc_id);
      CREATE INDEX targets_indicator ON targets(indicator);

      CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        key TEXT NOT NULL,
        type TEXT, number TEXT, year INTEGER, symbol TEXT, issuer TEXT, date TEXT, title TEXT,
        relation TEXT,
        aliases TEXT CHECK (aliases IS NULL OR json_valid(aliases)),
        extra TEXT CHECK (extra IS NULL OR json_valid(extra))
      );
      CREATE INDEX citations_doc ON citations(doc_id);
      CREATE INDEX citations_key ON citations(key);

      CREATE TABLE citation_mentions (
        id INTEGER PRIMARY KEY,
        citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        text TEXT NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        ${LOC},
        pinpoint TEXT, relation TEXT,
        extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
        CHECK (span_end >= span_start)
      );
      CREATE INDEX citation_mentions_citation ON citation_mentions(citation_id);
      CREATE INDEX citation_mentions_doc ON citation_mentions(doc_id);

      CREATE TABLE responsibilities (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        agency TEXT NOT NULL,
        role TEXT NOT NULL,
        duties TEXT NOT NULL CHECK (json_valid(duties)),
        section_id TEXT,
        span_start INTEGER, span_end INTEGER,
        ${LOC},
        as_written TEXT, locality TEXT,
        partners TEXT CHECK (partners IS NULL OR json_valid(partners)),
        extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
        CHECK ((span_start IS NULL) = (span_end IS NULL) AND (span_end IS NULL OR span_end >= span_start))
      );
      CREATE INDEX responsibilities_doc ON responsibilities(doc_id);
      CREATE INDEX responsibilities_agency ON responsibilities(agency);

      CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        number TEXT,
        text TEXT NOT NULL,
        lead TEXT NOT NULL CHECK (json_valid(lead)),
        coordinate TEXT NOT NULL CHECK (json_valid(coordinate)),
        deadline TEXT,
        products TEXT NOT NULL CHECK (json_valid(products)),
        span_start INTEGER, span_end INTEGER,
        ${LOC},
        extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
        CHECK ((span_start IS NULL) = (span_end IS NULL) AND (span_end IS NULL OR span_end >= span_start))
      );
      CREATE INDEX tasks_doc ON tasks(doc_id);

      -- search: one row per section's own text (and per stretch outside sections), indexed in a
      -- folded copy (no diacritics, đ -> d) because FTS5's remove_diacritics keeps đ
      CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        CHECK (span_end > span_start)
      );
      CREATE INDEX passages_doc ON passages(doc_id);
      CREATE VIRTUAL TABLE passages_fts USING fts5(
        folded, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );
      -- FTS5 tables take no part in foreign keys; this keeps the index in step with cascades
      CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
        DELETE FROM passages_fts WHERE rowid = old.id;
      END;
    `,
  },
  {
    version: 2,
    name: 'cross-document queries: a narrow document index, document keys, folded citation keys, nicknames, task agencies',
    sql: `
      -- what cross-document queries join on and show of a document, apart from its text: the
      -- documents table's rows are long (the text), so joins and sorts on it read overflow pages
      CREATE TABLE doc_index (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        stem TEXT NOT NULL,
        path TEXT NOT NULL,
        symbol TEXT,
        date TEXT,
        province TEXT,
        -- folded (links.ts nameForm) for filters written without diacritics
        province_form TEXT,
        level TEXT
      );
      CREATE INDEX doc_index_province ON doc_index(province_form);
      -- the contract's document object as imported, for the citation audit
      CREATE TABLE doc_meta (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        meta TEXT NOT NULL CHECK (json_valid(meta))
      );

      -- the keys a document can be cited by (its symbol key; a law's name and year), in the
      -- matching form of links.ts: folded base without "|year", and the year apart
      CREATE TABLE document_keys (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        match_base TEXT NOT NULL,
        key_year INTEGER,
        PRIMARY KEY (doc_id, key)
      ) WITHOUT ROWID;
      CREATE INDEX document_keys_match ON document_keys(match_base, key_year);

      ALTER TABLE citations ADD COLUMN match_base TEXT;
      ALTER TABLE citations ADD COLUMN key_year INTEGER;
      -- the folded province a local symbol (…/KH-UBND) belongs to; NULL for national ones (links.ts)
      ALTER TABLE citations ADD COLUMN scope TEXT;
      CREATE INDEX citations_match ON citations(match_base, key_year);

      -- nicknames a citing document declares for a cited one ("Chương trình 1609"), folded
      CREATE TABLE citation_aliases (
        citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_form TEXT NOT NULL
      );
      CREATE INDEX citation_aliases_form ON citation_aliases(alias_form);
      CREATE INDEX citation_aliases_citation ON citation_aliases(citation_id);
      CREATE INDEX citation_aliases_doc ON citation_aliases(doc_id);

      -- one row per agency named in a task's lead or coordinate column
      CREATE TABLE task_agencies (
        task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        agency TEXT NOT NULL,
        role TEXT NOT NULL
      );
      CREATE INDEX task_agencies_agency ON task_agencies(agency, doc_id, role);
      CREATE INDEX task_agencies_doc ON task_agencies(doc_id);
      CREATE INDEX task_agencies_task ON task_agencies(task_id);

      -- covering indexes for the per-indicator and per-agency counts and matrices
      DROP INDEX targets_indicator;
      CREATE INDEX targets_indicator ON targets(indicator, baseline, doc_id);
      DROP INDEX responsibilities_agency;
      CREATE INDEX responsibilities_agency ON responsibilities(agency, doc_id, role);
    `,
    run: backfillLinks,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings a database to the latest version; safe to run on every open. Returns the new version. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this vanban (${latest}); upgrade vanban`);
  }
  for (const step of migrations) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      step.run?.(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

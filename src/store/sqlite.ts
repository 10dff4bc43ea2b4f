/**
 * The SQLite backend of Store (better-sqlite3). Items are stored in one table per kind with a
 * column per contract field; fields the contract gains later, before they get a column, go to an
 * `extra` JSON column, so nothing in a validated extraction is lost.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import {
  Extraction,
  type Format,
  type Loc,
  type Responsibility,
  type Section,
  type Span,
  type Target,
  type Task,
} from '../contract/schema.js';
import { LinkIndex } from './link-index.js';
import { citationScope, foldSymbol, keyParts } from './links.js';
import { migrate } from './migrations.js';
import {
  buildLineMap,
  findPhrase,
  foldAligned,
  ftsPhrase,
  lineAround,
  locateInLines,
  queryTokens,
  snippet,
  splitPassages,
  type LineEntry,
} from './passages.js';
import { Queries } from './queries.js';
import { citationsOf, locOf, metaOf, num, parseJson, spanOf, str, withOptional, type Row } from './rows.js';
import type {
  AgencyRoles,
  CitationSource,
  CitingMention,
  DocRef,
  DocumentDetail,
  DocumentKey,
  DocumentSummary,
  DutyRow,
  ImportItem,
  ImportOptions,
  ImportResult,
  IndicatorCount,
  ItemCounts,
  Reference,
  SearchHit,
  SearchOptions,
  Store,
  StoredExtraction,
  TargetFilter,
  TargetRow,
} from './store.js';


type SqlValue = string | number | null;

/** The file name without its extension: "corpus/000_ab.txt" → "000_ab". */
export function stemOf(file: string): string {
  const base = path.basename(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export { foldSymbol };

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/**
 * What an item's columns cannot hold, as JSON (null when nothing): fields without a column, and
 * optional fields set to null, which a NULL column would read back as absent.
 */
function extraOf(obj: object, fields: Fields): string | null {
  const rest = Object.fromEntries(
    Object.entries(obj).filter(([k, v]) => (v === null ? fields.optional.includes(k) : v !== undefined && !fields.columns.includes(k))),
  );
  return Object.keys(rest).length ? JSON.stringify(rest) : null;
}

function locColumns(loc: Loc | undefined): Record<string, SqlValue> {
  return {
    line: loc?.line ?? null,
    col: loc?.column ?? null,
    end_line: loc?.endLine ?? null,
    end_col: loc?.endColumn ?? null,
    page: loc?.page ?? null,
  };
}


/** The contract fields each table has columns for; `optional` ones may be absent from an item. */
interface Fields {
  columns: readonly string[];
  optional: readonly string[];
}

const FIELDS = {
  top: {
    columns: ['schemaVersion', 'source', 'text', 'document', 'sections', 'targets', 'citations', 'responsibilities', 'tasks', 'warnings', 'baselines', 'regions', 'footnotes'],
    optional: ['baselines', 'regions', 'footnotes'],
  },
  source: { columns: ['path', 'sha256', 'format'], optional: [] },
  meta: {
    columns: ['type', 'number', 'symbol', 'issuer', 'province', 'level', 'place', 'date', 'title', 'period', 'signer', 'parentBody', 'attachedTo', 'signerTitle', 'recipients', 'key'],
    optional: ['parentBody', 'attachedTo', 'signerTitle', 'recipients', 'key'],
  },
  section: { columns: ['id', 'parentId', 'level', 'label', 'heading', 'kind', 'span', 'loc'], optional: ['loc'] },
  target: {
    columns: ['text', 'value', 'unit', 'per', 'comparator', 'year', 'subject', 'indicator', 'sectionId', 'span', 'loc', 'indicatorCue', 'yearSource', 'of'],
    optional: ['loc', 'indicatorCue', 'yearSource', 'of'],
  },
  citation: {
    columns: ['key', 'type', 'number', 'year', 'symbol', 'issuer', 'date', 'title', 'mentions', 'relation', 'aliases'],
    optional: ['relation', 'aliases'],
  },
  mention: { columns: ['span', 'text', 'loc', 'pinpoint', 'relation'], optional: ['loc', 'pinpoint', 'relation'] },
  responsibility: {
    columns: ['agency', 'role', 'duties', 'sectionId', 'loc', 'span', 'asWritten', 'locality', 'partners'],
    optional: ['loc', 'span', 'asWritten', 'locality', 'partners'],
  },
  task: { columns: ['number', 'text', 'lead', 'coordinate', 'deadline', 'products', 'span', 'loc'], optional: ['span', 'loc'] },
} satisfies Record<string, Fields>;

const COUNTS_SQL = `
  (SELECT count(*) FROM sections WHERE doc_id = d.id) AS n_sections,
  (SELECT count(*) FROM targets WHERE doc_id = d.id AND baseline = 0) AS n_targets,
  (SELECT count(*) FROM targets WHERE doc_id = d.id AND baseline = 1) AS n_baselines,
  (SELECT count(*) FROM citations WHERE doc_id = d.id) AS n_citations,
  (SELECT count(*) FROM citation_mentions WHERE doc_id = d.id) AS n_mentions,
  (SELECT count(*) FROM responsibilities WHERE doc_id = d.id) AS n_responsibilities,
  (SELECT count(*) FROM tasks WHERE doc_id = d.id) AS n_tasks,
  json_array_length(d.warnings) AS n_warnings`;

const SUMMARY_SQL = `SELECT d.id, d.path, d.stem, d.sha256, d.format, d.type, d.symbol, d.issuer, d.date, d.title,
  d.imported_at, ${COUNTS_SQL} FROM documents d`;

function countsOf(row: Row): ItemCounts {
  return {
    sections: Number(row.n_sections),
    targets: Number(row.n_targets),
    baselines: Number(row.n_baselines),
    citations: Number(row.n_citations),
    mentions: Number(row.n_mentions),
    responsibilities: Number(row.n_responsibilities),
    tasks: Number(row.n_tasks),
  };
}

function summaryOf(row: Row): DocumentSummary {
  return {
    id: Number(row.id),
    path: String(row.path),
    stem: String(row.stem),
    sha256: String(row.sha256),
    format: row.format as Format,
    type: str(row.type),
    symbol: str(row.symbol),
    issuer: str(row.issuer),
    date: str(row.date),
    title: str(row.title),
    importedAt: String(row.imported_at),
    counts: countsOf(row),
    warnings: Number(row.n_warnings),
  };
}


function sectionOf(row: Row): Section {
  return withOptional(
    {
      id: String(row.section_id),
      parentId: str(row.parent_id),
      level: Number(row.level),
      label: String(row.label),
      heading: String(row.heading),
      kind: row.kind as Section['kind'],
      span: spanOf(row)!,
    },
    { loc: locOf(row) },
    row.extra,
  );
}

function targetOf(row: Row): Target {
  return withOptional(
    {
      text: String(row.text),
      value: Number(row.value),
      unit: row.unit as Target['unit'],
      per: str(row.per),
      comparator: row.comparator as Target['comparator'],
      year: num(row.year),
      subject: String(row.subject),
      indicator: str(row.indicator),
      sectionId: str(row.section_id),
      span: spanOf(row)!,
    },
    { loc: locOf(row), indicatorCue: row.indicator_cue, yearSource: row.year_source, of: row.of_total },
    row.extra,
  );
}

export class SqliteStore implements Store {
  private readonly stmt: Record<string, Statement>;
  private readonly links: LinkIndex;
  private readonly queries: Queries;

  constructor(readonly db: Database) {
    this.links = new LinkIndex(db);
    this.queries = new Queries(db);
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      findExisting: p('SELECT id, sha256, extraction_sha256 FROM documents WHERE path = ? OR stem = ? ORDER BY id'),
      deleteDoc: p('DELETE FROM documents WHERE id = ?'),
      insertDoc: p(`INSERT INTO documents (id, path, stem, sha256, extraction_sha256, format, schema_version, type, number,
          symbol, symbol_fold, issuer, province, level, place, date, title, period_from, period_to, signer, parent_body,
          attached_to, signer_title, recipients, key, text, warnings, regions, footnotes, extra, line_map, imported_at)
        VALUES (@id, @path, @stem, @sha256, @extraction_sha256, @format, @schema_version, @type, @number, @symbol,
          @symbol_fold, @issuer, @province, @level, @place, @date, @title, @period_from, @period_to, @signer,
          @parent_body, @attached_to, @signer_title, @recipients, @key, @text, @warnings, @regions, @footnotes, @extra,
          @line_map, @imported_at)`),
      insertSection: p(`INSERT INTO sections (doc_id, ord, section_id, parent_id, level, label, heading, kind,
          span_start, span_end, line, col, end_line, end_col, page, extra)
        VALUES (@doc_id, @ord, @section_id, @parent_id, @level, @label, @heading, @kind, @span_start, @span_end,
          @line, @col, @end_line, @end_col, @page, @extra)`),
      insertTarget: p(`INSERT INTO targets (doc_id, ord, baseline, text, value, unit, per, comparator, year, subject,
          indicator, section_id, span_start, span_end, line, col, end_line, end_col, page, indicator_cue, year_source,
          of_total, extra)
        VALUES (@doc_id, @ord, @baseline, @text, @value, @unit, @per, @comparator, @year, @subject, @indicator,
          @section_id, @span_start, @span_end, @line, @col, @end_line, @end_col, @page, @indicator_cue, @year_source,
          @of_total, @extra)`),
      insertCitation: p(`INSERT INTO citations (doc_id, ord, key, type, number, year, symbol, issuer, date, title,
          relation, aliases, extra, match_base, key_year, scope)
        VALUES (@doc_id, @ord, @key, @type, @number, @year, @symbol, @issuer, @date, @title, @relation, @aliases,
          @extra, @match_base, @key_year, @scope)`),
      insertMention: p(`INSERT INTO citation_mentions (citation_id, doc_id, ord, text, span_start, span_end, line, col,
          end_line, end_col, page, pinpoint, relation, extra)
        VALUES (@citation_id, @doc_id, @ord, @text, @span_start, @span_end, @line, @col, @end_line, @end_col, @page,
          @pinpoint, @relation, @extra)`),
      insertResponsibility: p(`INSERT INTO responsibilities (doc_id, ord, agency, role, duties, section_id,
          span_start, span_end, line, col, end_line, end_col, page, as_written, locality, partners, extra)
        VALUES (@doc_id, @ord, @agency, @role, @duties, @section_id, @span_start, @span_end, @line, @col, @end_line,
          @end_col, @page, @as_written, @locality, @partners, @extra)`),
      insertTask: p(`INSERT INTO tasks (doc_id, ord, number, text, lead, coordinate, deadline, products, span_start,
          span_end, line, col, end_line, end_col, page, extra)
        VALUES (@doc_id, @ord, @number, @text, @lead, @coordinate, @deadline, @products, @span_start, @span_end,
          @line, @col, @end_line, @end_col, @page, @extra)`),
      insertPassage: p(`INSERT INTO passages (doc_id, section_id, span_start, span_end)
        VALUES (@doc_id, @section_id, @span_start, @span_end)`),
      insertFts: p('INSERT INTO passages_fts (rowid, folded) VALUES (?, ?)'),
      hasSha: p('SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1'),
      hasShaAt: p('SELECT 1 FROM documents WHERE sha256 = ? AND (path = ? OR stem = ?) LIMIT 1'),
      list: p(`${SUMMARY_SQL} ORDER BY d.stem, d.id`),
      byId: p(`${SUMMARY_SQL} WHERE d.id = ?`),
      byStem: p(`${SUMMARY_SQL} WHERE d.stem = ?`),
      byPath: p(`${SUMMARY_SQL} WHERE d.path = ?`),
      bySymbol: p(`${SUMMARY_SQL} WHERE d.symbol_fold = ? ORDER BY d.id`),
      docRow: p('SELECT * FROM documents WHERE id = ?'),
      docText: p('SELECT text, line_map FROM documents WHERE id = ?'),
      sections: p('SELECT * FROM sections WHERE doc_id = ? ORDER BY ord'),
      targets: p('SELECT * FROM targets WHERE doc_id = ? AND baseline = ? ORDER BY ord'),
      citations: p('SELECT * FROM citations WHERE doc_id = ? ORDER BY ord'),
      mentions: p('SELECT * FROM citation_mentions WHERE doc_id = ? ORDER BY citation_id, ord'),
      responsibilities: p('SELECT * FROM responsibilities WHERE doc_id = ? ORDER BY ord'),
      tasks: p('SELECT * FROM tasks WHERE doc_id = ? ORDER BY ord'),
      search: p(`SELECT p.doc_id, p.section_id, p.span_start, p.span_end, d.path, d.stem, d.symbol, s.label AS s_label, s.heading AS s_heading, s.line AS s_line, s.col AS s_col,
          s.end_line AS s_end_line, s.end_col AS s_end_col, s.page AS s_page
        FROM passages_fts f
        JOIN passages p ON p.id = f.rowid
        JOIN documents d ON d.id = p.doc_id
        LEFT JOIN sections s ON s.doc_id = p.doc_id AND s.section_id = p.section_id
        WHERE passages_fts MATCH ?
        ORDER BY f.rank, d.stem, p.span_start
        LIMIT ?`),
    };
  }

  async importExtraction(input: Extraction, opts: ImportOptions = {}): Promise<ImportResult> {
    return this.importOne(input, opts);
  }

  async importMany(items: readonly ImportItem[]): Promise<(ImportResult | Error)[]> {
    const results: (ImportResult | Error)[] = [];
    // one outer transaction: each document gets a savepoint (better-sqlite3 nests transactions
    // that way), so a failing one is undone alone while the batch shares a single commit
    this.db.transaction(() => {
      for (const item of items) {
        try {
          results.push(this.importOne(item.extraction, item.opts ?? {}));
        } catch (err) {
          results.push(err instanceof Error ? err : new Error(String(err)));
        }
      }
    })();
    return results;
  }

  private importOne(input: Extraction, opts: ImportOptions): ImportResult {
    const parsed = Extraction.safeParse(input);
    if (!parsed.success) throw new Error(`invalid extraction of ${input?.source?.path ?? '?'}:\n${z.prettifyError(parsed.error)}`);
    const x = parsed.data;
    const stem = stemOf(x.source.path);
    const extractionSha = sha256(JSON.stringify(x));
    this.queries.forget();
    return this.db.transaction((): ImportResult => {
      const existing = this.stmt.findExisting!.all(x.source.path, stem) as Row[];
      const first = existing[0];
      if (existing.length === 1 && first!.sha256 === x.source.sha256 && first!.extraction_sha256 === extractionSha) {
        return { status: 'unchanged', id: Number(first!.id), stem };
      }
      for (const row of existing) this.stmt.deleteDoc!.run(row.id);
      // a replaced document keeps its id, so ids users have seen stay valid
      const id = this.insertDocument(x, stem, extractionSha, first ? Number(first.id) : null, opts);
      return { status: existing.length ? 'replaced' : 'imported', id, stem };
    })();
  }

  private insertDocument(x: Extraction, stem: string, extractionSha: string, id: number | null, opts: ImportOptions): number {
    const m = x.document;
    const extra: Record<string, unknown> = {};
    const top = extraOf(x, FIELDS.top);
    const source = extraOf(x.source, FIELDS.source);
    const meta = extraOf(m, FIELDS.meta);
    if (top) extra.top = JSON.parse(top);
    if (source) extra.source = JSON.parse(source);
    if (meta) extra.document = JSON.parse(meta);
    const info = this.stmt.insertDoc!.run({
      id,
      path: x.source.path,
      stem,
      sha256: x.source.sha256,
      extraction_sha256: extractionSha,
      format: x.source.format,
      schema_version: x.schemaVersion,
      type: m.type,
      number: m.number,
      symbol: m.symbol,
      symbol_fold: m.symbol === null ? null : foldSymbol(m.symbol),
      issuer: m.issuer,
      province: m.province,
      level: m.level,
      place: m.place,
      date: m.date,
      title: m.title,
      period_from: m.period?.from ?? null,
      period_to: m.period?.to ?? null,
      signer: m.signer,
      parent_body: m.parentBody ?? null,
      attached_to: m.attachedTo ?? null,
      signer_title: m.signerTitle ?? null,
      recipients: json(m.recipients),
      key: m.key ?? null,
      text: x.text,
      warnings: JSON.stringify(x.warnings),
      regions: json(x.regions),
      footnotes: json(x.footnotes),
      extra: Object.keys(extra).length ? JSON.stringify(extra) : null,
      line_map: opts.locate ? JSON.stringify(buildLineMap(x.text, opts.locate)) : null,
      imported_at: new Date().toISOString(),
    });
    const docId = Number(info.lastInsertRowid);

    x.sections.forEach((s, ord) =>
      this.stmt.insertSection!.run({
        doc_id: docId,
        ord,
        section_id: s.id,
        parent_id: s.parentId,
        level: s.level,
        label: s.label,
        heading: s.heading,
        kind: s.kind,
        span_start: s.span[0],
        span_end: s.span[1],
        ...locColumns(s.loc),
        extra: extraOf(s, FIELDS.section),
      }),
    );
    const insertTarget = (t: Target, ord: number, baseline: 0 | 1) =>
      this.stmt.insertTarget!.run({
        doc_id: docId,
        ord,
        baseline,
        text: t.text,
        value: t.value,
        unit: t.unit,
        per: t.per,
        comparator: t.comparator,
        year: t.year,
        subject: t.subject,
        indicator: t.indicator,
        section_id: t.sectionId,
        span_start: t.span[0],
        span_end: t.span[1],
        ...locColumns(t.loc),
        indicator_cue: t.indicatorCue ?? null,
        year_source: t.yearSource ?? null,
        of_total: t.of ?? null,
        extra: extraOf(t, FIELDS.target),
      });
    x.targets.forEach((t, ord) => insertTarget(t, ord, 0));
    (x.baselines ?? []).forEach((t, ord) => insertTarget(t, ord, 1));
    this.links.document(docId, stem, x.source.path, m);
    x.citations.forEach((c, ord) => {
      const match = keyParts(c.key);
      const citationId = this.stmt.insertCitation!.run({
        doc_id: docId,
        ord,
        key: c.key,
        type: c.type,
        number: c.number,
        year: c.year,
        symbol: c.symbol,
        issuer: c.issuer,
        date: c.date,
        title: c.title,
        relation: c.relation ?? null,
        aliases: json(c.aliases),
        extra: extraOf(c, FIELDS.citation),
        match_base: match.base,
        key_year: match.year,
        scope: citationScope(c, m.province),
      }).lastInsertRowid;
      this.links.aliases(Number(citationId), docId, c.aliases);
      c.mentions.forEach((mention, i) =>
        this.stmt.insertMention!.run({
          citation_id: citationId,
          doc_id: docId,
          ord: i,
          text: mention.text,
          span_start: mention.span[0],
          span_end: mention.span[1],
          ...locColumns(mention.loc),
          pinpoint: mention.pinpoint ?? null,
          relation: mention.relation ?? null,
          extra: extraOf(mention, FIELDS.mention),
        }),
      );
    });
    x.responsibilities.forEach((r, ord) =>
      this.stmt.insertResponsibility!.run({
        doc_id: docId,
        ord,
        agency: r.agency,
        role: r.role,
        duties: JSON.stringify(r.duties),
        section_id: r.sectionId,
        span_start: r.span?.[0] ?? null,
        span_end: r.span?.[1] ?? null,
        ...locColumns(r.loc),
        as_written: r.asWritten ?? null,
        locality: r.locality ?? null,
        partners: json(r.partners),
        extra: extraOf(r, FIELDS.responsibility),
      }),
    );
    x.tasks.forEach((t, ord) => {
      const taskId = this.stmt.insertTask!.run({
        doc_id: docId,
        ord,
        number: t.number,
        text: t.text,
        lead: JSON.stringify(t.lead),
        coordinate: JSON.stringify(t.coordinate),
        deadline: t.deadline,
        products: JSON.stringify(t.products),
        span_start: t.span?.[0] ?? null,
        span_end: t.span?.[1] ?? null,
        ...locColumns(t.loc),
        extra: extraOf(t, FIELDS.task),
      }).lastInsertRowid;
      this.links.task(Number(taskId), docId, t.lead, t.coordinate);
    });
    const folded = foldAligned(x.text);
    for (const passage of splitPassages(x.text, x.sections)) {
      const passageId = this.stmt.insertPassage!.run({
        doc_id: docId,
        section_id: passage.sectionId,
        span_start: passage.span[0],
        span_end: passage.span[1],
      }).lastInsertRowid;
      this.stmt.insertFts!.run(passageId, folded.slice(passage.span[0], passage.span[1]));
    }
    return docId;
  }

  async hasDocument(sha: string, where?: DocumentKey): Promise<boolean> {
    const row = where
      ? this.stmt.hasShaAt!.get(sha, where.path ?? null, where.stem ?? null)
      : this.stmt.hasSha!.get(sha);
    return row !== undefined;
  }

  async list(): Promise<DocumentSummary[]> {
    return (this.stmt.list!.all() as Row[]).map(summaryOf);
  }

  async resolve(ref: string): Promise<DocumentSummary[]> {
    const r = ref.trim();
    const tiers: (() => Row[])[] = [
      () => (/^\d+$/.test(r) ? (this.stmt.byId!.all(Number(r)) as Row[]) : []),
      () => this.stmt.byStem!.all(r) as Row[],
      () => this.stmt.byPath!.all(r) as Row[],
      () => this.stmt.bySymbol!.all(foldSymbol(r)) as Row[],
    ];
    for (const tier of tiers) {
      const rows = tier();
      if (rows.length) return rows.map(summaryOf);
    }
    return [];
  }

  async show(id: number): Promise<DocumentDetail | null> {
    const row = this.stmt.byId!.get(id) as Row | undefined;
    if (!row) return null;
    const doc = this.stmt.docRow!.get(id) as Row;
    const { warnings: _count, ...summary } = summaryOf(row);
    return {
      ...summary,
      document: metaOf(doc, parseJson<Record<string, unknown>>(doc.extra) ?? {}),
      sections: (this.stmt.sections!.all(id) as Row[]).map(sectionOf),
      warnings: JSON.parse(String(doc.warnings)) as string[],
    };
  }

  async extraction(id: number): Promise<StoredExtraction | null> {
    const doc = this.stmt.docRow!.get(id) as Row | undefined;
    if (!doc) return null;
    const extra = parseJson<Record<string, Record<string, unknown>>>(doc.extra) ?? {};
    const citations = citationsOf(this.stmt.citations!.all(id) as Row[], this.stmt.mentions!.all(id) as Row[]);
    const responsibilities = (this.stmt.responsibilities!.all(id) as Row[]).map((row) =>
      withOptional<Responsibility>(
        {
          agency: String(row.agency),
          role: row.role as Responsibility['role'],
          duties: JSON.parse(String(row.duties)) as string[],
          sectionId: str(row.section_id),
        },
        {
          loc: locOf(row),
          span: spanOf(row),
          asWritten: row.as_written,
          locality: row.locality,
          partners: parseJson(row.partners),
        },
        row.extra,
      ),
    );
    const tasks = (this.stmt.tasks!.all(id) as Row[]).map((row) =>
      withOptional<Task>(
        {
          number: str(row.number),
          text: String(row.text),
          lead: JSON.parse(String(row.lead)) as string[],
          coordinate: JSON.parse(String(row.coordinate)) as string[],
          deadline: str(row.deadline),
          products: JSON.parse(String(row.products)) as string[],
        },
        { span: spanOf(row), loc: locOf(row) },
        row.extra,
      ),
    );
    const extraction = withOptional<Extraction>(
      {
        schemaVersion: 1,
        source: { ...(extra.source ?? {}), path: String(doc.path), sha256: String(doc.sha256), format: doc.format as Format },
        text: String(doc.text),
        document: metaOf(doc, extra),
        sections: (this.stmt.sections!.all(id) as Row[]).map(sectionOf),
        targets: (this.stmt.targets!.all(id, 0) as Row[]).map(targetOf),
        citations,
        responsibilities,
        tasks,
        warnings: JSON.parse(String(doc.warnings)) as string[],
        baselines: (this.stmt.targets!.all(id, 1) as Row[]).map(targetOf),
      },
      { regions: parseJson(doc.regions), footnotes: parseJson(doc.footnotes) },
      extra.top === undefined ? undefined : JSON.stringify(extra.top),
    );
    return { id, stem: String(doc.stem), importedAt: String(doc.imported_at), extraction };
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const tokens = queryTokens(query);
    const match = ftsPhrase(tokens);
    if (!match) return [];
    const rows = this.stmt.search!.all(match, opts.limit ?? 20) as Row[];
    const docs = new Map<number, { text: string; lines: LineEntry[] | undefined }>();
    return rows.map((row): SearchHit => {
      const docId = Number(row.doc_id);
      let doc = docs.get(docId);
      if (!doc) {
        const d = this.stmt.docText!.get(docId) as Row;
        doc = { text: String(d.text), lines: parseJson<LineEntry[]>(d.line_map) };
        docs.set(docId, doc);
      }
      const passage = spanOf(row)!;
      const found = findPhrase(foldAligned(doc.text.slice(passage[0], passage[1])), tokens);
      const span: Span = found ? [passage[0] + found[0], passage[0] + found[1]] : [passage[0], passage[0]];
      const line: Span = [lineAround(doc.text, span[0])[0], lineAround(doc.text, span[1])[1]];
      const sectionLoc = locOf({ line: row.s_line, col: row.s_col, end_line: row.s_end_line, end_col: row.s_end_col, page: row.s_page });
      return {
        docId,
        path: String(row.path),
        stem: String(row.stem),
        symbol: str(row.symbol),
        sectionId: str(row.section_id),
        sectionLabel: str(row.s_label),
        sectionHeading: str(row.s_heading),
        snippet: snippet(doc.text, line, span),
        span,
        loc: (doc.lines && locateInLines(doc.lines, span)) ?? sectionLoc ?? null,
      };
    });
  }

  async citing(key: string): Promise<CitingMention[]> {
    return this.queries.citing(key);
  }

  async documentsByKey(key: string): Promise<DocRef[]> {
    return this.queries.documentsByKey(key);
  }

  async aliasKeys(nickname: string): Promise<{ key: string; documents: number }[]> {
    return this.queries.aliasKeys(nickname);
  }

  async references(docId: number): Promise<Reference[]> {
    return this.queries.references(docId);
  }

  async citationSources(): Promise<CitationSource[]> {
    return this.queries.citationSources();
  }

  async targets(filter: TargetFilter = {}): Promise<TargetRow[]> {
    return this.queries.targets(filter);
  }

  async indicatorCounts(): Promise<IndicatorCount[]> {
    return this.queries.indicatorCounts();
  }

  async agencyRoles(filter: { province?: string } = {}): Promise<AgencyRoles[]> {
    return this.queries.agencyRoles(filter);
  }

  async duties(agencies: readonly string[], filter: { province?: string } = {}): Promise<DutyRow[]> {
    return this.queries.duties(agencies, filter);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export interface OpenOptions {
  /**
   * Map the file into memory for reads (default true). Cross-document queries touch rows all over
   * the file and cost half as much through the OS page cache; a bulk import gains nothing from it,
   * and the mapped pages would count in its resident memory as the database grows.
   */
  mmap?: boolean;
}

/** Opens (creating it and its folder if needed) and migrates a SQLite database. */
export function openSqliteStore(file: string, opts: OpenOptions = {}): SqliteStore {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (opts.mmap ?? true) db.pragma('mmap_size = 1073741824');
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return new SqliteStore(db);
}

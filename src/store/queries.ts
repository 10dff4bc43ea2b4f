/**
 * Cross-document queries of the SQLite store. Links are made at query time by joining citations to
 * `document_keys` on the folded key base (indexed), so a document links to the citations of it
 * whatever the order of import. Every filter and join runs on an index.
 *
 * Queries may return tens of thousands of rows at 10,000 documents, where building row objects is
 * what costs: item rows are read as arrays (`raw`), with only the columns shown; the documents
 * they belong to are read once each from the narrow `doc_index`; rows are ordered in JavaScript by
 * document, which spares SQLite a join and a temporary sort.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Comparator, DocumentMeta, Level, Loc, Role, Span, Target } from '../contract/schema.js';
import { keyParts, nameForm } from './links.js';
import { locateInLines, type LineEntry } from './passages.js';
import { citationsOf, parseJson, type Row } from './rows.js';
import type {
  AgencyRoles,
  CitationSource,
  CitingMention,
  DocRef,
  DutyRow,
  IndicatorCount,
  Reference,
  TargetFilter,
  TargetRow,
} from './store.js';

type Cell = string | number | null;
type Raw = Cell[];

/** A document as queries show and order it. */
interface DocInfo {
  ref: DocRef;
  province: string | null;
  provinceForm: string | null;
  level: Level | null;
}

const ROLE_ORDER: readonly Role[] = ['lead', 'coordinate', 'implement', 'requested'];

/** Strings in code-unit order, nothing last. */
function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Documents in date order (undated last), then by stem. */
const byDoc = (a: DocInfo, b: DocInfo): number => cmp(a.ref.date, b.ref.date) || cmp(a.ref.stem, b.ref.stem) || a.ref.id - b.ref.id;

/**
 * The place of each document in an order, so that sorting many rows compares numbers: rows of
 * one document share its rank.
 */
function ranks(docs: Iterable<DocInfo>, order: (a: DocInfo, b: DocInfo) => number = byDoc): Map<number, number> {
  const sorted = [...new Set(docs)].sort(order);
  return new Map(sorted.map((d, i) => [d.ref.id, i]));
}

/** Appends to the list under a key. */
function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const text = (v: Cell): string | null => (v === null ? null : String(v));

/** The location columns line, col, end_line, end_col, page starting at `i` of a raw row. */
function locAt(r: Raw, i: number): Loc | null {
  if (r[i] === null) return null;
  const loc: Loc = { line: Number(r[i]), column: Number(r[i + 1]), endLine: Number(r[i + 2]), endColumn: Number(r[i + 3]) };
  if (r[i + 4] !== null) loc.page = Number(r[i + 4]);
  return loc;
}

/** The location columns as above, preceded by span_start and span_end. */
const LOC_COLS = (t: string) => `${t}.span_start, ${t}.span_end, ${t}.line, ${t}.col, ${t}.end_line, ${t}.end_col, ${t}.page`;

/**
 * Source locations for items stored without one, from the document's line map; maps are read
 * once per document and per query, and only when an item needs one.
 */
class Locator {
  private readonly maps = new Map<number, LineEntry[] | null>();

  constructor(private readonly lineMap: Statement) {}

  /** The item's own location (columns of LOC_COLS from `i`), else one from its span. */
  at(docId: number, r: Raw, i: number): Loc | null {
    const own = locAt(r, i + 2);
    if (own || r[i] === null) return own;
    return this.locate(docId, [Number(r[i]), Number(r[i + 1])]);
  }

  locate(docId: number, span: Span): Loc | null {
    let map = this.maps.get(docId);
    if (map === undefined) {
      map = parseJson<LineEntry[]>((this.lineMap.get(docId) as Row | undefined)?.line_map) ?? null;
      this.maps.set(docId, map);
    }
    return map ? locateInLines(map, span) : null;
  }
}

/**
 * Citations joined to the stored documents they name: keys agree (years too, where both give
 * one), not the document itself, and for a local symbol the same province (links.ts
 * citationScope; a side whose province is unknown does not contradict).
 */
const LINKS_SQL = `SELECT DISTINCT c.id, k.doc_id
  FROM citations c
  JOIN document_keys k ON k.match_base = c.match_base
    AND (k.key_year IS NULL OR c.key_year IS NULL OR k.key_year = c.key_year)
  JOIN doc_index d ON d.doc_id = k.doc_id
  WHERE k.doc_id <> c.doc_id AND (c.scope IS NULL OR d.province_form IS NULL OR d.province_form = c.scope)`;

/** Keys agree on their base, and on the year unless the query gives none or the stored key has none. */
const KEY_MATCH = (t: string) => `${t}.match_base = @base AND (@year IS NULL OR ${t}.key_year IS NULL OR ${t}.key_year = @year)`;

export class Queries {
  private readonly stmt: Record<string, Statement>;
  private readonly dynamic = new Map<string, Statement>();
  /** documents already read, valid while `cacheVersion` is the database's data_version */
  private readonly docCache = new Map<number, DocInfo>();
  private cacheComplete = false;
  private cacheVersion: unknown = null;

  constructor(private readonly db: Database) {
    const p = (sql: string, raw = true) => {
      const s = db.prepare(sql);
      return raw ? s.raw(true) : s;
    };
    this.stmt = {
      lineMap: p('SELECT line_map FROM documents WHERE id = ?', false),
      dataVersion: db.prepare('PRAGMA data_version').pluck(),
      docs: p(`SELECT doc_id, stem, path, symbol, date, province, province_form, level FROM doc_index
        WHERE doc_id IN (SELECT value FROM json_each(?))`),
      allDocs: p('SELECT doc_id, stem, path, symbol, date, province, province_form, level FROM doc_index'),
      citing: p(`SELECT c.doc_id, c.ord, m.ord, c.key, c.key_year, c.issuer, c.relation, m.text, m.pinpoint, m.relation, ${LOC_COLS('m')}
        FROM citations c LEFT JOIN citation_mentions m ON m.citation_id = c.id
        WHERE ${KEY_MATCH('c')}`),
      byKey: p(`SELECT DISTINCT doc_id FROM document_keys k WHERE ${KEY_MATCH('k')}`),
      aliasKeys: p(`SELECT c.key, count(DISTINCT a.doc_id) AS n
        FROM citation_aliases a JOIN citations c ON c.id = a.citation_id
        WHERE a.alias_form = ?
        GROUP BY c.key ORDER BY n DESC, c.key`),
      refCitations: p('SELECT id, key, type, symbol, date, title, relation FROM citations WHERE doc_id = ? ORDER BY ord'),
      refMentions: p(`SELECT citation_id, relation, ${LOC_COLS('m')} FROM citation_mentions m WHERE doc_id = ? ORDER BY citation_id, ord`),
      refLinks: p(`${LINKS_SQL} AND c.doc_id = ?`),
      allLinks: p(LINKS_SQL),
      sourceMeta: p('SELECT doc_id, meta FROM doc_meta'),
      sourceKeys: p('SELECT doc_id, key FROM document_keys ORDER BY doc_id, key'),
      sourceCitations: p('SELECT * FROM citations ORDER BY doc_id, ord', false),
      sourceMentions: p('SELECT * FROM citation_mentions ORDER BY citation_id, ord', false),
      indicatorCounts: p(`SELECT indicator, count(*), count(DISTINCT doc_id)
        FROM targets WHERE baseline = 0
        GROUP BY indicator ORDER BY indicator IS NULL, indicator`),
    };
  }

  /** Raw statements whose WHERE depends on the filters given, prepared once per shape. */
  private prepared(sql: string): Statement {
    let s = this.dynamic.get(sql);
    if (!s) this.dynamic.set(sql, (s = this.db.prepare(sql).raw(true)));
    return s;
  }

  /** Drops what was read of the documents; the store calls it when it writes them. */
  forget(): void {
    this.docCache.clear();
    this.cacheComplete = false;
  }

  /**
   * A map holding the documents of a query's rows (every document without `ids`). They are kept between queries
   * (a web server asks many) until this connection writes or PRAGMA data_version says another one
   * did. Missing ones are read in one statement; past a few thousand, scanning the narrow index is
   * cheaper than looking each one up.
   */
  private docs(ids?: Iterable<number>): Map<number, DocInfo> {
    const version = this.stmt.dataVersion!.get();
    if (version !== this.cacheVersion) {
      this.forget();
      this.cacheVersion = version;
    }
    const wanted = ids ? [...new Set(ids)] : null;
    const missing = wanted?.filter((id) => !this.docCache.has(id)) ?? null;
    if (!this.cacheComplete && (missing === null || missing.length)) {
      const all = missing === null || missing.length > 2000;
      for (const [id, stem, path, symbol, date, province, provinceForm, level] of (all ? this.stmt.allDocs!.all() : this.stmt.docs!.all(JSON.stringify(missing))) as Raw[]) {
        this.docCache.set(Number(id), {
          ref: { id: Number(id), stem: String(stem), path: String(path), symbol: text(symbol!), date: text(date!) },
          province: text(province!),
          provinceForm: text(provinceForm!),
          level: text(level!) as Level | null,
        });
      }
      if (all) this.cacheComplete = true;
    }
    return this.docCache;
  }

  citing(key: string): CitingMention[] {
    const q = keyParts(key);
    const locator = new Locator(this.stmt.lineMap!);
    const rows = this.stmt.citing!.all({ base: q.base, year: q.year }) as Raw[];
    const docs = this.docs(rows.map((r) => Number(r[0])));
    const items = rows.map((r) => {
      const [docId, cOrd, mOrd, k, keyYear, issuer, cRelation, mText, pinpoint, mRelation] = r;
      const doc = docs.get(Number(docId))!;
      const mention: CitingMention = {
        doc: doc.ref,
        key: String(k),
        issuer: text(issuer!),
        match: keyYear === q.year ? 'key' : 'symbol',
        relation: text(mRelation!) ?? text(cRelation!),
        text: text(mText!),
        pinpoint: text(pinpoint!),
        loc: mText === null ? null : locator.at(doc.ref.id, r, 10),
      };
      return { mention, doc, cOrd: Number(cOrd), mOrd: Number(mOrd ?? 0) };
    });
    const rank = ranks(items.map((i) => i.doc));
    items.sort((a, b) => rank.get(a.doc.ref.id)! - rank.get(b.doc.ref.id)! || a.cOrd - b.cOrd || a.mOrd - b.mOrd);
    return items.map((i) => i.mention);
  }

  documentsByKey(key: string): DocRef[] {
    const q = keyParts(key);
    const ids = (this.stmt.byKey!.all({ base: q.base, year: q.year }) as Raw[]).map((r) => Number(r[0]));
    const docs = this.docs(ids);
    return ids.map((id) => docs.get(id)!).sort(byDoc).map((d) => d.ref);
  }

  aliasKeys(nickname: string): { key: string; documents: number }[] {
    return (this.stmt.aliasKeys!.all(nameForm(nickname)) as Raw[]).map(([key, n]) => ({ key: String(key), documents: Number(n) }));
  }

  references(docId: number): Reference[] {
    const locator = new Locator(this.stmt.lineMap!);
    const first = new Map<number, Raw>();
    const counts = new Map<number, number>();
    for (const m of this.stmt.refMentions!.all(docId) as Raw[]) {
      const id = Number(m[0]);
      if (!first.has(id)) first.set(id, m);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const linkRows = this.stmt.refLinks!.all(docId) as Raw[];
    const docs = this.docs(linkRows.map((r) => Number(r[1])));
    const links = new Map<number, DocInfo[]>();
    for (const [citationId, linked] of linkRows) add(links, Number(citationId), docs.get(Number(linked))!);
    return (this.stmt.refCitations!.all(docId) as Raw[]).map(([id, key, type, symbol, date, title, relation]): Reference => {
      const m = first.get(Number(id));
      return {
        key: String(key),
        type: text(type!),
        symbol: text(symbol!),
        date: text(date!),
        title: text(title!),
        relation: text(relation!) ?? (m ? text(m[1]!) : null),
        mentions: counts.get(Number(id)) ?? 0,
        loc: m ? locator.at(docId, m, 2) : null,
        linked: (links.get(Number(id)) ?? []).sort(byDoc).map((d) => d.ref),
      };
    });
  }

  citationSources(): CitationSource[] {
    const locator = new Locator(this.stmt.lineMap!);
    const docs = this.docs();
    const meta = new Map((this.stmt.sourceMeta!.all() as Raw[]).map(([id, m]) => [Number(id), JSON.parse(String(m)) as DocumentMeta]));
    const keys = new Map<number, string[]>();
    for (const [id, key] of this.stmt.sourceKeys!.all() as Raw[]) add(keys, Number(id), String(key));
    const citationsByDoc = new Map<number, Row[]>();
    for (const c of this.stmt.sourceCitations!.all() as Row[]) add(citationsByDoc, Number(c.doc_id), c);
    const mentionsByDoc = new Map<number, Row[]>();
    for (const m of this.stmt.sourceMentions!.all() as Row[]) add(mentionsByDoc, Number(m.doc_id), m);
    const links = new Map<number, DocInfo[]>();
    for (const [citationId, linked] of this.stmt.allLinks!.all() as Raw[]) add(links, Number(citationId), docs.get(Number(linked))!);
    return [...docs.values()]
      .sort((a, b) => cmp(a.ref.stem, b.ref.stem))
      .map((doc): CitationSource => {
        const id = doc.ref.id;
        const rows = citationsByDoc.get(id) ?? [];
        const citations = citationsOf(rows, mentionsByDoc.get(id) ?? []);
        for (const c of citations) {
          for (const m of c.mentions) {
            const loc = m.loc ?? locator.locate(id, m.span);
            if (loc) m.loc = loc;
          }
        }
        return {
          doc: doc.ref,
          document: meta.get(id)!,
          keys: keys.get(id) ?? [],
          citations,
          linked: rows.map((c) => (links.get(Number(c.id)) ?? []).sort(byDoc).map((d) => d.ref)),
        };
      });
  }

  targets(filter: TargetFilter): TargetRow[] {
    const where = ['t.baseline = 0', 't.indicator IS NOT NULL'];
    const params: Record<string, unknown> = {};
    if (filter.indicators) {
      where.push('t.indicator IN (SELECT value FROM json_each(@indicators))');
      params.indicators = JSON.stringify(filter.indicators);
    }
    if (filter.year !== undefined) {
      where.push('t.year = @year');
      params.year = filter.year;
    }
    if (filter.province !== undefined) {
      where.push('t.doc_id IN (SELECT doc_id FROM doc_index WHERE province_form = @province)');
      params.province = nameForm(filter.province);
    }
    const sql = `SELECT t.doc_id, t.ord, t.indicator, t.year, t.comparator, t.value, t.unit, t.per, t.text, t.subject, ${LOC_COLS('t')}
      FROM targets t WHERE ${where.join(' AND ')}`;
    const rows = this.prepared(sql).all(params) as Raw[];
    const docs = this.docs(rows.map((r) => Number(r[0])));
    const locator = new Locator(this.stmt.lineMap!);
    const items = rows.map((r) => {
      const [docId, ord, indicator, year, comparator, value, unit, per, clause, subject] = r;
      const doc = docs.get(Number(docId))!;
      const row: TargetRow = {
        indicator: String(indicator),
        province: doc.province,
        level: doc.level,
        doc: doc.ref,
        year: year === null ? null : Number(year),
        comparator: comparator as Comparator,
        value: Number(value),
        unit: unit as Target['unit'],
        per: text(per!),
        subject: String(subject),
        text: String(clause),
        loc: locator.at(doc.ref.id, r, 10),
      };
      return { row, doc, ord: Number(ord) };
    });
    // one indicator across documents reads as a column: by indicator, province, document, year
    const rank = ranks(items.map((i) => i.doc), (a, b) => cmp(a.provinceForm, b.provinceForm) || byDoc(a, b));
    items.sort(
      (a, b) =>
        cmp(a.row.indicator, b.row.indicator) ||
        rank.get(a.doc.ref.id)! - rank.get(b.doc.ref.id)! ||
        (a.row.year ?? Infinity) - (b.row.year ?? Infinity) ||
        a.ord - b.ord,
    );
    return items.map((i) => i.row);
  }

  indicatorCounts(): IndicatorCount[] {
    return (this.stmt.indicatorCounts!.all() as Raw[]).map(([indicator, n, docs]) => ({ indicator: text(indicator!), targets: Number(n), documents: Number(docs) }));
  }

  agencyRoles(filter: { province?: string }): AgencyRoles[] {
    const byProvince = filter.province !== undefined;
    const sql = `SELECT agency, doc_id, group_concat(DISTINCT role)
      FROM (SELECT agency, doc_id, role FROM responsibilities UNION ALL SELECT agency, doc_id, role FROM task_agencies)
      ${byProvince ? 'WHERE doc_id IN (SELECT doc_id FROM doc_index WHERE province_form = @province)' : ''}
      GROUP BY agency, doc_id`;
    const rows = this.prepared(sql).all(byProvince ? { province: nameForm(filter.province!) } : {}) as Raw[];
    const docs = this.docs(rows.map((r) => Number(r[1])));
    const items = rows.map(([agency, docId, roles]) => {
      const set = new Set(String(roles).split(','));
      const doc = docs.get(Number(docId))!;
      return { entry: { agency: String(agency), doc: doc.ref, roles: ROLE_ORDER.filter((role) => set.has(role)) }, doc };
    });
    const rank = ranks(items.map((i) => i.doc));
    items.sort((a, b) => cmp(a.entry.agency, b.entry.agency) || rank.get(a.doc.ref.id)! - rank.get(b.doc.ref.id)!);
    return items.map((i) => i.entry);
  }

  duties(agencies: readonly string[], filter: { province?: string }): DutyRow[] {
    const params: Record<string, unknown> = { names: JSON.stringify([...new Set(agencies)]) };
    let inProvince = '';
    if (filter.province !== undefined) {
      inProvince = 'AND doc_id IN (SELECT doc_id FROM doc_index WHERE province_form = @province)';
      params.province = nameForm(filter.province);
    }
    const locator = new Locator(this.stmt.lineMap!);
    const taskRows = this.prepared(`SELECT ta.doc_id, t.ord, ta.agency, ta.role, t.number, t.text, t.deadline, t.lead, t.coordinate, ${LOC_COLS('t')}
      FROM task_agencies ta JOIN tasks t ON t.id = ta.task_id
      WHERE ta.agency IN (SELECT value FROM json_each(@names)) ${inProvince.replace('doc_id', 'ta.doc_id')}`).all(params) as Raw[];
    const respRows = this.prepared(`SELECT r.doc_id, r.ord, r.agency, r.role, r.duties, r.partners, ${LOC_COLS('r')}
      FROM responsibilities r
      WHERE r.agency IN (SELECT value FROM json_each(@names)) ${inProvince.replace('doc_id', 'r.doc_id')}`).all(params) as Raw[];
    const docs = this.docs([...taskRows, ...respRows].map((r) => Number(r[0])));

    type Item = { row: DutyRow; doc: DocInfo; order: number };
    const items: Item[] = [];
    const taskTexts = new Set<string>();
    for (const r of taskRows) {
      const [docId, ord, agency, role, number, task, deadline, lead, coordinate] = r;
      const doc = docs.get(Number(docId))!;
      const clause = String(task);
      taskTexts.add(`${docId}\u0000${agency}\u0000${clause}`);
      const partners = JSON.parse(String(role === 'lead' ? coordinate : lead)) as string[];
      const row: DutyRow = { kind: 'task', agency: String(agency), role: role as Role, doc: doc.ref, number: text(number!), text: clause, deadline: text(deadline!), partners, loc: locator.at(doc.ref.id, r, 9) };
      items.push({ row, doc, order: Number(ord) });
    }
    for (const r of respRows) {
      const [docId, ord, agency, role, duties, partnerList] = r;
      const doc = docs.get(Number(docId))!;
      const loc = locator.at(doc.ref.id, r, 6);
      const partners = parseJson<string[]>(partnerList) ?? [];
      (JSON.parse(String(duties)) as string[]).forEach((duty, i) => {
        // a task table's responsibilities repeat its rows; the task row (with its deadline) stands for both
        if (taskTexts.has(`${docId}\u0000${agency}\u0000${duty}`)) return;
        const row: DutyRow = { kind: 'duty', agency: String(agency), role: role as Role, doc: doc.ref, number: null, text: duty, deadline: null, partners, loc };
        items.push({ row, doc, order: Number(ord) * 10_000 + i });
      });
    }
    // by document, then where the item stands in it (items without a line after), duties before tasks on a line
    const rank = ranks(items.map((i) => i.doc));
    const line = (i: Item) => i.row.loc?.line ?? Number.MAX_SAFE_INTEGER;
    items.sort(
      (a, b) =>
        rank.get(a.doc.ref.id)! - rank.get(b.doc.ref.id)! ||
        line(a) - line(b) ||
        (a.row.kind === b.row.kind ? a.order - b.order : a.row.kind === 'duty' ? -1 : 1),
    );
    return items.map((i) => i.row);
  }
}

/**
 * The tables cross-document queries read besides the items themselves (doc_index and doc_meta,
 * document keys, citation nicknames, task agencies): written for each document at import, and
 * computed once for documents stored before they existed.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { DocumentMeta } from '../contract/schema.js';
import { citationScope, keyParts, keysOfDocument, nameForm } from './links.js';
import { metaOf, parseJson, str, type Row } from './rows.js';

export class LinkIndex {
  private readonly insertKey: Statement;
  private readonly insertAlias: Statement;
  private readonly insertTaskAgency: Statement;
  private readonly insertDoc: Statement;
  private readonly insertMeta: Statement;

  constructor(db: Database) {
    this.insertKey = db.prepare('INSERT OR IGNORE INTO document_keys (doc_id, key, match_base, key_year) VALUES (?, ?, ?, ?)');
    this.insertAlias = db.prepare('INSERT INTO citation_aliases (citation_id, doc_id, alias, alias_form) VALUES (?, ?, ?, ?)');
    this.insertTaskAgency = db.prepare('INSERT INTO task_agencies (task_id, doc_id, agency, role) VALUES (?, ?, ?, ?)');
    this.insertDoc = db.prepare(`INSERT INTO doc_index (doc_id, stem, path, symbol, date, province, province_form, level)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertMeta = db.prepare('INSERT INTO doc_meta (doc_id, meta) VALUES (?, ?)');
  }

  document(docId: number, stem: string, path: string, meta: DocumentMeta): void {
    const province = meta.province === null ? null : nameForm(meta.province);
    this.insertDoc.run(docId, stem, path, meta.symbol, meta.date, meta.province, province, meta.level);
    this.insertMeta.run(docId, JSON.stringify(meta));
    for (const key of keysOfDocument(meta)) {
      const p = keyParts(key);
      this.insertKey.run(docId, key, p.base, p.year);
    }
  }

  aliases(citationId: number, docId: number, aliases: readonly string[] | undefined): void {
    for (const a of new Set(aliases ?? [])) this.insertAlias.run(citationId, docId, a, nameForm(a));
  }

  task(taskId: number, docId: number, lead: readonly string[], coordinate: readonly string[]): void {
    for (const a of new Set(lead)) this.insertTaskAgency.run(taskId, docId, a, 'lead');
    for (const a of new Set(coordinate)) if (!lead.includes(a)) this.insertTaskAgency.run(taskId, docId, a, 'coordinate');
  }
}

/** The columns metaOf reads (not the text, which may be large). */
const META_SQL = `SELECT id, stem, path, type, number, symbol, issuer, province, level, place, date, title, period_from, period_to, signer,
  parent_body, attached_to, signer_title, recipients, key, extra FROM documents`;

/**
 * Migration step 2: indexes every document already stored, from its columns. It writes the
 * schema of version 2; a later step that changes these tables brings its own backfill.
 */
export function backfillLinks(db: Database): void {
  const index = new LinkIndex(db);
  const setCitation = db.prepare('UPDATE citations SET match_base = ?, key_year = ?, scope = ? WHERE id = ?');
  for (const d of db.prepare(META_SQL).all() as Row[]) {
    index.document(Number(d.id), String(d.stem), String(d.path), metaOf(d, parseJson<Record<string, unknown>>(d.extra) ?? {}));
  }
  const citations = db.prepare(`SELECT c.id, c.doc_id, c.key, c.symbol, c.issuer, c.aliases, d.province
    FROM citations c JOIN doc_index d ON d.doc_id = c.doc_id`);
  for (const c of citations.all() as Row[]) {
    const p = keyParts(String(c.key));
    const scope = citationScope({ symbol: str(c.symbol), issuer: str(c.issuer) }, str(c.province));
    setCitation.run(p.base, p.year, scope, c.id);
    if (typeof c.aliases === 'string') index.aliases(Number(c.id), Number(c.doc_id), JSON.parse(c.aliases) as string[]);
  }
  for (const t of db.prepare('SELECT id, doc_id, lead, coordinate FROM tasks').all() as Row[]) {
    index.task(Number(t.id), Number(t.doc_id), JSON.parse(String(t.lead)) as string[], JSON.parse(String(t.coordinate)) as string[]);
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/location.js';
import { LATEST_VERSION, MIGRATIONS, migrate, type Migration } from '../../src/store/migrations.js';
import { foldSymbol, openSqliteStore, stemOf, type SqliteStore } from '../../src/store/sqlite.js';
import { SAMPLE_LINES, SAMPLE_TEXT, sampleExtraction } from './sample.js';

const TABLES = ['documents', 'sections', 'targets', 'citations', 'citation_mentions', 'responsibilities', 'tasks', 'passages'];

let dir: string;
let dbFile: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-store-'));
  dbFile = path.join(dir, 'sub', 'test.db');
  store = openSqliteStore(dbFile);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function rowCounts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  out.fts = (store.db.prepare("SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH 'giao'").get() as { n: number }).n;
  return out;
}

describe('migrations', () => {
  it('bring a new database (and its folder) to the latest version, in WAL mode with foreign keys', () => {
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    for (const t of [...TABLES, 'passages_fts']) expect(tables).toContain(t);
  });

  it('are re-runnable: a second run and a reopen change nothing', async () => {
    expect(migrate(store.db)).toBe(LATEST_VERSION);
    await store.importExtraction(sampleExtraction());
    await store.close();
    store = openSqliteStore(dbFile);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((await store.list()).length).toBe(1);
  });

  it('run only the steps above the current version, in order', () => {
    const db = new BetterSqlite3(':memory:');
    const steps: Migration[] = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'b', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' },
    ];
    expect(migrate(db, steps.slice(0, 1))).toBe(1);
    db.exec('INSERT INTO a (x) VALUES (7)');
    expect(migrate(db, steps)).toBe(2);
    expect(db.prepare('SELECT x, y FROM a').get()).toEqual({ x: 7, y: null });
    expect(migrate(db, steps)).toBe(2);
    db.close();
  });

  it('refuse a database made by a newer version, and roll back a failing step whole', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer/);
    const broken = new BetterSqlite3(':memory:');
    expect(() => migrate(broken, [{ version: 1, name: 'bad', sql: 'CREATE TABLE t (x); CREATE TABLE t (y);' }])).toThrow();
    expect(broken.pragma('user_version', { simple: true })).toBe(0);
    expect(broken.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get()).toEqual({ n: 0 });
    db.close();
    broken.close();
  });

  it('are numbered in increasing order', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
  });
});

describe('import', () => {
  it('stores every contract field and reads the same extraction back', async () => {
    const x = sampleExtraction();
    const r = await store.importExtraction(x);
    expect(r).toEqual({ status: 'imported', id: r.id, stem: '000_sample' });
    const back = await store.extraction(r.id);
    expect(back?.extraction).toEqual(x);
  });

  it('is idempotent: the same document twice leaves one copy', async () => {
    const first = await store.importExtraction(sampleExtraction());
    const before = rowCounts();
    const again = await store.importExtraction(sampleExtraction());
    expect(again).toEqual({ status: 'unchanged', id: first.id, stem: '000_sample' });
    expect(rowCounts()).toEqual(before);
    expect(before.documents).toBe(1);
    // the header before the first section, and the own text of each of the three sections
    expect(before.passages).toBe(4);
  });

  it('replaces a changed file (same path or same stem) in place, keeping its id', async () => {
    const first = await store.importExtraction(sampleExtraction());
    const before = rowCounts();
    const changed = await store.importExtraction(sampleExtraction({ sha256: 'b'.repeat(64) }));
    expect(changed).toEqual({ status: 'replaced', id: first.id, stem: '000_sample' });
    expect(rowCounts()).toEqual(before);
    // same stem imported from another folder
    const moved = await store.importExtraction(sampleExtraction({ path: 'elsewhere/000_sample.txt', sha256: 'c'.repeat(64) }));
    expect(moved.status).toBe('replaced');
    const docs = await store.list();
    expect(docs.map((d) => [d.path, d.sha256])).toEqual([['elsewhere/000_sample.txt', 'c'.repeat(64)]]);
  });

  it('replaces a document whose bytes are unchanged but whose extraction changed', async () => {
    await store.importExtraction(sampleExtraction());
    const x = sampleExtraction();
    x.warnings = [];
    expect((await store.importExtraction(x)).status).toBe('replaced');
    expect((await store.list())[0]!.warnings).toBe(0);
  });

  it('keeps documents with other paths and stems apart', async () => {
    await store.importExtraction(sampleExtraction());
    const other = await store.importExtraction(sampleExtraction({ path: 'corpus/001_other.txt' }));
    expect(other.status).toBe('imported');
    expect((await store.list()).map((d) => d.stem)).toEqual(['000_sample', '001_other']);
    expect(await store.hasDocument('a'.repeat(64))).toBe(true);
    expect(await store.hasDocument('a'.repeat(64), { stem: '001_other' })).toBe(true);
    expect(await store.hasDocument('a'.repeat(64), { path: 'corpus/002.txt', stem: '002' })).toBe(false);
    expect(await store.hasDocument('b'.repeat(64))).toBe(false);
  });

  it('rolls back a replacement that fails midway: the old document stays whole', async () => {
    await store.importExtraction(sampleExtraction());
    const before = rowCounts();
    // a second connection makes the last item insert of the import fail, after the old rows are deleted
    const other = new BetterSqlite3(dbFile);
    other.exec("CREATE TRIGGER boom BEFORE INSERT ON tasks WHEN NEW.text = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    other.close();
    const bad = sampleExtraction({ sha256: 'b'.repeat(64) });
    bad.tasks.push({ ...bad.tasks[0]!, text: 'boom' });
    await expect(store.importExtraction(bad)).rejects.toThrow(/boom/);
    expect(rowCounts()).toEqual(before);
    const [doc] = await store.list();
    expect(doc!.sha256).toBe('a'.repeat(64));
    expect((await store.search('dao tao')).length).toBeGreaterThan(0);
  });

  it('stores nothing of a new document whose import fails', async () => {
    const before = rowCounts();
    const bad = sampleExtraction();
    bad.sections.push({ ...bad.sections[0]! }); // duplicate section id violates UNIQUE (doc_id, section_id)
    await expect(store.importExtraction(bad)).rejects.toThrow(/UNIQUE/);
    expect(rowCounts()).toEqual(before);
  });

  it('imports a batch in which each document is whole or absent', async () => {
    await store.importExtraction(sampleExtraction({ path: 'corpus/002_kept.txt' }));
    const before = rowCounts();
    const broken = sampleExtraction({ path: 'corpus/001_broken.txt' });
    broken.sections.push({ ...broken.sections[0]! });
    const brokenReplacement = sampleExtraction({ path: 'corpus/002_kept.txt', sha256: 'b'.repeat(64) });
    brokenReplacement.sections.push({ ...brokenReplacement.sections[0]! });
    const invalid = sampleExtraction({ path: 'corpus/003_invalid.txt' });
    (invalid.document as unknown as { level: string }).level = 'galaxy';
    const results = await store.importMany([
      { extraction: sampleExtraction() },
      { extraction: broken },
      { extraction: brokenReplacement },
      { extraction: invalid },
      { extraction: sampleExtraction({ path: 'corpus/004_last.txt' }) },
    ]);
    expect(results.map((r) => (r instanceof Error ? 'error' : r.status))).toEqual(['imported', 'error', 'error', 'error', 'imported']);
    expect(String(results[3])).toMatch(/003_invalid[\s\S]*level/);
    const docs = await store.list();
    expect(docs.map((d) => [d.stem, d.sha256[0]])).toEqual([
      ['000_sample', 'a'],
      ['002_kept', 'a'],
      ['004_last', 'a'],
    ]);
    expect(rowCounts().sections).toBe(before.sections! * 3);
    expect(await store.importMany([])).toEqual([]);
  });

  it('rejects an extraction that breaks the contract, naming the file and the field', async () => {
    const bad = sampleExtraction();
    (bad.targets[0] as unknown as { value: unknown }).value = 'many';
    await expect(store.importExtraction(bad)).rejects.toThrow(/corpus\/000_sample\.txt[\s\S]*targets/);
    expect(rowCounts().documents).toBe(0);
  });
});

describe('search', () => {
  const index = new LineIndex(SAMPLE_TEXT);
  const locate = (span: [number, number]) => {
    const a = index.point(span[0]);
    const b = index.point(span[1]);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };

  it('finds Vietnamese without diacritics, including đ written d, with its section and source location', async () => {
    await store.importExtraction(sampleExtraction(), { locate });
    const [heading, ...rest] = await store.search('dao tao');
    expect(rest).toEqual([]);
    expect(heading).toMatchObject({ snippet: '1. Sở Giáo dục và «Đào tạo»', sectionId: 's2.1', loc: { line: 8, column: 19, endLine: 8, endColumn: 26 } });
    expect(SAMPLE_LINES[7]!.slice(18, 25)).toBe('Đào tạo');
    const [plan] = await store.search('ke hoach dao tao');
    expect(plan).toMatchObject({ stem: '000_sample', symbol: '2458/QĐ-UBND', sectionId: 's2.1', sectionLabel: '1', sectionHeading: 'Sở Giáo dục và Đào tạo' });
    expect(plan!.snippet).toBe('- Xây dựng «kế hoạch đào tạo», bồi dưỡng cán bộ quản lý, giáo viên, nhân viên đảm bảo về…');
    expect(SAMPLE_TEXT.slice(plan!.span[0], plan!.span[1])).toBe('kế hoạch đào tạo');
    const column = SAMPLE_LINES[9]!.indexOf('kế hoạch') + 1;
    expect(plan!.loc).toEqual({ line: 10, column, endLine: 10, endColumn: column + 'kế hoạch đào tạo'.length });
  });

  it('locates a match on a line that normalization changed at the start of that line', async () => {
    // as if line 10 had been joined from two source lines: its end is on another line
    const joined = (span: [number, number]) => {
      const loc = locate(span);
      return loc.line === 10 ? { ...loc, endLine: 11, endColumn: 5 } : loc;
    };
    await store.importExtraction(sampleExtraction(), { locate: joined });
    expect((await store.search('ke hoach dao tao'))[0]!.loc).toEqual({ line: 10, column: 1, endLine: 10, endColumn: 1 });
    expect((await store.search('thuong truc'))[0]!.loc).toMatchObject({ line: 9, column: SAMPLE_LINES[8]!.indexOf('thường') + 1 });
  });

  it('finds the same with diacritics, in upper case and in symbols', async () => {
    await store.importExtraction(sampleExtraction());
    expect((await store.search('GIÁO DỤC')).length).toBe((await store.search('giao duc')).length);
    expect((await store.search('giáo dục mầm non')).length).toBeGreaterThan(0);
    const sym = await store.search('QD-TTg');
    expect(sym.map((h) => SAMPLE_TEXT.slice(h.span[0], h.span[1]))).toEqual(['QĐ-TTg']);
    expect(sym[0]!.sectionId).toBeNull();
    expect(sym[0]!.loc).toBeNull();
  });

  it('matches the words as a phrase and falls back to the section location', async () => {
    await store.importExtraction(sampleExtraction());
    expect(await store.search('tao dao')).toEqual([]);
    expect(await store.search(' ;; ')).toEqual([]);
    const hit = (await store.search('100% tre em'))[0]!;
    expect(hit.sectionId).toBe('s1');
    expect(hit.loc).toEqual({ line: 5, column: 1, endLine: 6, endColumn: 40 });
    expect(hit.snippet).toMatch(/^\+ Tại địa bàn đô thị: «100% trẻ em» trong .*…$/);
  });

  it('forgets the old text of a replaced document and honours the limit', async () => {
    await store.importExtraction(sampleExtraction());
    const text = SAMPLE_TEXT.replace('bồi dưỡng cán bộ', 'tập huấn cán bộ');
    await store.importExtraction(sampleExtraction({ text, sha256: 'b'.repeat(64) }));
    expect(await store.search('boi duong')).toEqual([]);
    expect((await store.search('tap huan')).length).toBe(1);
    await store.importExtraction(sampleExtraction({ path: 'corpus/001_other.txt' }));
    expect((await store.search('giao duc')).length).toBeGreaterThan(2);
    expect((await store.search('giao duc', { limit: 2 })).length).toBe(2);
  });
});

describe('lookup', () => {
  it('resolves a document by id, stem, path or symbol written loosely', async () => {
    const { id } = await store.importExtraction(sampleExtraction());
    for (const ref of [String(id), '000_sample', 'corpus/000_sample.txt', '2458/QĐ-UBND', '2458/qđ-ubnd', '2458/QD-UBND', ' 2458 /QĐ–UBND ']) {
      expect((await store.resolve(ref)).map((d) => d.id), ref).toEqual([id]);
    }
    expect(await store.resolve('9999/QĐ-UBND')).toEqual([]);
    await store.importExtraction(sampleExtraction({ path: 'corpus/001_other.txt' }));
    expect((await store.resolve('2458/QĐ-UBND')).length).toBe(2);
  });

  it('shows metadata, the section outline, counts and warnings', async () => {
    const { id } = await store.importExtraction(sampleExtraction());
    const d = (await store.show(id))!;
    expect(d.document).toEqual(sampleExtraction().document);
    expect(d.sections.map((s) => [s.label, s.kind, s.parentId])).toEqual([
      ['I', 'goals', null],
      ['III', 'organization', null],
      ['1', 'organization', 's2'],
    ]);
    expect(d.counts).toEqual({ sections: 3, targets: 1, baselines: 1, citations: 1, mentions: 1, responsibilities: 1, tasks: 1 });
    expect(d.warnings).toEqual(['signer title has two lines']);
    expect(await store.show(id + 1)).toBeNull();
    expect(await store.extraction(id + 1)).toBeNull();
  });

  it('lists one summary row per document', async () => {
    await store.importExtraction(sampleExtraction());
    const [row] = await store.list();
    expect(row).toMatchObject({ stem: '000_sample', type: 'Quyết định', symbol: '2458/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Gia Lai', date: '2025-10-31', warnings: 1 });
    expect(row!.counts.targets).toBe(1);
  });
});

describe('helpers', () => {
  it('stemOf and foldSymbol', () => {
    expect(stemOf('corpus/000_7e7f113ccca9c72f.txt')).toBe('000_7e7f113ccca9c72f');
    expect(stemOf('a/b.c/README')).toBe('README');
    expect(foldSymbol('51-KL/TƯ')).toBe('51-kl/tu');
    expect(foldSymbol('Số 2458 /QĐ–UBND')).toBe('so2458/qd-ubnd');
  });
});

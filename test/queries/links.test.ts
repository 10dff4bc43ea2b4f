/**
 * Citation links in the store: documents keyed from their headers, citations linked to them at
 * query time (whatever the import order), local symbols kept to their province, nicknames, and the
 * link index rebuilt by the migration for databases stored before it existed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { citationScope, keyParts, keysMatch } from '../../src/store/links.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { ALL, GL_3844, HP_LETTER, LC_3844, LC_PLAN, TTG_1609 } from './docs.js';
import { importAll } from './fixtures.js';

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-links-'));
  store = openSqliteStore(path.join(dir, 'q.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('keys', () => {
  it('index every spelling of a key alike and keep the year apart', () => {
    const k = keyParts('1609/QĐ-TTg|2022');
    expect(k).toEqual({ base: '1609/qd-ttg', year: 2022 });
    for (const v of ['1609 / QÐ-TTg|2022', '1609/qd-ttg|2022', ' 1609/QĐ–TTg | 2022']) expect(keyParts(v), v).toEqual(k);
    expect(keyParts('51-KL/TƯ')).toEqual(keyParts('51-KL/TW'));
    expect(keyParts('3844/KH-Ủy ban nhân dân tỉnh|2021')).toEqual(keyParts('3844/KH-UBND|2021'));
    expect(keyParts('Luật giáo dục năm 2019')).toEqual(keyParts('Luật Giáo dục|2019'));
  });

  it('match when the years agree or one side has none, never across years', () => {
    const base = keyParts('1609/QĐ-TTg');
    expect(keysMatch(base, keyParts('1609/QĐ-TTg|2022'))).toBe(true);
    expect(keysMatch(keyParts('1609/QĐ-TTg|2021'), keyParts('1609/QĐ-TTg|2022'))).toBe(false);
    expect(keysMatch(keyParts('105/2020/NĐ-CP'), keyParts('105/2020/NĐ-CP'))).toBe(true);
    expect(keysMatch(keyParts('1609/QĐ-TTg|2022'), keyParts('1609/QĐ-UBND|2022'))).toBe(false);
  });

  it('scope local symbols to a province and leave national ones free', () => {
    expect(citationScope({ symbol: '1609/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }, 'Lai Châu')).toBeNull();
    expect(citationScope({ symbol: '06/2019/TT-BGDĐT', issuer: null }, 'Lai Châu')).toBeNull();
    // the issuer the citation names wins over the citing document's own province
    expect(citationScope({ symbol: '3844/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Lai Châu' }, 'Gia Lai')).toBe('lai chau');
    expect(citationScope({ symbol: '104/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }, null)).toBe('hai phong');
    // a local authority cited without its place is the citing document's own
    expect(citationScope({ symbol: '2635/SGDĐT-GDMN', issuer: 'Sở Giáo dục và Đào tạo' }, 'Hải Phòng')).toBe('hai phong');
    expect(citationScope({ symbol: '2635/SGDĐT-GDMN', issuer: null }, null)).toBeNull();
  });
});

describe('links', () => {
  const linkedStems = async (stem: string) => {
    const [doc] = await store.resolve(stem);
    return Object.fromEntries((await store.references(doc!.id)).map((r) => [r.key, r.linked.map((d) => d.stem)]));
  };

  it.each([
    ['cited first', [TTG_1609, LC_3844, GL_3844, LC_PLAN]],
    ['citing first', [LC_PLAN, GL_3844, LC_3844, TTG_1609]],
  ])('link a citation to the stored document it names, %s', async (_order, docs) => {
    await importAll(store, docs);
    expect(await linkedStems('lc_plan')).toEqual({
      '1609/QĐ-TTg|2022': ['ttg_1609'],
      '2029/QĐ-BGDĐT|2023': [],
      // Gia Lai's 3844/KH-UBND of the same day is another document
      '3844/KH-UBND|2021': ['lc_3844'],
    });
  });

  it('forget the links of a document that is replaced or whose header changes', async () => {
    await importAll(store, [TTG_1609, LC_PLAN]);
    expect((await linkedStems('lc_plan'))['1609/QĐ-TTg|2022']).toEqual(['ttg_1609']);
    await importAll(store, [{ ...TTG_1609, meta: { ...TTG_1609.meta, number: '1610', symbol: '1610/QĐ-TTg' }, lines: [...TTG_1609.lines, 'sửa'] }]);
    expect((await linkedStems('lc_plan'))['1609/QĐ-TTg|2022']).toEqual([]);
  });

  it('read a key stored with Ð and link a citation without a year to any year of the symbol', async () => {
    await importAll(store, [TTG_1609, HP_LETTER]);
    expect((await linkedStems('hp_letter'))['1609/QÐ-TTg|2022']).toEqual(['ttg_1609']);
    expect((await store.documentsByKey('1609/QĐ-TTg')).map((d) => d.stem)).toEqual(['ttg_1609']);
    expect(await store.documentsByKey('1609/QĐ-TTg|2021')).toEqual([]);
  });

  it('do not link a document to itself', async () => {
    const selfCiting = { ...TTG_1609, citations: [{ key: '1609/QĐ-TTg|2022', symbol: '1609/QĐ-TTg', mentions: ['Số: 1609/QĐ-TTg'] }] };
    await importAll(store, [selfCiting]);
    expect((await linkedStems('ttg_1609'))['1609/QĐ-TTg|2022']).toEqual([]);
  });
});

describe('citing', () => {
  beforeEach(async () => {
    await importAll(store, ALL);
  });

  it('finds every mention of a key, with relation, location and how the key matched', async () => {
    const hits = await store.citing('1609/QĐ-TTg|2022');
    expect(hits.map((h) => [h.doc.stem, h.text, h.relation, h.loc?.line, h.match])).toEqual([
      ['lc_plan', 'Quyết định số 1609/QĐ-TTg ngày 26/12/2022', 'implements', 5, 'key'],
      ['lc_plan', 'Chương trình 1609', 'implements', 7, 'key'],
      // stored without locations: located from the line map kept at import
      ['hp_letter', 'Quyết định số 1609/QĐ-TTg ngày 27/12/2022', 'implements', 5, 'key'],
    ]);
    expect(hits[1]!.loc).toMatchObject({ line: 7, column: 'UBND tỉnh ban hành Kế hoạch triển khai thực hiện '.length + 1 });
    // the line map locates columns too, on lines normalization left alone
    expect(hits[2]!.loc).toMatchObject({ line: 5, column: '- Tiếp tục thực hiện '.length + 1 });
  });

  it('reads the key in any spelling; without a year it matches every year', async () => {
    const stems = async (k: string) => (await store.citing(k)).map((h) => h.doc.stem);
    for (const k of ['1609 / QÐ-TTg|2022', '1609/qd-ttg|2022', 'Quyết định số 1609/QĐ-TTg ngày 26/12/2022']) {
      expect(await stems(k), k).toEqual(['lc_plan', 'lc_plan', 'hp_letter']);
    }
    expect((await store.citing('1609/QĐ-TTg')).map((h) => h.match)).toEqual(['symbol', 'symbol', 'symbol']);
    expect(await stems('1609/QĐ-TTg|2021')).toEqual([]);
    expect(await stems('3844/KH-Ủy ban nhân dân tỉnh|2021')).toEqual(['lc_plan']);
  });

  it('finds the keys of a declared nickname without regard to case or diacritics', async () => {
    expect(await store.aliasKeys('Chương trình 1609')).toEqual([{ key: '1609/QĐ-TTg|2022', documents: 1 }]);
    expect(await store.aliasKeys('chuong trinh 1609')).toEqual([{ key: '1609/QĐ-TTg|2022', documents: 1 }]);
    expect(await store.aliasKeys('Chương trình 1610')).toEqual([]);
  });

  it('gives the audit every document with its citations, mentions located, and their links', async () => {
    const sources = await store.citationSources();
    expect(sources.map((s) => s.doc.stem)).toEqual(['gl_3844', 'hp_letter', 'lc_3844', 'lc_plan', 'nt_tasks', 'ttg_1609']);
    const hp = sources.find((s) => s.doc.stem === 'hp_letter')!;
    expect(hp.keys).toEqual(['512/PGDĐT|2024']);
    expect(hp.citations.map((c) => c.mentions.map((m) => m.loc?.line))).toEqual([[5], [7]]);
    expect(hp.linked.map((l) => l.map((d) => d.stem))).toEqual([['ttg_1609'], []]);
    expect(sources.find((s) => s.doc.stem === 'ttg_1609')!.keys).toEqual(['1609/QĐ-TTg|2022']);
  });
});

describe('documents read by queries', () => {
  const moved = { ...LC_PLAN, lines: [...LC_PLAN.lines, 'Nơi nhận:'], meta: { ...LC_PLAN.meta, province: 'Điện Biên', date: '2023-12-01' } };
  const seen = async (s: SqliteStore) => (await s.targets({ indicators: ['enrol.nursery'] })).map((t) => [t.province, t.doc.date]);

  it('are read again after this connection imports', async () => {
    await importAll(store, [LC_PLAN]);
    expect(await seen(store)).toEqual([['Lai Châu', '2023-11-10'], ['Lai Châu', '2023-11-10']]);
    await importAll(store, [moved]);
    expect(await seen(store)).toEqual([['Điện Biên', '2023-12-01'], ['Điện Biên', '2023-12-01']]);
  });

  it('are read again after another connection imports', async () => {
    await importAll(store, [LC_PLAN]);
    expect((await seen(store))[0]).toEqual(['Lai Châu', '2023-11-10']);
    const other = openSqliteStore(path.join(dir, 'q.db'));
    await importAll(other, [moved]);
    await other.close();
    expect((await seen(store))[0]).toEqual(['Điện Biên', '2023-12-01']);
  });
});

describe('migration 2', () => {
  it('rebuilds the link index of documents stored before it', async () => {
    await importAll(store, ALL);
    const snapshot = async () => ({
      refs: await store.references((await store.resolve('lc_plan'))[0]!.id),
      citing: await store.citing('1609/QĐ-TTg'),
      alias: await store.aliasKeys('Chương trình 1609'),
      duties: await store.duties(['Sở Giáo dục và Đào tạo']),
      targets: await store.targets({ province: 'lai chau' }),
      sources: await store.citationSources(),
    });
    const before = await snapshot();
    expect(before.refs.some((r) => r.linked.length)).toBe(true);
    expect(before.duties.some((d) => d.kind === 'task')).toBe(true);
    expect(before.targets.length).toBe(3);
    store.db.exec(`DELETE FROM doc_index; DELETE FROM doc_meta; DELETE FROM document_keys; DELETE FROM citation_aliases; DELETE FROM task_agencies;
      UPDATE citations SET match_base = NULL, key_year = NULL, scope = NULL;`);
    expect(store.db.prepare('SELECT count(*) AS n FROM doc_index').get()).toEqual({ n: 0 });
    store.db.transaction(() => MIGRATIONS[1]!.run!(store.db))();
    expect(await snapshot()).toEqual(before);
  });
});

/**
 * The query commands in-process on a hand-made database (test/queries/docs.ts): cites, refs,
 * audit, compare, indicators, agencies, duties.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ALL, HP_LETTER, LC_PLAN } from './docs.js';
import { importAll, type DocSpec } from './fixtures.js';
import { runCli } from '../support/cli.js';

const run = runCli;

const json = async (...argv: string[]) => {
  const r = await run(...argv, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Record<string, unknown>[];
};

let tmp: string;
let db: string;

async function makeDb(name: string, docs: readonly DocSpec[]): Promise<string> {
  const file = path.join(tmp, name);
  const store = openSqliteStore(file);
  await importAll(store, docs);
  await store.close();
  return file;
}

/** Written from the conventions: documents that give the audit something to find. */
const AUDITED: DocSpec[] = [
  // dated before the plan it cites, with the plan's date in the mention
  {
    stem: 'lc_early',
    meta: { type: 'Công văn', number: '88', symbol: '88/UBND-VX', issuer: 'Ủy ban nhân dân tỉnh Lai Châu', province: 'Lai Châu', date: '2021-06-01' },
    lines: ['Số: 88/UBND-VX', 'Triển khai Kế hoạch số 3844/KH-UBND ngày 18/11/2021 của UBND tỉnh.'],
    citations: [{ key: '3844/KH-UBND|2021', symbol: '3844/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Lai Châu', year: 2021, date: '2021-11-18', mentions: ['Kế hoạch số 3844/KH-UBND ngày 18/11/2021'] }],
  },
  // dated before the stored plan it cites, the mention giving no date: only the link can tell
  {
    stem: 'lc_early2',
    meta: { type: 'Công văn', number: '90', symbol: '90/UBND-VX', issuer: 'Ủy ban nhân dân tỉnh Lai Châu', province: 'Lai Châu', date: '2021-10-01' },
    lines: ['Số: 90/UBND-VX', 'Thực hiện Kế hoạch 3844/KH-UBND của UBND tỉnh.'],
    citations: [{ key: '3844/KH-UBND', symbol: '3844/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Lai Châu', mentions: ['Kế hoạch 3844/KH-UBND'] }],
  },
  // the nickname without its declaration, and the stored plan one day off
  {
    stem: 'lc_nick',
    meta: { type: 'Báo cáo', number: '12', symbol: '12/BC-UBND', issuer: 'Ủy ban nhân dân tỉnh Lai Châu', province: 'Lai Châu', date: '2024-01-15' },
    lines: ['Số: 12/BC-UBND', 'Kết quả thực hiện Chương trình 1609 năm 2023.', 'Theo Kế hoạch số 3844/KH-UBND ngày 19/11/2021 của UBND tỉnh.'],
    citations: [
      { key: '1609/QĐ-TTg|2022', type: 'Quyết định', symbol: '1609/QĐ-TTg', year: 2022, issuer: 'Thủ tướng Chính phủ', mentions: ['Chương trình 1609'] },
      { key: '3844/KH-UBND|2021', type: 'Kế hoạch', symbol: '3844/KH-UBND', year: 2021, issuer: 'Ủy ban nhân dân tỉnh Lai Châu', date: '2021-11-19', mentions: ['Kế hoạch số 3844/KH-UBND ngày 19/11/2021'] },
    ],
  },
];

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-queries-'));
  db = await makeDb('all.db', ALL);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cites', () => {
  it('resolves a nickname to its key and lists every document citing it, nickname or not', async () => {
    const rows = await json('cites', 'Chương', 'trình', '1609', '--db', db);
    expect(rows.map((r) => [r.document, r.key, r.relation, r.mention, r.file, r.line])).toEqual([
      ['lc_plan', '1609/QĐ-TTg|2022', 'implements', 'Quyết định số 1609/QĐ-TTg ngày 26/12/2022', 'corpus/lc_plan.txt', 5],
      ['lc_plan', '1609/QĐ-TTg|2022', 'implements', 'Chương trình 1609', 'corpus/lc_plan.txt', 7],
      ['hp_letter', '1609/QÐ-TTg|2022', 'implements', 'Quyết định số 1609/QĐ-TTg ngày 27/12/2022', 'corpus/hp_letter.txt', 5],
    ]);
  });

  it('accepts spaced and variant spellings of the key, and says where the cited document is stored', async () => {
    const plain = await run('cites', '1609/QĐ-TTg|2022', '--db', db);
    expect(plain.code).toBe(0);
    expect(plain.out.split('\n')[0]).toBe('1609/QĐ-TTg|2022: 3 mentions in 2 documents; stored as 1609/QĐ-TTg (ttg_1609)');
    for (const variant of [['1609', '/', 'QÐ-TTg|2022'], ['1609/qd-ttg|2022']]) {
      expect((await run('cites', ...variant, '--db', db)).out, variant.join(' ')).toBe(plain.out);
    }
    const other = await run('cites', '1609/QĐ-TTg|2021', '--db', db);
    expect(other).toMatchObject({ code: 0, out: '', err: 'no stored document cites 1609/QĐ-TTg|2021\n' });
  });

  it('knows the registry nickname when no stored document declares it', async () => {
    const file = await makeDb('hp.db', [HP_LETTER]);
    const rows = await json('cites', 'chuong trinh 1609', '--db', file);
    expect(rows.map((r) => r.document)).toEqual(['hp_letter']);
  });

  it('does not guess between documents one nickname names', async () => {
    const declares = (stem: string, key: string, symbol: string): DocSpec => ({
      stem,
      lines: [`Thực hiện Quyết định số ${symbol} (sau đây gọi tắt là Chương trình); triển khai Chương trình.`],
      citations: [{ key, symbol, aliases: ['Chương trình'], mentions: [`Quyết định số ${symbol}`] }],
    });
    const file = await makeDb('ambiguous.db', [declares('a', '2270/QĐ-TTg|2025', '2270/QĐ-TTg'), declares('b', '1677/QĐ-TTg|2018', '1677/QĐ-TTg')]);
    const r = await run('cites', 'Chương trình', '--db', file);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('"Chương trình" is a nickname of several documents');
    expect(r.err).toContain('2270/QĐ-TTg|2025');
    expect(r.err).toContain('1677/QĐ-TTg|2018');
  });
});

describe('refs', () => {
  it('marks each citation linked (with the stored document) or external', async () => {
    const rows = await json('refs', 'lc_plan', '--db', db);
    expect(rows.map((r) => [r.key, r.status, r.linked, r.mentions, r.line])).toEqual([
      ['1609/QĐ-TTg|2022', 'linked', ['ttg_1609'], 2, 5],
      ['2029/QĐ-BGDĐT|2023', 'external', [], 1, 6],
      ['3844/KH-UBND|2021', 'linked', ['lc_3844'], 1, 15],
    ]);
    // by symbol, in the text table
    const table = await run('refs', '1205/kh-ubnd', '--db', db);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^3844\/KH-UBND\|2021 +Kế hoạch +2021-11-18 +refers +1 +15 +linked +lc_3844 /m);
  });

  it('fails on a document it cannot name', async () => {
    expect(await run('refs', 'nothing', '--db', db)).toMatchObject({ code: 1, err: 'no stored document matches "nothing"\n' });
  });
});

describe('audit', () => {
  it('reports each kind of finding with documents and lines, and exits 0', async () => {
    const file = await makeDb('audit.db', [...ALL, ...AUDITED]);
    const r = await run('audit', '--db', file, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { kind: string; key: string; where: string[]; expected: string | null }[];
    const found = rows.map((f) => [f.kind, f.key, f.where]);
    // the same key with different dates (LC_PLAN says 26/12, HP_LETTER 27/12 under a key spelled with Ð)
    expect(found).toContainEqual(['date-conflict', '1609/QĐ-TTg|2022', ['corpus/hp_letter.txt:5', 'corpus/lc_plan.txt:5']]);
    // a citing document dated before the date its mention gives
    expect(found).toContainEqual(['cited-before-issued', '3844/KH-UBND|2021', ['corpus/lc_early.txt:2']]);
    // … and before the stored document, which only the link knows
    expect(found).toContainEqual(['cited-before-issued', '3844/KH-UBND', ['corpus/lc_early2.txt:2']]);
    // a decree cited without the year its type requires
    expect(rows.find((f) => f.kind === 'symbol-missing-year')).toMatchObject({ key: '80/NĐ-CP|2017', where: ['corpus/hp_letter.txt:7'], expected: '80/2017/NĐ-CP' });
    // a nickname used without its declaration (LC_PLAN declares it, LC_NICK does not)
    expect(found).toContainEqual(['undeclared-nickname', '1609/QĐ-TTg|2022', ['corpus/lc_nick.txt:2']]);
    expect(found.filter((f) => f[0] === 'undeclared-nickname')).toHaveLength(1);
    // a date against the registry, and against the stored document itself
    expect(rows.find((f) => f.kind === 'registry-date')).toMatchObject({ key: '1609/QĐ-TTg|2022', where: ['corpus/hp_letter.txt:5'], expected: '2022-12-26' });
    expect(rows.find((f) => f.kind === 'stored-date')).toMatchObject({ key: '3844/KH-UBND|2021', where: ['corpus/lc_nick.txt:3'], expected: '2021-11-18' });
    // the registry already said HP_LETTER's 1609 date is wrong; the stored document does not repeat it
    expect(rows.filter((f) => f.where.includes('corpus/hp_letter.txt:5') && f.kind !== 'date-conflict')).toHaveLength(1);
  });

  it('prints a table naming documents and lines, and says when there is nothing to report', async () => {
    const r = await run('audit', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^symbol-missing-year +80\/NĐ-CP\|2017 +corpus\/hp_letter\.txt:7 +80\/2017\/NĐ-CP/m);
    const clean = await makeDb('clean.db', [LC_PLAN]);
    expect(await run('audit', '--db', clean)).toEqual({ code: 0, out: '', err: 'no findings in 1 document\n' });
  });

  it('fails without a database', async () => {
    const r = await run('audit', '--db', path.join(tmp, 'none.db'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('no database at');
  });
});

describe('compare and indicators', () => {
  it('gives one row per target of an indicator, grouped by province then document', async () => {
    const rows = await json('compare', 'enrol.nursery', '--db', db);
    expect(rows.map((r) => [r.province, r.document, r.year, r.target, r.value, r.line])).toEqual([
      ['Hải Phòng', 'hp_letter', 2025, '= 45%', 45, 8],
      ['Lai Châu', 'lc_plan', 2025, '≥ 27%', 27, 8],
      ['Lai Châu', 'lc_plan', 2030, '≥ 28%', 28, 9],
    ]);
    expect(rows[1]).toMatchObject({ indicator: 'enrol.nursery', level: 'province', symbol: '1205/KH-UBND', date: '2023-11-10', comparator: '>=', unit: 'percent', text: 'Có ít nhất 27% trở lên trẻ em trong độ tuổi nhà trẻ' });
  });

  it('filters by indicator group, year and province written any way', async () => {
    const rows = await json('compare', 'enrol', '--year', '2025', '--province', 'tinh lai chau', '--db', db);
    expect(rows.map((r) => [r.indicator, r.document, r.year, r.target])).toEqual([
      ['enrol.kindergarten', 'lc_plan', 2025, '≥ 99%'],
      ['enrol.nursery', 'lc_plan', 2025, '≥ 27%'],
    ]);
    expect(await run('compare', 'enrol.bogus', '--db', db)).toMatchObject({ code: 1, err: 'unknown indicator: enrol.bogus (see vanban indicators)\n' });
    expect((await run('compare', '--year', 'soon', '--db', db)).code).toBe(2);
  });

  it('pivots indicators × documents when no indicator is named', async () => {
    const rows = await json('compare', '--db', db);
    // ids follow the import order of ALL: lc_plan is 2, hp_letter 5
    expect(rows.map((r) => r.indicator)).toEqual(['enrol.kindergarten', 'enrol.nursery']);
    expect(Object.keys(rows[0]!)).toEqual(['indicator', 'label', 'doc2', 'doc5']);
    expect(rows[1]).toEqual({ indicator: 'enrol.nursery', label: expect.stringContaining('nursery'), doc2: '≥ 27% (2025); ≥ 28% (2030)', doc5: '= 45% (2025)' });
    const table = await run('compare', '--db', db);
    // documents as columns, headed by their symbols, in date order
    expect(table.out.split('\n')[0]).toMatch(/^indicator +label +1205\/KH-UBND +512\/PGDĐT$/);
  });

  it('counts targets and documents per indicator', async () => {
    const rows = await json('indicators', '--db', db);
    expect(rows.find((r) => r.indicator === 'enrol.nursery')).toMatchObject({ targets: 3, documents: 2, pack: 'preschool' });
    expect(rows.find((r) => r.indicator === 'staff.ratio')).toMatchObject({ targets: 0, documents: 0 });
  });
});

describe('agencies and duties', () => {
  it('shows each agency’s roles in each document', async () => {
    const rows = await json('agencies', '--db', db);
    const sgd = rows.find((r) => r.agency === 'Sở Giáo dục và Đào tạo')!;
    expect(sgd).toEqual({ agency: 'Sở Giáo dục và Đào tạo', documents: 2, doc6: 'lead, coordinate', doc2: 'lead' });
    expect(rows.find((r) => r.agency === 'Ủy ban nhân dân cấp huyện')).toMatchObject({ documents: 1, doc6: 'lead, coordinate', doc2: null });
    // agencies in the most documents first
    expect(rows.map((r) => r.documents)).toEqual([...rows.map((r) => r.documents as number)].sort((a, b) => b - a));
    const lc = await json('agencies', '--province', 'Lai Châu', '--db', db);
    expect(lc.map((r) => Object.keys(r))).toEqual([['agency', 'documents', 'doc2'], ['agency', 'documents', 'doc2']]);
  });

  it('lists the duties and tasks of an agency under an alias, once each, with deadlines and partners', async () => {
    const rows = await json('duties', 'Sở', 'GD&ĐT', '--db', db);
    // documents in date order (the Ninh Thuận table of 9/2023 first), items in text order
    expect(rows.map((r) => [r.document, r.kind, r.role, r.number, r.deadline, r.line])).toEqual([
      ['nt_tasks', 'task', 'lead', '1', '2023 – 2030', 3],
      ['nt_tasks', 'task', 'coordinate', '2', 'Hằng năm', 4],
      ['lc_plan', 'duty', 'lead', null, null, 10],
      ['lc_plan', 'duty', 'lead', null, null, 10],
    ]);
    expect(rows[0]).toMatchObject({ agency: 'Sở Giáo dục và Đào tạo', text: 'Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.', partners: ['Ủy ban nhân dân cấp huyện', 'Sở Tài chính'] });
    expect(rows[1]!.partners).toEqual(['Ủy ban nhân dân cấp huyện']);
    expect(rows[2]).toMatchObject({ text: 'Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành liên quan tham mưu UBND tỉnh triển khai thực hiện Kế hoạch.', partners: ['Sở Tài chính'] });
    expect((await json('duties', 'Sở Giáo dục và Đào tạo', '--db', db)).length).toBe(4);
    expect((await json('duties', 'UBND các huyện', '--db', db)).map((r) => [r.kind, r.role])).toEqual([
      ['task', 'coordinate'],
      ['task', 'lead'],
    ]);
    expect(await run('duties', 'Sở Ngoại vụ', '--db', db)).toMatchObject({ code: 0, out: '', err: 'no duties of Sở Ngoại vụ\n' });
  });

  it('keeps to one province named after the agency or with --province', async () => {
    const docs = async (...argv: string[]) => [...new Set((await json('duties', ...argv, '--db', db)).map((r) => r.document))];
    expect(await docs('Sở GD&ĐT tỉnh Lai Châu')).toEqual(['lc_plan']);
    expect(await docs('Sở GDĐT', '--province', 'ninh thuan')).toEqual(['nt_tasks']);
    expect(await run('duties', 'Sở GD&ĐT tỉnh Gia Lai', '--db', db)).toMatchObject({ code: 0, err: 'no duties of Sở GD&ĐT tỉnh Gia Lai (read as Sở Giáo dục và Đào tạo in Gia Lai)\n' });
  });
});

describe('usage', () => {
  it('prints help for every query command', async () => {
    const top = await run('--help');
    for (const cmd of ['cites', 'refs', 'audit', 'compare', 'indicators', 'agencies', 'duties']) {
      expect(top.out).toContain(cmd);
      const r = await run(cmd, '--help');
      expect(r.code, cmd).toBe(0);
      expect(r.out, cmd).toMatch(new RegExp(`^Usage: vanban ${cmd}`));
      expect(r.out, cmd).toContain('--format <format>');
    }
  });
});

/**
 * The shared output of the query commands: text table, CSV, JSON and XLSX, to stdout or --out,
 * and the usage errors of the format options.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText, toCsv, toTable, type Report } from '../../src/cli/report.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ALL } from './docs.js';
import { importAll } from './fixtures.js';
import { runCli } from '../support/cli.js';

const run = runCli;

let tmp: string;
let db: string;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-report-'));
  db = path.join(tmp, 'q.db');
  const store = openSqliteStore(db);
  await importAll(store, ALL);
  await store.close();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REPORT: Report = {
  title: 'duties',
  columns: [
    { key: 'agency', header: 'agency' },
    { key: 'text', header: 'duty', max: 20 },
    { key: 'n', header: 'n' },
    { key: 'partners', header: 'partners' },
    { key: 'hidden', header: 'hidden', table: false },
  ],
  rows: [
    { agency: 'Sở Giáo dục và Đào tạo', text: 'Là cơ quan thường trực, chủ trì, phối hợp', n: 2, partners: ['Sở Tài chính', 'Ủy ban nhân dân cấp huyện'], hidden: 'x' },
    { agency: 'Báo Lai Châu', text: 'Đăng tin “Chương trình 1609” và bài "Tuổi thơ"\nlần 2', n: null, partners: [], hidden: null },
    { agency: ' Sở Tài chính', text: 'Bố trí kinh phí', n: 0.5, partners: ['Sở Giáo dục và Đào tạo'], hidden: 'y' },
  ],
};

describe('formats', () => {
  it('CSV quotes fields with commas, quotes, line breaks or edge spaces, and keeps Vietnamese as is', () => {
    expect(toCsv(REPORT).split('\r\n')).toEqual([
      'agency,duty,n,partners,hidden',
      'Sở Giáo dục và Đào tạo,"Là cơ quan thường trực, chủ trì, phối hợp",2,Sở Tài chính; Ủy ban nhân dân cấp huyện,x',
      'Báo Lai Châu,"Đăng tin “Chương trình 1609” và bài ""Tuổi thơ""\nlần 2",,,',
      '" Sở Tài chính",Bố trí kinh phí,0.5,Sở Giáo dục và Đào tạo,y',
      '',
    ]);
  });

  it('a text table cuts long cells, puts lines on one line, shows nothing as "-" and leaves out table: false columns', () => {
    expect(toTable(REPORT).split('\n')).toEqual([
      'agency                  duty                  n    partners',
      'Sở Giáo dục và Đào tạo  Là cơ quan thường t…  2    Sở Tài chính; Ủy ban nhân dân cấp huyện',
      'Báo Lai Châu            Đăng tin “Chương tr…  -    -',
      'Sở Tài chính            Bố trí kinh phí       0.5  Sở Giáo dục và Đào tạo',
      '',
    ]);
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });

  it('JSON prints the rows whole, fields without a column included', async () => {
    const r = await run('duties', 'Sở Tài chính', '--db', db, '--format', 'json');
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows).toEqual([
      {
        agency: 'Sở Tài chính',
        role: 'coordinate',
        kind: 'task',
        document: 'nt_tasks',
        symbol: '/KH-UBND',
        date: '2023-09',
        number: '1',
        text: 'Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.',
        deadline: '2023 – 2030',
        partners: ['Sở Giáo dục và Đào tạo'],
        file: 'corpus/nt_tasks.txt',
        line: 3,
      },
      expect.objectContaining({ kind: 'duty', document: 'lc_plan', text: 'Phối hợp với Sở GD&ĐT tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.', line: 13 }),
    ]);
    // --json is the same
    expect((await run('duties', 'Sở Tài chính', '--db', db, '--json')).out).toBe(r.out);
  });

  it('writes CSV to a file with a byte-order mark for Excel, and says so on stderr', async () => {
    const file = path.join(tmp, 'out', 'duties.csv');
    const r = await run('duties', 'Sở GDĐT', '--db', db, '--out', file);
    expect(r).toEqual({ code: 0, out: '', err: `wrote 4 rows to ${file}\n` });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFagency,role,kind,document,symbol,date,no.,duty or task,deadline,partners,file,line\r\n')).toBe(true);
    expect(text).toContain(',"Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.",2023 – 2030,Ủy ban nhân dân cấp huyện; Sở Tài chính,');
    // to stdout, no mark
    expect((await run('duties', 'Sở GDĐT', '--db', db, '--format', 'csv')).out).toBe(text.slice(1));
  });

  it('XLSX has a frozen header row, fitted widths, numbers as numbers and the rows JSON gives', async () => {
    const file = path.join(tmp, 'compare.xlsx');
    expect(await run('compare', 'enrol', '--db', db, '--out', file)).toEqual({ code: 0, out: '', err: `wrote 5 rows to ${file}\n` });
    const rows = JSON.parse((await run('compare', 'enrol', '--db', db, '--json')).out) as Record<string, unknown>[];
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('targets');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(Object.keys(rows[0]!));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const read: Record<string, unknown>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      read.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
    });
    expect(read).toEqual(rows);
    expect(read.some((r) => r.text === 'có ít nhất 28% trở lên trẻ em trong độ tuổi nhà trẻ')).toBe(true);
    expect(typeof sheet.getRow(2).getCell(header.indexOf('value') + 1).value).toBe('number');
    const textCol = sheet.getColumn(header.indexOf('text') + 1);
    expect(textCol.width).toBe('99% trở lên trẻ em trong độ tuổi mẫu giáo vùng khó khăn'.length + 2);
    expect(sheet.getColumn(header.indexOf('year') + 1).width).toBe(6);
  });

  it('takes the format from the --out extension, else a text table', async () => {
    const file = path.join(tmp, 'refs.json');
    await run('refs', 'lc_plan', '--db', db, '--out', file);
    expect((JSON.parse(readFileSync(file, 'utf8')) as unknown[]).length).toBe(3);
    const txt = path.join(tmp, 'refs.txt');
    await run('refs', 'lc_plan', '--db', db, '--out', txt);
    expect(readFileSync(txt, 'utf8')).toBe((await run('refs', 'lc_plan', '--db', db)).out);
  });

  it('refuses contradictory or impossible options as bad usage, before querying', async () => {
    const none = path.join(tmp, 'no-such.db');
    for (const argv of [
      ['compare', '--format', 'xlsx', '--db', none],
      ['compare', '--json', '--format', 'csv', '--db', none],
      ['agencies', '--format', 'pdf', '--db', none],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.out).toBe('');
    }
    expect((await run('compare', '--format', 'xlsx')).err).toContain('--out FILE.xlsx');
  });
});

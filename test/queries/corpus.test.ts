/**
 * The query commands on the development corpus, through the whole pipeline (`vanban run`). The
 * expectations are facts of the gold extractions (test/gold), so they hold while the extractors
 * agree with the gold.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const S0 = '000_7e7f113ccca9c72f';
const S1 = '001_8e02962e2ec160c3';
const S2 = '002_51be01270951ac2e';
const S3 = '003_31b3bf059ba1da7a';
const S4 = '004_c9b331be775b570d';

const run = runCli;

let tmp: string;
let db: string;
const json = async (...argv: string[]) => {
  const r = await run(...argv, '--db', db, '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Record<string, unknown>[];
};

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-queries-corpus-'));
  db = path.join(tmp, 'corpus.db');
  const r = await run('run', 'corpus', '--db', db, '--out', path.join(tmp, 'out'));
  expect(r.code, r.err).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the corpus', () => {
  it('cites: the nickname S2 declares finds its mentions, formal and nickname', async () => {
    const rows = await json('cites', 'Chương trình 1609');
    expect(rows.map((r) => r.document)).toContain(S2);
    expect(rows.filter((r) => r.document === S2 && r.mention === 'Chương trình 1609').length).toBeGreaterThan(0);
    expect(rows.every((r) => r.key === '1609/QĐ-TTg|2022')).toBe(true);
    expect(rows.find((r) => r.document === S2 && r.line === 9)).toMatchObject({ mention: expect.stringContaining('1609/QĐ-TTg ngày 26/12/2022') });
  });

  it('refs: no corpus document is cited by another, so every citation is external', async () => {
    const rows = await json('refs', S2);
    expect(rows.map((r) => r.key)).toContain('3844/KH-UBND|2021');
    expect(rows.every((r) => r.status === 'external')).toBe(true);
  });

  it('audit: S4 cites Nghị định 80/NĐ-CP without the year its type requires', async () => {
    const rows = await json('audit');
    expect(rows.find((r) => r.kind === 'symbol-missing-year')).toMatchObject({ key: '80/NĐ-CP|2017', where: [`corpus/${S4}.txt:108`], expected: '80/2017/NĐ-CP' });
  });

  it('compare: nursery enrolment across four provinces', async () => {
    const rows = await json('compare', 'enrol.nursery');
    expect(rows.map((r) => [r.province, r.document, r.year, r.target])).toEqual([
      ['Gia Lai', S0, 2035, '= 100%'],
      ['Hà Nội', S1, 2025, '≥ 55%'],
      ['Hải Phòng', S4, 2025, '= 45%'],
      ['Lai Châu', S2, 2025, '≥ 27%'],
      ['Lai Châu', S2, 2030, '≥ 28%'],
    ]);
  });

  it('duties: "Sở GD&ĐT" finds the tasks S3’s table gives Sở Giáo dục và Đào tạo, with deadlines', async () => {
    const rows = await json('duties', 'Sở GD&ĐT');
    const tasks = rows.filter((r) => r.kind === 'task');
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((r) => r.document === S3 && r.agency === 'Sở Giáo dục và Đào tạo')).toBe(true);
    expect(tasks[0]).toMatchObject({ role: 'lead', number: '1', text: 'Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.', deadline: '2023 – 2030' });
    expect(new Set(rows.map((r) => r.document))).toContain(S0);
  });
});

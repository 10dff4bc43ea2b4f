/**
 * Bad input in a batch (issue 6): every bad fixture fails with its documented reason, the good
 * files of the same batch still import, and the database holds nothing of a failed file.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { runCli } from '../support/cli.js';

const BAD: Array<[string, RegExp]> = [
  ['bad-empty.txt', /empty file/],
  ['bad-encrypted.pdf', /encrypted PDF: a password is needed/],
  ['bad-truncated.pdf', /damaged or truncated PDF/],
  ['bad-not-a-docx.docx', /not a DOCX file/],
  ['scanned-000-pages-1-2.pdf', /no text layer: scanned document, OCR needed/],
];
const GOOD = ['001_8e02962e2ec160c3.docx', '004_c9b331be775b570d.pdf'];

const run = runCli;

function counts(db: string): Record<string, number> {
  const d = new Database(db, { readonly: true });
  try {
    const tables = ['documents', 'sections', 'targets', 'citations', 'responsibilities', 'tasks'];
    return Object.fromEntries(tables.map((t) => [t, (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    d.close();
  }
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-bad-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a batch with bad files', () => {
  it('reports each bad file with its reason, imports the good ones, stores nothing of the bad ones', async () => {
    const batch = path.join(tmp, 'batch');
    const good = path.join(tmp, 'good');
    mkdirSync(batch);
    mkdirSync(good);
    for (const [f] of BAD) copyFileSync(path.join(ROOT, 'test/fixtures', f), path.join(batch, f));
    for (const f of GOOD) {
      copyFileSync(path.join(ROOT, 'test/fixtures', f), path.join(batch, f));
      copyFileSync(path.join(ROOT, 'test/fixtures', f), path.join(good, f));
    }
    const mixedDb = path.join(tmp, 'mixed.db');
    const r = await run('import', batch, '--db', mixedDb, '--no-ocr', '--jobs', '1');
    expect(r.code).toBe(1);
    for (const [f, reason] of BAD) expect(r.err + r.out, f).toMatch(new RegExp(`${f.replace(/\./g, '\\.')}.*${reason.source}`));

    const goodDb = path.join(tmp, 'good.db');
    expect((await run('import', good, '--db', goodDb, '--jobs', '1')).code).toBe(0);
    // the same rows as importing the good files alone: nothing of a failed file was kept
    expect(counts(mixedDb)).toEqual(counts(goodDb));
    expect(counts(mixedDb).documents).toBe(GOOD.length);

    // a second import of the same batch changes nothing
    const again = await run('import', batch, '--db', mixedDb, '--no-ocr', '--jobs', '1');
    expect(again.code).toBe(1);
    expect(counts(mixedDb)).toEqual(counts(goodDb));
  });
});

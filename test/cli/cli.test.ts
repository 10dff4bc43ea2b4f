/**
 * The CLI in-process, on the real corpus through the real pipeline, with temporary databases and
 * output folders. bin.test.ts runs the built program as a user does.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Extraction } from '../../src/contract/schema.js';
import { asciiFold } from '../../src/text/vietnamese.js';
import { runCli } from '../support/cli.js';

const DOC0 = 'corpus/000_7e7f113ccca9c72f.txt';
const DOC1 = 'corpus/001_8e02962e2ec160c3.txt';
const EMPTY = 'test/fixtures/bad-empty.txt';
const CORPUS_SIZE = readdirSync('corpus').filter((f) => f.endsWith('.txt')).length;

const run = runCli;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('usage', () => {
  it('exits 2 on bad usage and names the mistake', async () => {
    for (const argv of [[], ['bogus'], ['extract'], ['extract', DOC0, '--bogus'], ['search', 'x', '--limit', 'many'], ['search', 'x', '--limit', '0'], ['eval', '--check', '--write-baseline'], ['list', 'extra']]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).not.toBe('');
      expect(r.out, argv.join(' ')).toBe('');
    }
    expect((await run('search', 'x', '--limit', 'many')).err).toMatch(/--limit.*whole number/);
  });

  it('prints help for the program and every command with exit 0', async () => {
    const top = await run('--help');
    expect(top.code).toBe(0);
    expect(await run('--version')).toEqual({ code: 0, out: `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`, err: '' });
    for (const cmd of ['extract', 'import', 'list', 'show', 'search', 'run', 'schema', 'eval']) {
      expect(top.out).toContain(cmd);
      const r = await run(cmd, '--help');
      expect(r.code, cmd).toBe(0);
      expect(r.out, cmd).toMatch(new RegExp(`^Usage: vanban ${cmd}`));
    }
  });
});

describe('extract', () => {
  it('prints one object for one file, with source.path relative to the current folder', async () => {
    const r = await run('extract', DOC0, '--json');
    expect(r.code).toBe(0);
    const x = Extraction.parse(JSON.parse(r.out));
    expect(x.source.path).toBe(DOC0);
    expect(x.document.symbol).toBe('2458/QĐ-UBND');
    // without --out, JSON is the default
    expect((await run('extract', DOC0)).out).toBe(r.out);
  });

  it('prints an array for two files', async () => {
    const r = await run('extract', DOC0, DOC1, '--json');
    expect(r.code).toBe(0);
    const xs = JSON.parse(r.out) as unknown[];
    expect(xs.map((x) => Extraction.parse(x).source.path)).toEqual([DOC0, DOC1]);
  });

  it('reports a bad file on stderr, extracts the others and exits 1', async () => {
    const r = await run('extract', 'corpus', EMPTY, 'no/such/file.txt', '--json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as Extraction[]).length).toBe(CORPUS_SIZE);
    expect(r.err).toContain(`${EMPTY}: empty file`);
    expect(r.err).toContain('no/such/file.txt: no such file or folder');
  });

  it('names an unsupported format', async () => {
    const file = path.join(tmp, 'plan.odt');
    writeFileSync(file, 'Kế hoạch');
    const r = await run('extract', file);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/plan\.odt: .*\.odt/);
  });

  it('writes <stem>.json files, pretty with a trailing newline', async () => {
    const out = path.join(tmp, 'extracted');
    const r = await run('extract', DOC0, DOC1, '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['000_7e7f113ccca9c72f.json', '001_8e02962e2ec160c3.json']);
    const text = readFileSync(path.join(out, '000_7e7f113ccca9c72f.json'), 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(r.out).toContain(`extracted  ${DOC0} -> `);
  });

  it('refuses a second file with the same stem when writing files', async () => {
    const dir = path.join(tmp, 'same-stem');
    mkdirSync(dir);
    copyFileSync(DOC0, path.join(dir, '000_7e7f113ccca9c72f.md'));
    const r = await run('extract', DOC0, path.join(dir, '000_7e7f113ccca9c72f.md'), '--out', path.join(tmp, 'same-out'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/000_7e7f113ccca9c72f\.md: same file stem as corpus\/000_7e7f113ccca9c72f\.txt/);
  });
});

describe('database commands', () => {
  let db: string;
  beforeAll(() => {
    db = path.join(tmp, 'db', 'vanban.db');
  });

  it('import: stores a folder, reports a bad file and exits 1; the good files are stored', async () => {
    const r = await run('import', 'corpus', EMPTY, '--db', db);
    expect(r.code).toBe(1);
    expect(r.out.match(/^imported /gm)?.length).toBe(CORPUS_SIZE);
    expect(r.out).toContain(`${CORPUS_SIZE} imported, 0 replaced, 0 unchanged, 1 failed`);
    expect(r.err).toContain(`failed     ${EMPTY}: empty file`);
    const list = await run('list', '--db', db, '--json');
    expect((JSON.parse(list.out) as unknown[]).length).toBe(CORPUS_SIZE);
  });

  it('import again: every file unchanged, exit 0, still one copy each', async () => {
    const r = await run('import', 'corpus', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`0 imported, 0 replaced, ${CORPUS_SIZE} unchanged, 0 failed`);
    expect((JSON.parse((await run('list', '--db', db, '--json')).out) as unknown[]).length).toBe(CORPUS_SIZE);
  });

  it('import of a changed file replaces it', async () => {
    const dir = path.join(tmp, 'changing');
    mkdirSync(dir);
    const file = path.join(dir, 'ke-hoach.txt');
    copyFileSync(DOC1, file);
    const own = path.join(tmp, 'changing.db');
    expect((await run('import', file, '--db', own)).out).toMatch(/^imported +.*ke-hoach\.txt \(id 1\)/m);
    appendFileSync(file, '\nGhi chú: bản sửa đổi.\n');
    expect((await run('import', file, '--db', own)).out).toMatch(/^replaced +.*ke-hoach\.txt \(id 1\)/m);
    const docs = JSON.parse((await run('list', '--db', own, '--json')).out) as { stem: string }[];
    expect(docs.map((d) => d.stem)).toEqual(['ke-hoach']);
    expect((await run('search', 'ban sua doi', '--db', own, '--json')).out).toContain('«bản sửa đổi»');
  });

  it('list: one row per document with counts', async () => {
    const r = await run('list', '--db', db);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +stem +type +symbol +issuer +date +sections +targets +citations +resp\. +tasks +warnings$/);
    expect(lines.length).toBe(CORPUS_SIZE + 1);
    expect(r.out).toMatch(/000_7e7f113ccca9c72f +Quyết định +2458\/QĐ-UBND +Ủy ban nhân dân tỉnh Gia Lai +2025-10-31/);
  });

  it('show: by id, stem or symbol, with the section outline', async () => {
    const byStem = await run('show', '000_7e7f113ccca9c72f', '--db', db);
    expect(byStem.code).toBe(0);
    expect(byStem.out).toMatch(/^symbol +2458\/QĐ-UBND$/m);
    expect(byStem.out).toMatch(/^ {2}I\. MỤC TIÊU, CHỈ TIÊU {2}\[goals\]$/m);
    expect(byStem.out).toMatch(/^ {4}1\. Mục tiêu {2}\[goals\]$/m);
    const id = /\(id (\d+)\)/.exec(byStem.out)![1]!;
    expect((await run('show', id, '--db', db)).out).toBe(byStem.out);
    expect((await run('show', '2458/qd-ubnd', '--db', db)).out).toBe(byStem.out);
    expect((await run('show', `./${DOC0}`, '--db', db)).out).toBe(byStem.out);
  });

  it('show --json: items with spans and source locations', async () => {
    const r = await run('show', '000_7e7f113ccca9c72f', '--db', db, '--json');
    const j = JSON.parse(r.out) as { id: number; text?: string; sections: { span: [number, number]; loc: { line: number; column: number } }[] };
    expect(j.text).toBeUndefined();
    const goals = j.sections.find((s) => (s as unknown as { label: string }).label === 'I')!;
    expect(goals.loc).toMatchObject({ line: 27, column: 1 });
    const withText = JSON.parse((await run('show', String(j.id), '--db', db, '--json', '--text')).out) as { text: string };
    expect(withText.text.slice(goals.span[0], goals.span[0] + 21)).toBe('I. MỤC TIÊU, CHỈ TIÊU');
  });

  it('show: exit 1 when nothing or several documents match', async () => {
    const none = await run('show', '9999/QĐ-UBND', '--db', db);
    expect(none.code).toBe(1);
    expect(none.err).toContain('no stored document matches "9999/QĐ-UBND"');
    const several = await run('show', '/KH-UBND', '--db', db);
    expect(several.code).toBe(1);
    expect(several.err).toMatch(/"\/KH-UBND" matches \d+ documents/);
  });

  it('search: without diacritics, đ as d, with location and section', async () => {
    const r = await run('search', 'dao', 'tao', '--db', db, '--json', '--limit', '50');
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.out) as { path: string; snippet: string; loc: { line: number } | null; sectionHeading: string | null }[];
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.every((h) => /«đào tạo»/i.test(h.snippet))).toBe(true);
    expect(hits).toContainEqual(expect.objectContaining({ path: DOC0, sectionHeading: 'Sở Giáo dục và Đào tạo', loc: expect.objectContaining({ line: 79 }) }));
    const text = await run('search', 'giao duc mam non', '--db', db, '--limit', '3');
    expect(text.out).toMatch(/^corpus\/\S+\.txt:\d+:\d+ {2}\[/m);
    expect(text.out).toMatch(/«giáo dục mầm non»/i);
    expect(text.out.match(/^corpus/gm)?.length).toBe(3);
    const none = await run('search', 'xyzzy', '--db', db);
    expect([none.code, none.out, none.err]).toEqual([0, '', 'no matches\n']);
  });

  it('search: every location points at the match in the source file', async () => {
    type Hit = { path: string; span: [number, number]; snippet: string; loc: { line: number; column: number; endLine: number; endColumn: number } };
    const fold = (s: string) => asciiFold(s).replace(/\s+/g, ' ');
    let exact = 0;
    for (const query of ['giao duc mam non', 'dao tao', 'uy ban nhan dan', 'qd-ttg']) {
      const hits = JSON.parse((await run('search', query, '--db', db, '--json', '--limit', '200')).out) as Hit[];
      expect(hits.length, query).toBeGreaterThan(3);
      for (const h of hits) {
        const lines = readFileSync(h.path, 'utf8').split('\n');
        const from = lines[h.loc.line - 1]!.slice(h.loc.column - 1);
        if (h.loc.endColumn > h.loc.column) {
          // exact: the source holds the matched words at that very place
          exact++;
          expect(fold(from.slice(0, h.loc.endColumn - h.loc.column)), `${h.path}:${h.loc.line}`).toBe(fold(query));
        } else {
          // start of a line joined by normalization: the words follow within that paragraph
          expect(fold([from, ...lines.slice(h.loc.line, h.loc.line + 8)].join(' ')), `${h.path}:${h.loc.line}`).toMatch(
            new RegExp(fold(query).split(/[^a-z0-9]+/).join('[^a-z0-9]+')),
          );
        }
      }
    }
    expect(exact).toBeGreaterThan(10);
  });

  it('reading commands refuse a database that does not exist', async () => {
    const r = await run('list', '--db', path.join(tmp, 'none.db'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no database at/);
  });
});

describe('run, schema, eval', () => {
  it('run: JSON files, database and a table', async () => {
    const out = path.join(tmp, 'run-out');
    const db = path.join(tmp, 'run.db');
    const r = await run('run', 'corpus', '--out', out, '--db', db);
    expect(r.code).toBe(0);
    expect(readdirSync(out).length).toBe(CORPUS_SIZE);
    expect(r.out).toMatch(/^document +type +symbol +issuer +date +sections +warnings +database$/m);
    expect(r.out).toMatch(/^000_7e7f113ccca9c72f +Quyết định +2458\/QĐ-UBND +Ủy ban nhân dân tỉnh Gia Lai +2025-10-31 +\d+ +\d+ +imported$/m);
    expect(r.out).toContain(`${CORPUS_SIZE} extracted`);
    expect((await run('run', 'corpus', '--out', out, '--db', db)).out).toMatch(/ unchanged$/m);
  });

  it('schema: the contract as JSON Schema, to stdout or a file', async () => {
    const r = await run('schema');
    const schema = JSON.parse(r.out) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['source', 'document', 'sections', 'targets', 'citations']));
    const file = path.join(tmp, 'schema', 'contract.json');
    expect((await run('schema', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(r.out);
  });

  it('eval: prints the figures, records a baseline and checks against it', async () => {
    const baseline = path.join(tmp, 'baseline.json');
    const w = await run('eval', '--write-baseline', '--baseline', baseline);
    expect(w.code).toBe(0);
    expect(w.out).toMatch(/^sections found \d\.\d{3} {2}with right kind \d\.\d{3}$/m);
    expect(w.out).toMatch(/^citations F1 /m);
    const figures = JSON.parse(readFileSync(baseline, 'utf8')) as Record<string, number | null>;
    expect(figures).toHaveProperty('citations.f');
    expect(figures.document).toBeGreaterThan(0);
    expect((await run('eval', '--check', '--baseline', baseline)).code).toBe(0);
    writeFileSync(baseline, JSON.stringify({ ...figures, document: 1.5 }));
    const c = await run('eval', '--check', '--baseline', baseline);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/below baseline: document \d\.\d{3} < 1\.500/);
    expect((await run('eval', '--check', '--baseline', path.join(tmp, 'missing.json'))).code).toBe(1);
  });
});

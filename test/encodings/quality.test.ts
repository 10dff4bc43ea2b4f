import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { readPdf } from '../../src/ingest/pdf.js';
import { DAMAGED_BELOW, isDamaged, pageQuality } from '../../src/ingest/quality.js';
import { CORPUS, ROOT } from '../helpers.js';

const fixture = (name: string) => path.join(ROOT, 'test/fixtures', name);

/** Page texts as pdf-parse's getText gives them (the brief's reference reading of the fixtures). */
async function pdfPages(file: string): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

describe('pageQuality', () => {
  it('tells the damaged text layer of odd-missing-glyphs-000.pdf from the good one of the same document', async () => {
    const odd = (await pdfPages(fixture('odd-missing-glyphs-000.pdf'))).map(pageQuality);
    const good = (await pdfPages(fixture(`${CORPUS.s0}.pdf`))).map(pageQuality);
    expect(odd.filter(isDamaged).length).toBeGreaterThanOrEqual(5);
    expect(good.filter(isDamaged)).toEqual([]);
    for (const q of good) expect(q.quality).toBeGreaterThan(0.97);
    for (const q of odd.filter((p) => p.words >= 20)) expect(q.quality).toBeLessThan(DAMAGED_BELOW - 0.1);
    // the damage is both glued symbols ("VẾ)VIỆC", "U=Y") and wrong letters ("Quyềt", "chât")
    expect(odd[0]!.strays).toBeGreaterThan(50);
    expect(odd[0]!.valid).toBeLessThan(odd[0]!.words * 0.95);
  });

  it('does not judge a page with too few words', () => {
    expect(isDamaged(pageQuality('U=Y BAN NHÂN DÂN TI=NH\n2'))).toBe(false);
  });
});

describe('PDF reader: damaged text layer', () => {
  let dir: string;
  let savedPath: string | undefined;
  const log = () => path.join(dir, 'calls.log');
  /** A fake pdftotext first on PATH: logs its arguments, then runs `body`. */
  const stub = (body: string) => {
    const file = path.join(dir, 'pdftotext');
    writeFileSync(file, `#!/bin/sh\necho "$@" >> "${log()}"\n${body}\n`);
    chmodSync(file, 0o755);
    process.env['PATH'] = `${dir}${path.delimiter}${savedPath}`;
  };

  beforeAll(() => {
    savedPath = process.env['PATH'];
  });
  afterAll(() => {
    process.env['PATH'] = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });
  const fresh = () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(path.join(tmpdir(), 'vanban-pdftotext-'));
  };

  it('warns which pages are damaged, and says when pdftotext is not there to try', async () => {
    fresh();
    process.env['PATH'] = dir; // an empty folder: no pdftotext, whatever the machine has
    const pdf = await readPdf(readFileSync(fixture('odd-missing-glyphs-000.pdf')));
    expect(pdf.extractor).not.toBe('pdftotext');
    expect(pdf.messages).toEqual([
      expect.stringMatching(/^text layer damaged \(quality 0\.[5-7]\d on pages 1–5\); pdftotext \(poppler-utils\) is not on PATH/),
    ]);
    expect(pdf.source).toContain('VẾ)VIỆC');
  });

  it('keeps the text of pdftotext -raw when it reads better', async () => {
    fresh();
    const good = readFileSync(path.join(ROOT, 'corpus', `${CORPUS.s0}.txt`), 'utf8').split('\n');
    const pages = path.join(dir, 'pages.txt');
    writeFileSync(pages, [good.slice(0, 60), good.slice(60, 120), good.slice(120)].map((p) => p.join('\n') + '\n\f').join(''));
    stub(`cat "${pages}"`);
    const doc = await ingestFile(fixture('odd-missing-glyphs-000.pdf'), 'odd.pdf');
    const [args] = readFileSync(log(), 'utf8').split('\n');
    expect(args).toMatch(/^-raw -enc UTF-8 \S+\.pdf -$/);
    expect(doc.info).toMatchObject({ extractor: 'pdftotext', pages: 3 });
    expect(doc.source).toContain('Căn cứ Luật Tổ chức chính quyền địa phương');
    expect(doc.messages.map((m) => `${m.stage}: ${m.reason}`)).toEqual([
      expect.stringMatching(/^ingest: text layer damaged \(quality 0\.\d\d on pages 1–5\); pdftotext read it with quality 1\.00 \([\w.]+ 0\.\d\d\): kept pdftotext's text$/),
    ]);
  });

  it('keeps the first reading when pdftotext reads no better, and reports a failing pdftotext', async () => {
    fresh();
    const pages = path.join(dir, 'pages.txt');
    writeFileSync(pages, (await pdfPages(fixture('odd-missing-glyphs-000.pdf'))).join('\f') + '\f');
    stub(`cat "${pages}"`);
    let pdf = await readPdf(readFileSync(fixture('odd-missing-glyphs-000.pdf')));
    expect(pdf.extractor).not.toBe('pdftotext');
    expect(pdf.messages[0]).toMatch(/; pdftotext read it no better \(quality 0\.\d\d, ([\w.]+) 0\.\d\d\): kept \1's text$/);

    fresh();
    stub('echo "Syntax Error: broken xref" >&2; exit 1');
    pdf = await readPdf(readFileSync(fixture('odd-missing-glyphs-000.pdf')));
    expect(pdf.messages[0]).toMatch(/; pdftotext failed \(.*\)$/);
  });

  it('a good PDF gets no warning and pdftotext is not run', async () => {
    fresh();
    stub('exit 1');
    const pdf = await readPdf(readFileSync(fixture(`${CORPUS.s0}.pdf`)));
    expect(pdf.messages).toEqual([]);
    expect(pdf.quality).toBeGreaterThan(0.99);
    expect(existsSync(log())).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/pipeline.js';
import { ingestBytes, ingestFile } from '../../src/ingest/index.js';
import { CORPUS, ROOT } from '../helpers.js';

const fixture = (name: string) => path.join(ROOT, 'test/fixtures', name);

describe('text ingestion', () => {
  it('decodes UTF-16LE with a BOM to the same text as the UTF-8 original', async () => {
    const doc = await ingestFile(fixture('enc-utf16le-bom.txt'));
    const original = readFileSync(path.join(ROOT, 'corpus', `${CORPUS.s0}.txt`), 'utf8');
    expect(doc.info['encoding']).toBe('utf-16le');
    const lines = doc.source.replace(/\r\n/g, '\n').split('\n').filter(Boolean);
    expect(original.startsWith(lines[0]!)).toBe(true);
    expect(original).toContain(lines[lines.length - 1]!);
  });

  it('drops a UTF-8 BOM', async () => {
    const doc = await ingestBytes(Buffer.from('\ufeffKẾ HOẠCH\n', 'utf8'), 'txt', 'x.txt');
    expect(doc.source).toBe('KẾ HOẠCH\n');
    expect(doc.info['encoding']).toBe('utf-8-bom');
  });

  it('refuses an empty file and formats it does not read, naming the file and the reason', async () => {
    await expect(analyzeFile(fixture('bad-empty.txt'), { displayPath: 'bad-empty.txt' })).rejects.toThrow(/bad-empty\.txt: empty file/);
    await expect(analyzeFile(path.join(ROOT, 'package.json'))).rejects.toThrow(/unsupported format "\.json"/);
  });

  it('gives each bad PDF and DOCX fixture its documented error', async () => {
    const cases: Array<[string, RegExp]> = [
      ['bad-encrypted.pdf', /^bad-encrypted\.pdf: encrypted PDF: a password is needed/],
      ['bad-truncated.pdf', /^bad-truncated\.pdf: damaged or truncated PDF/],
      ['bad-not-a-docx.docx', /^bad-not-a-docx\.docx: not a DOCX file/],
      ['scanned-000-pages-1-2.pdf', /^scanned-000-pages-1-2\.pdf: no text layer: scanned document, OCR needed/],
    ];
    // ocr: false — with OCR the scanned fixture is read (test/pdf/ocr.test.ts)
    for (const [name, re] of cases) await expect(analyzeFile(fixture(name), { displayPath: name, ocr: false })).rejects.toThrow(re);
  });

  it('a missing file is an input error, not a crash', async () => {
    await expect(analyzeFile(path.join(ROOT, 'corpus/nope.txt'), { displayPath: 'corpus/nope.txt' })).rejects.toThrow(/corpus\/nope\.txt: cannot read file: ENOENT/);
  });
});

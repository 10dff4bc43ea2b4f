import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ocrPages } from '../../src/ingest/pdf/ocr.js';
import { readTextLayer } from '../../src/ingest/pdf/text-layer.js';
import { ROOT } from '../helpers.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures', name));

describe('PDF limits', () => {
  it('refuses a PDF with more pages than the limit', async () => {
    await expect(readTextLayer(fixture('003_31b3bf059ba1da7a.pdf'), { maxPages: 1 })).rejects.toThrow('PDF has 2 pages, over the limit of 1');
  });

  it('stops reading a PDF past its time limit', async () => {
    await expect(readTextLayer(fixture('003_31b3bf059ba1da7a.pdf'), { timeLimitMs: -1 })).rejects.toThrow(/^reading the PDF took longer than the limit of 0 s per file$/);
  });

  it('stops OCR past its time limit', async () => {
    await expect(ocrPages(fixture('scanned-000-pages-1-2.pdf'), [1, 2], -1)).rejects.toThrow(/^OCR of the scanned PDF took longer than the limit/);
  });

  it('keeps the documented errors for encrypted and truncated files', async () => {
    await expect(readTextLayer(fixture('bad-encrypted.pdf'))).rejects.toThrow(/^encrypted PDF: a password is needed/);
    await expect(readTextLayer(fixture('bad-truncated.pdf'))).rejects.toThrow(/^damaged or truncated PDF/);
  });
});

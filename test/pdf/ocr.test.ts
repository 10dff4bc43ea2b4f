import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsFromOcr } from '../../src/ingest/pdf/ocr.js';
import { analyzeFile } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';

const SCAN = path.join(ROOT, 'test/fixtures/scanned-000-pages-1-2.pdf');

describe('scanned PDFs', () => {
  it('OCRs a PDF without a text layer, marks it and keeps the confidence', async () => {
    const { doc, extraction } = await analyzeFile(SCAN, { displayPath: 'scanned.pdf' });
    expect(doc.info).toMatchObject({ ocr: true, extractor: 'ocr', ocrPages: 2 });
    expect(doc.info['ocrConfidence']).toBeGreaterThan(60);
    expect(extraction.warnings).toContainEqual(expect.stringMatching(/^ingest: text recognised by OCR \(mean confidence \d+%\)$/));
    expect(extraction.document.symbol).toBe('2458/QĐ-UBND');
    const cited = extraction.citations.find((c) => c.key.startsWith('2270/QĐ-TTg'));
    expect(cited?.mentions.some((m) => m.loc?.page === 1)).toBe(true);
  });

  it('without OCR, refuses the scan with the clear error', async () => {
    await expect(analyzeFile(SCAN, { displayPath: 'scanned.pdf', ocr: false })).rejects.toThrow(
      /^scanned\.pdf: no text layer: scanned document, OCR needed \(2 pages of images; OCR is turned off\)$/,
    );
  });

  it('turns recognised lines into runs, cut at column gaps, in points', () => {
    const word = (text: string, x0: number, x1: number) => ({ text, confidence: 90, bbox: { x0, y0: 100, x1, y1: 136 } });
    const scale = 200 / 72;
    const page = {
      confidence: 90,
      blocks: [
        {
          paragraphs: [
            {
              lines: [
                {
                  // "Sở Y tế" then, past a wide gap, the next cell's "2025"
                  words: [word('Sở', 160, 200), word('Y', 212, 228), word('tế', 240, 270), word('2025', 600, 680)],
                  baseline: { x0: 160, y0: 130, x1: 680, y1: 130 },
                  rowAttributes: { rowHeight: 36 },
                  bbox: { x0: 160, y0: 100, x1: 680, y1: 136 },
                },
              ],
            },
          ],
        },
      ],
    };
    const runs = runsFromOcr(page, scale);
    expect(runs.map((r) => r.text)).toEqual(['Sở Y tế', '2025']);
    expect(runs[0]!.x0).toBeCloseTo(160 / scale);
    expect(runs[0]!.y).toBeCloseTo(130 / scale);
    expect(runs[0]!.size).toBeCloseTo(36 / scale);
  });
});

describe('a typed PDF with a scanned page', () => {
  const MIXED = path.join(ROOT, 'test/pdf/fixtures/mixed-003-scan-page.pdf');

  it('reads the text layer and OCRs only the page that has none', async () => {
    const { doc, extraction } = await analyzeFile(MIXED, { displayPath: 'mixed.pdf' });
    expect(doc.info).toMatchObject({ ocr: true, extractor: 'pdf.js', ocrPages: 1 });
    expect(extraction.warnings).toContainEqual(expect.stringMatching(/^ingest: text of page 3 recognised by OCR \(mean confidence \d+%\)$/));
    expect(extraction.tasks).toHaveLength(8);
    const scanned = extraction.citations.find((c) => c.key.startsWith('2270/QĐ-TTg'));
    expect(scanned?.mentions.every((m) => m.loc?.page === 3)).toBe(true);
  });

  it('without OCR, keeps the typed pages and says which page was not read', async () => {
    const { doc, extraction } = await analyzeFile(MIXED, { displayPath: 'mixed.pdf', ocr: false });
    expect(doc.info['ocr']).toBeUndefined();
    expect(extraction.warnings).toContain('ingest: no text layer on page 3 (images only): not read (OCR is turned off)');
    expect(extraction.tasks).toHaveLength(8);
  });
});

describe('vanban extract --no-ocr', () => {
  it('reports the scan as failed with the clear error and exits 1', async () => {
    const { main } = await import('../../src/cli/main.js');
    let err = '';
    const code = await main(['extract', '--no-ocr', '--json', SCAN], { out: () => undefined, err: (t) => void (err += t) });
    expect(code).toBe(1);
    expect(err).toMatch(/failed .*scanned-000-pages-1-2\.pdf: no text layer: scanned document, OCR needed/);
  });
});

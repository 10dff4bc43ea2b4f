/**
 * PDF → text, page by page. The source the positions refer to is the pages' text joined by
 * newlines, with each page's start kept for provenance. The text layer is read with its positions
 * (pdf/text-layer.ts) and laid out (pdf/layout.ts): wrapped lines joined into paragraphs, tables in
 * the tab-led cell layout, side-by-side boxes one after the other. Pages without a text layer
 * (scans) are OCR'd when OCR is allowed and installed (pdf/ocr.ts). Page numbers and running
 * headers/footers (the same line on most pages) are left out here; the remaining line repair
 * happens in normalize like for every other format.
 *
 * A text layer can be damaged: fonts without Vietnamese glyphs ("VẾ)VIỆC", "U=Y BAN") or with a
 * legacy encoding (TCVN3/VNI mojibake, repaired here like in text files). Each page is scored
 * (quality.ts); when pages read badly the PDF is read again with poppler's pdftotext, if it is on
 * PATH, and the better text is kept. Either way a warning says so.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeRepair, repairMojibake } from './encodings/mojibake.js';
import { IngestError } from './errors.js';
import { layoutText } from './pdf/layout.js';
import { ocrPages, loadOcr } from './pdf/ocr.js';
import { readTextLayer } from './pdf/text-layer.js';
import { combinedQuality, isDamaged, pageQuality, type TextQuality } from './quality.js';

export interface PdfOptions {
  /** OCR the pages that have no text layer (scans); default true */
  ocr?: boolean;
}

export interface PdfText {
  source: string;
  pageStarts: number[];
  pages: number;
  dropped: number;
  /** quality of the text kept (see quality.ts) */
  quality: number;
  extractor: 'pdf.js' | 'ocr' | 'pdftotext';
  /** warnings for the document: damaged text layer, mojibake repaired, OCR */
  messages: string[];
  /** set when pages were OCR'd */
  ocr?: OcrSummary;
}

export interface OcrSummary {
  /** the pages read by OCR (1-based) */
  pages: number[];
  /** mean word confidence, 0–100 */
  confidence: number;
  seconds: number;
}

export async function readPdf(bytes: Uint8Array, opts: PdfOptions = {}): Promise<PdfText> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new IngestError('not a PDF file (it does not start with %PDF)');
  }
  const laid = await readLaidOut(bytes, opts.ocr ?? true);
  const pages = laid.pages;
  let reading = readPages(pages);
  let extractor: PdfText['extractor'] = laid.ocr && laid.ocr.pages.length === pages.length ? 'ocr' : 'pdf.js';
  const notes: string[] = [...laid.notes];
  const damaged = reading.quality.flatMap((q, i) => (isDamaged(q) ? [i + 1] : []));
  if (damaged.length) {
    const bad = combinedQuality(damaged.map((n) => reading.quality[n - 1]!)).quality;
    let note = `text layer damaged (quality ${bad.toFixed(2)} on ${pageList(damaged)})`;
    const before = combinedQuality(reading.quality).quality;
    const other = await pdftotext(bytes);
    if (typeof other === 'string') note += `; ${other}`;
    else {
      const again = readPages(other);
      const after = combinedQuality(again.quality).quality;
      if (after > before) {
        note += `; pdftotext read it with quality ${after.toFixed(2)} (${extractor} ${before.toFixed(2)}): kept pdftotext's text`;
        reading = again;
        extractor = 'pdftotext';
      } else {
        note += `; pdftotext read it no better (quality ${after.toFixed(2)}, ${extractor} ${before.toFixed(2)}): kept ${extractor}'s text`;
      }
    }
    notes.push(note);
  }
  const pageStarts: number[] = [];
  let source = '';
  reading.texts.forEach((text, i) => {
    if (i > 0) source += '\n';
    pageStarts.push(source.length);
    source += text;
  });
  const quality = combinedQuality(reading.quality).quality;
  const out: PdfText = { source, pageStarts, pages: reading.texts.length, dropped: reading.dropped, quality, extractor, messages: [...reading.repairs, ...notes] };
  if (laid.ocr && extractor !== 'pdftotext') out.ocr = laid.ocr;
  return out;
}

/**
 * The pages' text laid out from the text layer. Pages without one are OCR'd when `ocr` allows it:
 * all of them when no page has text (a scan), otherwise those holding an image (a scanned page in
 * a typed document). Without OCR a scan is refused: storing an empty document helps nobody.
 */
async function readLaidOut(bytes: Uint8Array, ocr: boolean): Promise<{ pages: string[]; notes: string[]; ocr?: OcrSummary }> {
  const layer = await readTextLayer(bytes);
  const total = layer.pages.length;
  if (!total) throw new IngestError('PDF has no pages');
  const scanned = layer.empty.length === total;
  const wanted = scanned ? layer.empty : layer.empty.filter((n) => layer.images.includes(n));
  if (!wanted.length) return { pages: layoutText(layer.pages), notes: [] };
  const why = !ocr ? 'OCR is turned off' : await loadOcr().then((e) => (typeof e === 'string' ? `OCR is not available: ${e}` : null));
  if (why) {
    if (scanned) throw new IngestError(`no text layer: scanned document, OCR needed (${total} page${total === 1 ? '' : 's'} of images; ${why})`);
    return { pages: layoutText(layer.pages), notes: [`no text layer on ${pageList(wanted)} (images only): not read (${why})`] };
  }
  const result = await ocrPages(bytes, wanted);
  const runs = layer.pages.map((p, i) => result.pages.get(i + 1) ?? p);
  const pages = layoutText(runs);
  if (scanned && !pages.some((t) => /\p{L}/u.test(t))) throw new IngestError(`no text layer, and OCR found no text on the ${total} page${total === 1 ? '' : 's'}`);
  const confidence = Math.round(result.confidence);
  const what = scanned ? 'text' : `text of ${pageList(wanted)}`;
  const summary: OcrSummary = { pages: wanted, confidence, seconds: Math.round(result.seconds * 10) / 10 };
  return { pages, notes: [`${what} recognised by OCR (mean confidence ${confidence}%)`], ocr: summary };
}

interface Reading {
  texts: string[];
  dropped: number;
  quality: TextQuality[];
  repairs: string[];
}

/** Pages → kept lines, mojibake repaired (line by line, so each page keeps its lines), scored. */
function readPages(pages: string[]): Reading {
  const { kept, dropped } = dropFurniture(pages.map((p) => p.split('\n')));
  const repaired = repairMojibake(kept.map((lines) => lines.join('\n')).join('\n'));
  const lines = repaired.text.split('\n');
  let at = 0;
  const texts = kept.map((page) => lines.slice(at, (at += page.length)).join('\n'));
  return { texts, dropped, quality: texts.map(pageQuality), repairs: repaired.repairs.map(describeRepair) };
}

/** "page 3", "pages 1–4, 7" */
function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    runs.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return `page${pages.length === 1 ? '' : 's'} ${runs.join(', ')}`;
}

const run = promisify(execFile);

/**
 * The pages as poppler's `pdftotext -raw` reads them (it ends every page with a form feed), or
 * why it could not: not installed, failed.
 */
async function pdftotext(bytes: Uint8Array): Promise<string[] | string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vanban-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    const pages = stdout.split('\f');
    if (pages.length > 1 && !pages[pages.length - 1]!.trim()) pages.pop();
    return pages;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'pdftotext (poppler-utils) is not on PATH to read it another way; OCR may recover the text';
    return `pdftotext failed (${((err as Error).message.split('\n')[0] ?? '').trim()})`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Page numbers ("2", "- 3 -", "Trang 4") and lines repeated at the top or bottom of most pages. */
export function dropFurniture(pages: string[][]): { kept: string[][]; dropped: number } {
  const isPageNumber = (l: string) => /^\s*(?:[-–]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–])?\s*$/iu.test(l);
  const edge = (lines: string[]) => {
    const nonBlank = lines.map((l, i) => [l.trim(), i] as const).filter(([l]) => l);
    return [...nonBlank.slice(0, 2), ...nonBlank.slice(-2)];
  };
  const counts = new Map<string, number>();
  for (const p of pages) for (const l of new Set(edge(p).map(([t]) => t))) counts.set(l, (counts.get(l) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([l, n]) => pages.length >= 3 && n >= Math.ceil(pages.length * 0.6) && l.length < 120).map(([l]) => l));
  let dropped = 0;
  const kept = pages.map((lines) => {
    const edges = new Set(edge(lines).map(([, i]) => i));
    return lines.filter((l, i) => {
      const drop = edges.has(i) && (isPageNumber(l) || repeated.has(l.trim()));
      if (drop) dropped++;
      return !drop;
    });
  });
  return { kept, dropped };
}

/**
 * OCR for PDF pages without a text layer (scans): each page is rendered locally (pdf-parse's
 * getScreenshot: pdf.js drawing on @napi-rs/canvas) and read by tesseract.js with the Vietnamese
 * model of the npm package @tesseract.js-data/vie, loaded from node_modules: nothing is downloaded
 * at run time. The recognised lines come back as positioned runs, so the page goes through the
 * same layout reading as a text layer.
 *
 * Both packages are loaded on first use; when either is missing OCR is reported unavailable and
 * the caller says the document needs OCR.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { IngestError } from '../errors.js';
import type { PageRuns, Run } from './layout.js';
import { checkDeadline, OCR_TIME_LIMIT_MS } from './limits.js';

/** Pages are rendered at this resolution for OCR (the usual scan resolution). */
export const OCR_DPI = 200;
/** tesseract.js model: the LSTM "best_int" build of the Vietnamese data. */
const MODEL_DIR = '4.0.0_best_int';

export interface OcrResult {
  /** runs of each OCR'd page, by page number */
  pages: Map<number, PageRuns>;
  /** mean word confidence, 0–100 */
  confidence: number;
  seconds: number;
}

interface TesseractWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface TesseractLine {
  words: TesseractWord[];
  baseline: { x0: number; y0: number; x1: number; y1: number };
  rowAttributes?: { rowHeight: number };
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface TesseractPage {
  confidence: number;
  blocks: Array<{ paragraphs: Array<{ lines: TesseractLine[] }> }> | null;
}
interface TesseractWorker {
  recognize(image: Buffer, options: object, output: object): Promise<{ data: TesseractPage }>;
  terminate(): Promise<unknown>;
}

type Engine = (lang: string, oem: number, options: object) => Promise<TesseractWorker>;

let engine: Promise<{ createWorker: Engine; langPath: string } | string> | undefined;

/** tesseract.js and the Vietnamese model, or why OCR is not available. */
export function loadOcr(): Promise<{ createWorker: Engine; langPath: string } | string> {
  engine ??= (async () => {
    try {
      const require = createRequire(import.meta.url);
      const langPath = path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), MODEL_DIR);
      const mod = (await import('tesseract.js')) as unknown as { createWorker?: Engine; default?: { createWorker: Engine } };
      const createWorker = mod.createWorker ?? mod.default?.createWorker;
      if (!createWorker) return 'tesseract.js has no createWorker';
      return { createWorker, langPath };
    } catch (err) {
      return `tesseract.js or @tesseract.js-data/vie is not installed (${(err as Error).message.split('\n')[0]})`;
    }
  })();
  return engine;
}

/**
 * Recognised lines → runs in PDF points (y down, baseline). A line's words make one run, cut
 * where a gap is wider than a letter or so (a column gap: OCR's lines can cross table cells).
 * OCR measures line heights loosely: lines close to the usual height get the usual size.
 */
export function runsFromOcr(page: TesseractPage, scale: number): Run[] {
  const lines = (page.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  const heightOf = (l: TesseractLine) => l.rowAttributes?.rowHeight ?? (l.bbox.y1 - l.bbox.y0) * 0.8;
  const heights = lines.map(heightOf).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  const runs: Run[] = [];
  for (const line of lines) {
    const h = heightOf(line);
    const size = (Math.abs(h - usual) <= 0.3 * usual ? usual : h) / scale;
    const { x0, y0, x1, y1 } = line.baseline;
    const slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0;
    const words = line.words.filter((w) => w.text.trim()).sort((a, b) => a.bbox.x0 - b.bbox.x0);
    let chunk: TesseractWord[] = [];
    const flush = () => {
      if (!chunk.length) return;
      const left = chunk[0]!.bbox.x0;
      const right = chunk[chunk.length - 1]!.bbox.x1;
      const y = y0 + slope * ((left + right) / 2 - x0);
      runs.push({ text: chunk.map((w) => w.text).join(' '), x0: left / scale, x1: right / scale, y: y / scale, size });
      chunk = [];
    };
    for (const w of words) {
      const prev = chunk[chunk.length - 1];
      if (prev && w.bbox.x0 - prev.bbox.x1 > 0.8 * size * scale) flush();
      chunk.push(w);
    }
    flush();
  }
  return runs;
}

/**
 * OCRs the given pages (1-based). Workers run in parallel up to the machine's cores; the deadline
 * is checked between pages.
 */
export async function ocrPages(bytes: Uint8Array, pageNumbers: number[], timeLimitMs = OCR_TIME_LIMIT_MS): Promise<OcrResult> {
  const ocr = await loadOcr();
  if (typeof ocr === 'string') throw new IngestError(ocr);
  const started = Date.now();
  const deadline = started + timeLimitMs;
  const scale = OCR_DPI / 72;
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const workers: TesseractWorker[] = [];
  const pages = new Map<number, PageRuns>();
  let confidence = 0;
  let words = 0;
  try {
    const count = Math.max(1, Math.min(pageNumbers.length, availableParallelism(), 4));
    for (let i = 0; i < count; i++) workers.push(await ocr.createWorker('vie', 1 /* LSTM only */, { langPath: ocr.langPath, cacheMethod: 'none', gzip: true }));
    const queue = [...pageNumbers];
    // pdf.js renders one page at a time; recognition runs while the next page renders
    let rendering: Promise<unknown> = Promise.resolve();
    const render = (n: number) => {
      const shot = rendering.then(() => parser.getScreenshot({ partial: [n], scale, imageDataUrl: false, imageBuffer: true }));
      rendering = shot.catch(() => undefined);
      return shot;
    };
    await Promise.all(
      workers.map(async (worker) => {
        for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
          checkDeadline(deadline, 'OCR of the scanned PDF', timeLimitMs);
          const shot = (await render(n)).pages[0];
          if (!shot) continue;
          const { data } = await worker.recognize(Buffer.from(shot.data), {}, { blocks: true, text: false });
          const runs = runsFromOcr(data, scale);
          pages.set(n, { width: shot.width / scale, runs });
          const read = runs.reduce((sum, r) => sum + r.text.split(' ').length, 0);
          confidence += data.confidence * read;
          words += read;
        }
      }),
    );
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(`OCR failed: ${(err as Error).message}`);
  } finally {
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
    await parser.destroy().catch(() => undefined);
  }
  return { pages, confidence: words ? confidence / words : 0, seconds: (Date.now() - started) / 1000 };
}

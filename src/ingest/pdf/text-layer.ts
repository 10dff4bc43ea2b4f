/**
 * A PDF's text layer as positioned runs, page by page, read with pdf.js (the engine under
 * pdf-parse, whose getText() keeps no positions: paragraphs, columns and borderless tables need
 * them). Limits: the page count and a deadline, checked between pages.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from '../errors.js';
import type { PageRuns, Run } from './layout.js';
import { checkDeadline, checkPageCount, PDF_TEXT_TIME_LIMIT_MS } from './limits.js';

// pdf.js is loaded on first use: it installs polyfills that slow down everything else in the process
const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

export interface TextLayer {
  pages: PageRuns[];
  /** pages whose text layer holds no letter */
  empty: number[];
  /** of those, the pages that draw an image (scanned pages) */
  images: number[];
}

/** Opens a PDF with pdf.js, turning its failures into the messages users see. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const { getDocument } = await pdfjs();
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy
    return await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false })
      .promise;
  } catch (err) {
    throw pdfError(err);
  }
}

export function pdfError(err: unknown): IngestError {
  const name = (err as Error).name;
  const message = (err as Error).message;
  if (name === 'PasswordException') return new IngestError('encrypted PDF: a password is needed to read it');
  if (name === 'InvalidPDFException' || name === 'FormatError') return new IngestError(`damaged or truncated PDF (${message})`);
  return new IngestError(`cannot read PDF: ${message}`);
}

export async function readTextLayer(
  bytes: Uint8Array,
  limits: { maxPages?: number; timeLimitMs?: number } = {},
): Promise<TextLayer> {
  const timeLimit = limits.timeLimitMs ?? PDF_TEXT_TIME_LIMIT_MS;
  const deadline = Date.now() + timeLimit;
  const { Util, OPS } = await pdfjs();
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const doc = await openPdf(bytes);
  try {
    checkPageCount(doc.numPages, limits.maxPages);
    const pages: PageRuns[] = [];
    const empty: number[] = [];
    const images: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      checkDeadline(deadline, 'reading the PDF', timeLimit);
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        const it = item as TextItem;
        if (typeof it.str !== 'string' || !it.str.trim()) continue;
        const [, , c, d, e, f] = Util.transform(viewport.transform, it.transform) as number[];
        runs.push({ text: it.str, x0: e!, x1: e! + it.width, y: f!, size: Math.hypot(c!, d!) });
      }
      if (!runs.some((r) => /\p{L}/u.test(r.text))) {
        empty.push(n);
        if ((await page.getOperatorList()).fnArray.some((op) => imageOps.has(op))) images.push(n);
      }
      pages.push({ width: viewport.width, runs });
      page.cleanup();
    }
    return { pages, empty, images };
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw pdfError(err);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

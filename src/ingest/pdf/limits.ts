/** Limits on reading one PDF, with the errors users see when a file goes over them. */
import { IngestError } from '../errors.js';

/** PDFs with more pages than this are refused. */
export const MAX_PDF_PAGES = 500;
/** Reading one PDF's text layer may take this long at most. */
export const PDF_TEXT_TIME_LIMIT_MS = 60_000;
/** OCR of one PDF may take this long at most (about 90 pages at the speed measured on 2 cores). */
export const OCR_TIME_LIMIT_MS = 10 * 60_000;

export function checkPageCount(pages: number, max = MAX_PDF_PAGES): void {
  if (pages > max) throw new IngestError(`PDF has ${pages} pages, over the limit of ${max}`);
}

/** Throws once `deadline` (ms since the epoch) has passed; checked between pages. */
export function checkDeadline(deadline: number, what: string, limitMs: number): void {
  if (Date.now() > deadline) throw new IngestError(`${what} took longer than the limit of ${Math.round(limitMs / 1000)} s per file`);
}

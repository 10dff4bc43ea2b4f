/**
 * PDF → text through pdf-parse (v2), page by page. The source the positions refer to is the
 * pages' text joined by newlines, with each page's start kept for provenance. Page numbers and
 * running headers/footers (the same line on most pages) are left out here; line repair happens in
 * normalize like for every other format.
 */
import { PDFParse } from 'pdf-parse';
import { IngestError } from './errors.js';

export interface PdfText {
  source: string;
  pageStarts: number[];
  pages: number;
  dropped: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new IngestError('not a PDF file (it does not start with %PDF)');
  }
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  let pages: string[];
  try {
    const result = await parser.getText();
    pages = result.pages.map((p) => p.text);
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new IngestError('encrypted PDF: a password is needed to read it');
    if (name === 'InvalidPDFException' || name === 'FormatError') {
      throw new IngestError(`damaged or truncated PDF (${(err as Error).message})`);
    }
    throw new IngestError(`cannot read PDF: ${(err as Error).message}`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  if (!pages.some((p) => /\p{L}/u.test(p))) {
    throw new IngestError(`no text layer: scanned document, OCR needed (${pages.length} page${pages.length === 1 ? '' : 's'} of images)`);
  }
  const { kept, dropped } = dropFurniture(pages.map((p) => p.split('\n')));
  const pageStarts: number[] = [];
  let source = '';
  kept.forEach((lines, i) => {
    if (i > 0) source += '\n';
    pageStarts.push(source.length);
    source += lines.join('\n');
  });
  return { source, pageStarts, pages: pages.length, dropped };
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

/**
 * Ingest: a file on disk → a VDoc holding its decoded source and the first text. Each format has
 * its own small reader; the rest of the pipeline does not know which one ran.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Format } from '../contract/schema.js';
import { createDoc, type VDoc } from '../document/vdoc.js';
import { DecodeError, decodeText } from './decode.js';
import { describeRepair, repairMojibake } from './encodings/mojibake.js';
import { IngestError } from './errors.js';
import { markdownToText } from './markdown.js';
import { readDocx } from './docx.js';
import { readPdf, type PdfOptions } from './pdf.js';

export { IngestError };

const REFUSED: Record<string, string> = {
  '.doc': 'legacy .doc files are not supported; save the file as .docx',
};
/** Files larger than this are refused before reading. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function formatOf(file: string): Format | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  return null;
}

export function isSupported(file: string): boolean {
  return formatOf(file) !== null;
}

export async function ingestFile(file: string, displayPath: string = file, opts: PdfOptions = {}): Promise<VDoc> {
  const format = formatOf(file);
  const ext = path.extname(file).toLowerCase();
  if (!format) throw new IngestError(REFUSED[ext] ?? `unsupported format "${ext || '(no extension)'}": vanban reads .txt, .md, .pdf and .docx files`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch (err) {
    throw new IngestError(`cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (size > MAX_FILE_BYTES) throw new IngestError(`file too large (${size} bytes; the limit is ${MAX_FILE_BYTES})`);
  return ingestBytes(readFileSync(file), format, displayPath, opts);
}

export async function ingestBytes(bytes: Uint8Array, format: Format, displayPath: string, opts: PdfOptions = {}): Promise<VDoc> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new IngestError('empty file: nothing to extract');
  if (format === 'pdf') {
    const pdf = await readPdf(bytes, opts);
    const messages = pdf.messages.map((reason) => ({ stage: 'ingest', reason }));
    const info: Record<string, string | number | boolean> = { pages: pdf.pages, droppedLines: pdf.dropped, quality: round2(pdf.quality), extractor: pdf.extractor };
    if (pdf.ocr) Object.assign(info, { ocr: true, ocrConfidence: pdf.ocr.confidence, ocrPages: pdf.ocr.pages.length, ocrSeconds: pdf.ocr.seconds });
    return createDoc({ path: displayPath, sha256, format, source: pdf.source, pageStarts: pdf.pageStarts, messages, info });
  }
  if (format === 'docx') {
    const docx = await readDocx(bytes);
    const messages = docx.messages.map((reason) => ({ stage: 'ingest', reason: `mammoth: ${reason}` }));
    if (!/\p{L}/u.test(docx.source)) throw new IngestError('no text: the document holds no letters');
    // documents typed in .VnTime or VNI fonts arrive as Latin-1 mojibake
    const repaired = repairMojibake(docx.source);
    for (const r of repaired.repairs) messages.push({ stage: 'ingest', reason: describeRepair(r) });
    return createDoc({ path: displayPath, sha256, format, source: repaired.text, messages, info: { tables: docx.tables } });
  }
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (err) {
    if (err instanceof DecodeError) throw new IngestError(err.message);
    throw err;
  }
  if (!/\p{L}/u.test(decoded.text)) throw new IngestError('no text: the file holds no letters');
  const info: Record<string, string | number> = { encoding: decoded.encoding };
  if (decoded.score !== undefined) info['encodingScore'] = round2(decoded.score);
  const messages = decoded.warning ? [{ stage: 'ingest', reason: decoded.warning }] : [];
  const repaired = repairMojibake(decoded.text);
  for (const r of repaired.repairs) messages.push({ stage: 'ingest', reason: describeRepair(r) });
  const source = repaired.text;
  if (format === 'md') {
    return createDoc({ path: displayPath, sha256, format, source, mapped: markdownToText(source), messages, info });
  }
  return createDoc({ path: displayPath, sha256, format, source, messages, info });
}

const round2 = (x: number) => Math.round(x * 100) / 100;

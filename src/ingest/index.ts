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
import { markdownToText } from './markdown.js';

export class IngestError extends Error {}

export const SUPPORTED_EXTENSIONS = ['.txt', '.md'] as const;
const LATER: Record<string, string> = {
  '.pdf': 'PDF ingestion is not implemented yet (planned: pdf-parse)',
  '.docx': 'DOCX ingestion is not implemented yet (planned: mammoth)',
  '.doc': 'legacy .doc files are not supported; save the file as .docx',
};
/** Files larger than this are refused before reading (plain text of a long decree is < 2 MB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export function formatOf(file: string): Format | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return null;
}

export function isSupported(file: string): boolean {
  return formatOf(file) !== null;
}

export function ingestFile(file: string, displayPath: string = file): VDoc {
  const format = formatOf(file);
  const ext = path.extname(file).toLowerCase();
  if (!format) throw new IngestError(LATER[ext] ?? `unsupported format "${ext || '(no extension)'}": vanban reads .txt and .md files`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch (err) {
    throw new IngestError(`cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (size > MAX_TEXT_BYTES) throw new IngestError(`file too large (${size} bytes; the limit is ${MAX_TEXT_BYTES})`);
  return ingestBytes(readFileSync(file), format, displayPath);
}

export function ingestBytes(bytes: Uint8Array, format: Format, displayPath: string): VDoc {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new IngestError('empty file: nothing to extract');
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (err) {
    if (err instanceof DecodeError) throw new IngestError(err.message);
    throw err;
  }
  if (!/\p{L}/u.test(decoded.text)) throw new IngestError('no text: the file holds no letters');
  const info = { encoding: decoded.encoding };
  if (format === 'md') {
    return createDoc({ path: displayPath, sha256, format, source: decoded.text, mapped: markdownToText(decoded.text), info });
  }
  if (format === 'txt') return createDoc({ path: displayPath, sha256, format, source: decoded.text, info });
  throw new IngestError(`format ${format} is not implemented yet`);
}

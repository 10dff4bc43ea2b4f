/**
 * Bytes → string for text files. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
 * labelled. Anything else is recognised from the bytes (src/ingest/encodings): UTF-16 without a
 * BOM, then the legacy Vietnamese encodings (Windows-1258, VISCII, TCVN3, VNI), scored by how
 * much of each decoding is valid Vietnamese; a guess always comes with a warning, and a file that
 * no candidate reads well is refused.
 */
import { candidateName, decodeAs, MIN_DETECTION_QUALITY, rankCandidates, utf16ByteOrder } from './encodings/detect.js';
import type { LegacyEncoding } from './encodings/legacy.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | LegacyEncoding | 'utf-8-lenient';
  /** quality (0–1, see quality.ts) of the decoding when the encoding was guessed */
  score?: number;
  /** set when the encoding was guessed: which one, how well it read */
  warning?: string;
}

export class DecodeError extends Error {}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const order = utf16ByteOrder(bytes);
  if (order) {
    const name = order === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    return { text: utf16(bytes, order), encoding: order, warning: `decoded as ${name} (the file has no byte-order mark; recognised by its NUL bytes)` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return guess(bytes);
  }
}

function guess(bytes: Uint8Array): Decoded {
  const [best, next] = rankCandidates(bytes);
  if (!best || best.quality < MIN_DETECTION_QUALITY) {
    const name = best ? candidateName(best.encoding) : 'none';
    throw new DecodeError(`cannot recognise the text encoding (best guess ${name}, score ${(best?.quality ?? 0).toFixed(2)})`);
  }
  const { text, name } = decodeAs(bytes, best.encoding);
  const runnerUp = next ? `; next best ${candidateName(next.encoding)}, ${next.quality.toFixed(2)}` : '';
  return {
    text,
    encoding: best.encoding,
    score: best.quality,
    warning: `decoded as ${name} (score ${best.quality.toFixed(2)}${runnerUp}); the file had no encoding label`,
  };
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError('not valid UTF-8 although it starts with a UTF-8 byte-order mark');
  }
}

function utf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(order, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`not valid ${order === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} (broken surrogate pairs or an odd number of bytes)`);
  }
}

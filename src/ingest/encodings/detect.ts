/**
 * Which encoding an unlabelled text file is in. UTF-16 without a byte-order mark shows itself by
 * its NUL bytes; for bytes that are not UTF-8, every legacy Vietnamese encoding (and UTF-8 with
 * its bad bytes replaced) decodes the file and the candidate that reads most like Vietnamese wins.
 */
import { textQuality } from '../quality.js';
import { decodeLegacy, LEGACY_NAMES, type LegacyEncoding } from './legacy.js';

/** Below this quality no candidate is trusted and the file is refused. */
export const MIN_DETECTION_QUALITY = 0.6;
/** Candidates are compared on this many bytes from the start: some 2,500 words, plenty to tell them apart. */
const SAMPLE_BYTES = 16 * 1024;

/**
 * 'utf-16le' / 'utf-16be' when at least a quarter of the byte pairs have a NUL on one side and
 * (almost) none on the other, as Vietnamese text in UTF-16 does (ASCII and U+00xx letters).
 */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, 8192) >> 1;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs / 4 && evenNul <= pairs / 50) return 'utf-16le';
  if (evenNul >= pairs / 4 && oddNul <= pairs / 50) return 'utf-16be';
  return null;
}

export type Candidate = LegacyEncoding | 'utf-8-lenient';
const CANDIDATES: readonly Candidate[] = ['windows-1258', 'viscii', 'tcvn3', 'vni', 'utf-8-lenient'];

/** Every candidate encoding for bytes that are not valid UTF-8, scored on a sample, best first. */
export function rankCandidates(bytes: Uint8Array): Array<{ encoding: Candidate; quality: number }> {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const ranked = CANDIDATES.map((encoding) => ({ encoding, quality: textQuality(decodeAs(sample, encoding).text).quality }));
  // a stable sort keeps the order above for ties
  return ranked.sort((a, b) => b.quality - a.quality);
}

/** The text in a candidate encoding and a name for messages ("VISCII", "UTF-8 with 3 invalid byte sequences replaced"). */
export function decodeAs(bytes: Uint8Array, encoding: Candidate): { text: string; name: string } {
  if (encoding !== 'utf-8-lenient') return { text: decodeLegacy(bytes, encoding), name: LEGACY_NAMES[encoding] };
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  return { text, name: `UTF-8 with ${bad} invalid byte sequence${bad === 1 ? '' : 's'} replaced` };
}

/** The name of a candidate without decoding anything (for the refusal message). */
export function candidateName(encoding: Candidate): string {
  return encoding === 'utf-8-lenient' ? 'UTF-8 with invalid bytes replaced' : LEGACY_NAMES[encoding];
}

/**
 * Decoders for the legacy Vietnamese encodings, from bytes (a file with no label) and from
 * Unicode text that holds a legacy encoding's bytes as Windows-1252 characters (mojibake: a Word
 * file typed in .VnTime or VNI-Times fonts, UTF-8 read as Windows-1252). All return NFC.
 */
import { isVietnameseSyllable } from './syllables.js';
import { CP1252_C1, TCVN3, VISCII, VNI_LETTERS, VNI_MARKS } from './tables.js';

export type LegacyEncoding = 'windows-1258' | 'viscii' | 'tcvn3' | 'vni';

export const LEGACY_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  'windows-1258': 'Windows-1258',
  viscii: 'VISCII',
  tcvn3: 'TCVN3 (TCVN 5712:1993)',
  vni: 'VNI',
};

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'windows-1258':
      // tone marks are separate combining bytes in cp1258
      return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
    case 'viscii':
      return mapBytes(bytes, VISCII_UNITS);
    case 'tcvn3':
      return mapBytes(bytes, TCVN3_UNITS).normalize('NFC');
    case 'vni':
      return vniToUnicode(decodeCp1252(bytes));
  }
}

// every table entry is one UTF-16 unit, so a byte maps to a unit and TextDecoder builds the string
const units = (table: readonly string[]) => Uint16Array.from(table, (c) => c.charCodeAt(0));
const VISCII_UNITS = units(VISCII);
const TCVN3_UNITS = units(TCVN3);
const CP1252 = Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80]! : String.fromCharCode(b)));
const CP1252_UNITS = units(CP1252);

/** Windows-1252 (see CP1252_C1 for why not TextDecoder). */
export function decodeCp1252(bytes: Uint8Array): string {
  return mapBytes(bytes, CP1252_UNITS);
}

function mapBytes(bytes: Uint8Array, table: Uint16Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = table[bytes[i]!]!;
  return new TextDecoder('utf-16le').decode(out);
}

/** TCVN3 text that was read as Latin-1/Windows-1252 ("Uû ban nh©n d©n" → "Uỷ ban nhân dân"). */
export function tcvn3FromLatin1(s: string): string {
  return s.replace(/[\u00A0-\u00FF]/g, (c) => TCVN3[c.charCodeAt(0)]!).normalize('NFC');
}

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Every Vietnamese vowel letter, any tone, both cases: what a VNI mark may turn its base into. */
const VOWEL_LETTERS = new Set(
  [...'aăâeêioôơuưy'].flatMap((v) => TONES.flatMap((t) => [(v + t).normalize('NFC'), (v.toUpperCase() + t).normalize('NFC')])),
);
const VIETNAMESE_LETTERS = new Set([...VOWEL_LETTERS, 'đ', 'Đ']);

const VNI_LETTER = new RegExp(`[${Object.keys(VNI_LETTERS).join('')}]`, 'gu');
/** base vowel + VNI mark → the Vietnamese letter they make ("a" + "ø" → "à", "ư" + "ï" → "ự") */
const VNI_COMPOSED = new Map<string, string>();
for (const base of 'aeiouyươAEIOUYƯƠ') {
  for (const [mark, combining] of Object.entries(VNI_MARKS)) {
    const composed = (base + combining).normalize('NFC');
    if (VOWEL_LETTERS.has(composed)) VNI_COMPOSED.set(base + mark, composed);
  }
}
const VNI_SEQUENCE = new RegExp(`[aeiouyươAEIOUYƯƠ][${Object.keys(VNI_MARKS).join('')}]`, 'gu');

/**
 * VNI text read as Windows-1252 ("Sôû Giaùo duïc" → "Sở Giáo dục"): one-byte letters are
 * replaced, then a mark byte is put on the vowel before it when they make a Vietnamese letter
 * (anything else stays as it was, so a line that is not VNI is left for the score to reject).
 */
export function vniToUnicode(s: string): string {
  return s.replace(VNI_LETTER, (c) => VNI_LETTERS[c]!).replace(VNI_SEQUENCE, (pair) => VNI_COMPOSED.get(pair) ?? pair);
}

/** Windows-1252 characters back to their bytes; C1 controls too, as a Latin-1 reader leaves them. */
const CP1252_BYTE = new Map<string, number>();
for (let b = 0x80; b < 0x100; b++) {
  CP1252_BYTE.set(CP1252[b]!, b);
  if (b < 0xa0) CP1252_BYTE.set(String.fromCharCode(b), b);
}
/** Bytes that Windows-1252 leaves undefined; a strict reader turned them into U+FFFD. */
const UNDEFINED_CP1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const CONT = String.raw`\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\uFFFD `;
/** A UTF-8 sequence of 2 or 3 bytes as Windows-1252 characters ("Ã¡" = á, "á»‡" = ệ, "Ä‘" = đ). */
const UTF8_AS_CP1252 = new RegExp(String.raw`[\u00C2-\u00DF][${CONT}]|[\u00E0-\u00EF][${CONT}]{2}`, 'gu');

/**
 * UTF-8 that was read as Windows-1252 ("Quyáº¿t Ä‘á»‹nh" → "Quyết định"). Each sequence is
 * converted on its own; sequences that are not valid UTF-8 stay. A space where a continuation
 * byte belongs was a no-break space (0xA0: "Ã " = à). A U+FFFD was one of the bytes cp1252
 * leaves undefined: when only one of them gives a Vietnamese letter it is that one ("Ä�" = Đ);
 * when several do (ề ọ ỏ Ố ờ), the one that makes its word a Vietnamese syllable in the case of
 * its neighbours, if there is exactly one ("ngÆ°á»�i" = người); otherwise the letter is lost and
 * one U+FFFD stands for it ("Tá»�" → "T�": tề, tọ, tỏ, tờ are all words).
 */
export function utf8FromCp1252(s: string): string {
  const guessing = !/[\uE000-\uF8FF]/u.test(s);
  const open: string[][] = []; // the letters each placeholder may stand for
  const out = s.replace(UTF8_AS_CP1252, (seq) => {
    const bytes = Array.from(seq, (c) => (c === ' ' ? 0xa0 : c === '\uFFFD' ? -1 : CP1252_BYTE.get(c) ?? 0x100));
    const lost = bytes.indexOf(-1);
    if (lost < 0) return strictUtf8(bytes) ?? seq;
    if (bytes.lastIndexOf(-1) !== lost) return seq;
    const letters = new Set<string>();
    for (const b of UNDEFINED_CP1252) {
      const c = strictUtf8(bytes.map((x) => (x === -1 ? b : x)));
      if (c && VIETNAMESE_LETTERS.has(c)) letters.add(c);
    }
    if (letters.size === 1) return [...letters][0]!;
    if (!letters.size || !guessing || open.length > 0x18ff) return seq;
    open.push([...letters]);
    return String.fromCharCode(0xe000 + open.length - 1); // placeholder until its word is known
  });
  if (!open.length) return out;
  return out.replace(/[\p{L}\p{M}\uE000-\uF8FF]+/gu, (word) => {
    const holes = [...word].filter((c) => c >= '\uE000' && c <= '\uF8FF');
    if (!holes.length) return word;
    const lost = () => word.replace(/[\uE000-\uF8FF]/gu, '\uFFFD');
    if (holes.length > 2) return lost();
    let fits: string[] = [word];
    for (const h of holes) {
      fits = fits.flatMap((w) => open[h.charCodeAt(0) - 0xe000]!.map((c) => w.replace(h, c)));
    }
    fits = fits.filter((w) => sameCaseThroughout(w) && isVietnameseSyllable(w));
    return fits.length === 1 ? fits[0]! : lost();
  });
}

/** All letters of one case, or a capital followed by lower case. */
function sameCaseThroughout(w: string): boolean {
  return w === w.toUpperCase() || w.slice(1) === w.slice(1).toLowerCase();
}

/** The character of one 2- or 3-byte UTF-8 sequence, or null when the bytes are not one (overlong, surrogate, bad continuation). */
function strictUtf8(bytes: number[]): string | null {
  const [b0, b1, b2] = bytes as [number, number, number | undefined];
  if ((b1 & 0xc0) !== 0x80) return null;
  if (bytes.length === 2) return b0 >= 0xc2 && b0 <= 0xdf ? String.fromCharCode(((b0 & 0x1f) << 6) | (b1 & 0x3f)) : null;
  if (b2 === undefined || (b2 & 0xc0) !== 0x80 || b0 < 0xe0 || b0 > 0xef) return null;
  const cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  return cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff) ? null : String.fromCharCode(cp);
}

/**
 * Encoders for the tests: the inverse of the decoding tables, so a test can turn real corpus text
 * into TCVN3, VISCII or VNI bytes (or their Windows-1252 mojibake) and check that it comes back.
 */
import { decodeCp1252 } from '../../src/ingest/encodings/legacy.js';
import { TCVN3, VISCII, VNI_LETTERS, VNI_MARKS } from '../../src/ingest/encodings/tables.js';

function inverse(table: readonly string[], from: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let b = from; b < 256; b++) if (!m.has(table[b]!)) m.set(table[b]!, b);
  return m;
}

/** Text → bytes in a one-byte table; throws on a letter the table lacks. */
function encodeWith(table: readonly string[], from: number, text: string): Uint8Array {
  const inv = inverse(table, from);
  return Uint8Array.from([...text.normalize('NFC')], (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80 && table[code] === c) return code;
    const b = inv.get(c);
    if (b === undefined) throw new Error(`no byte for ${JSON.stringify(c)}`);
    return b;
  });
}

export const encodeViscii = (text: string) => encodeWith(VISCII, 0, text);
/** TCVN3 as the .VnTime fonts have it: only the upper half (0xA0–0xFF) and ASCII. */
export const encodeTcvn3 = (text: string) => encodeWith(TCVN3, 0xa0, text);

/** The Unicode mojibake a Word document typed in .VnTime shows: TCVN3 bytes as Latin-1 characters. */
export const tcvn3Mojibake = (text: string) => String.fromCharCode(...encodeTcvn3(text));

const VNI_OF = new Map<string, string>();
for (const [vni, letter] of Object.entries(VNI_LETTERS)) VNI_OF.set(letter, vni);
for (const [vniBase, base] of [...'aeiouyAEIOUY'].map((c): [string, string] => [c, c]).concat([['ö', 'ư'], ['ô', 'ơ'], ['Ö', 'Ư'], ['Ô', 'Ơ']])) {
  for (const [mark, combining] of Object.entries(VNI_MARKS)) {
    if ((mark === mark.toUpperCase()) !== (base === base.toUpperCase())) continue;
    const letter = (base + combining).normalize('NFC');
    if (letter.length === 1 && !VNI_OF.has(letter)) VNI_OF.set(letter, vniBase + mark);
  }
}

/** The Unicode mojibake of VNI-font text ("Sở Giáo dục" → "Sôû Giaùo duïc"). */
export function vniMojibake(text: string): string {
  return [...text.normalize('NFC')].map((c) => VNI_OF.get(c) ?? c).join('');
}

/** UTF-8 read as Windows-1252, as a browser or Word does it (undefined bytes become C1 controls). */
export function utf8AsCp1252(text: string): string {
  return decodeCp1252(Buffer.from(text, 'utf8'));
}

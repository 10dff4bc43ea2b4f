/**
 * Character-level stages: line ends, Unicode NFC, look-alike letters and invisible characters,
 * conversion artefacts. Each keeps every character's origin.
 */
import { replaceAll } from '../document/mapped-text.js';
import { withText, type VDoc } from '../document/vdoc.js';

/** CRLF and lone CR become LF. */
export function unifyNewlines(doc: VDoc): VDoc {
  return withText(doc, replaceAll(doc.mapped, /\r\n?/g, () => '\n'));
}

/**
 * Unicode NFC. Vietnamese letters may arrive decomposed (NFD, Windows-1258 files, some PDF
 * extractors): each base letter with its combining marks is composed on its own, so origins stay
 * exact for everything else.
 */
export function composeNfc(doc: VDoc): VDoc {
  if (doc.mapped.text.normalize('NFC') === doc.mapped.text) return doc;
  let mt = replaceAll(doc.mapped, /\P{M}\p{M}+/gu, (m) => m[0].normalize('NFC'));
  // singletons that NFC also changes (deprecated tone marks U+0340/U+0341, compatibility letters)
  mt = replaceAll(mt, /[^\p{L}\p{N}\s\p{P}]|\p{M}/gu, (m) => m[0].normalize('NFC'));
  return withText(doc, mt);
}

/**
 * Look-alikes and invisibles: Eth (Ð U+00D0, ð U+00F0) is Đ/đ in Vietnamese text (no Vietnamese
 * word has Eth); no-break and other fixed spaces become a plain space; zero-width characters, the
 * soft hyphen and stray BOMs go.
 */
export function fixCharacters(doc: VDoc): VDoc {
  const map: Record<string, string> = { '\u00D0': 'Đ', '\u00F0': 'đ' };
  return withText(
    doc,
    replaceAll(doc.mapped, /[\u00D0\u00F0\u00A0\u2007\u202F\u2000-\u2006\u2008-\u200A\u200B-\u200D\u2060\uFEFF\u00AD]/g, (m) => {
      const c = m[0];
      if (map[c]) return map[c];
      if (/[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(c)) return '';
      return ' ';
    }),
  );
}

/**
 * Markdown left in plain text by a converter: `*Chương trình 1609*` → `Chương trình 1609`, a
 * stray backtick glued to a word (`Gia Lâm\``). Bullets written with `*` at a line start stay.
 */
export function dropMarkupArtefacts(doc: VDoc): VDoc {
  if (doc.format === 'md') return doc; // remark has already read the markup
  if (!doc.mapped.text.includes('*') && !doc.mapped.text.includes('`')) return doc;
  let mt = replaceAll(doc.mapped, /(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu, (m) => m[1]);
  mt = replaceAll(mt, /(?<=\p{L})`+|`+(?=\p{L})/gu, () => '');
  return withText(doc, mt);
}

/** Trailing spaces and tabs at line ends carry nothing. */
export function trimLineEnds(doc: VDoc): VDoc {
  return withText(doc, replaceAll(doc.mapped, /[ \t]+(?=\n|$)/g, () => ''));
}

/**
 * Vietnamese text helpers for matching. None of these change the text the contract keeps: they
 * build matching copies (lower-cased, one tone-placement style, ASCII-folded for search).
 */

const OLD_TO_NEW_O: Record<string, string> = { 'à': 'ò', 'á': 'ó', 'ả': 'ỏ', 'ã': 'õ', 'ạ': 'ọ', 'è': 'ò', 'é': 'ó', 'ẻ': 'ỏ', 'ẽ': 'õ', 'ẹ': 'ọ' };
const OLD_TO_NEW_U: Record<string, string> = { 'ỳ': 'ù', 'ý': 'ú', 'ỷ': 'ủ', 'ỹ': 'ũ', 'ỵ': 'ụ' };

/** Lower-case with Vietnamese rules; U+00D0/U+00F0 (Eth) become Đ/đ first. */
export function lowerVi(s: string): string {
  // toLowerCase gives the same result as toLowerCase() for Vietnamese, ~100× faster
  return s.replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').toLowerCase();
}

/**
 * Moves tone marks of open syllables with the glides oa, oe, uy to the new style
 * ("hoà" → "hòa", "Uỷ" → "Ủy"), on lower-cased text. Syllables with a final consonant are the
 * same in both styles and are left alone.
 */
export function newToneStyle(lower: string): string {
  return lower
    .replace(/o([àáảãạ])(?![\p{L}])/gu, (_, t: string) => OLD_TO_NEW_O[t]! + 'a')
    .replace(/o([èéẻẽẹ])(?![\p{L}])/gu, (_, t: string) => OLD_TO_NEW_O[t]! + 'e')
    .replace(/(?<![qQ])u([ỳýỷỹỵ])(?![\p{L}])/gu, (_, t: string) => OLD_TO_NEW_U[t]! + 'y');
}

/** Dashes and minus signs become "-", curly quotes straight, runs of white space one space. */
export function plainPunctuation(s: string): string {
  return s
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u00A0]+/g, ' ');
}

/**
 * The matching form: NFC, lower-case, new tone style, plain punctuation, single spaces, and the
 * spelling variants that do not change meaning (lí/lý, kĩ/kỹ, tỉ/tỷ, qui/quy, sĩ/sỹ).
 * Equal length to the input is NOT guaranteed; use it to compare, not to slice.
 */
export function matchForm(s: string): string {
  return newToneStyle(lowerVi(plainPunctuation(s.normalize('NFC'))))
    .replace(/(?<![\p{L}\p{N}])qui(?![\p{L}\p{N}])/gu, 'quy')
    .replace(/(?<=(?<![\p{L}\p{N}])[lkts])ĩ(?![\p{L}\p{N}])/gu, 'ỹ')
    .replace(/(?<=(?<![\p{L}\p{N}])[lkts])í(?![\p{L}\p{N}])/gu, 'ý')
    .replace(/(?<=(?<![\p{L}\p{N}])[lkts])ỉ(?![\p{L}\p{N}])/gu, 'ỷ')
    .trim();
}

/**
 * Diacritic-free form for search: "Đào tạo" → "dao tao". Keeps length-independent word
 * boundaries; đ folds to d (which SQLite's remove_diacritics does not do).
 */
export function asciiFold(s: string): string {
  return lowerVi(s.normalize('NFC'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

export function isUpperWord(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** True when a line's letters are (nearly) all capitals: "I. MỤC TIÊU, CHỈ TIÊU". */
export function isMostlyUpper(line: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const c of line) {
    const lower = c.toLowerCase();
    if (lower !== c) { letters++; upper++; } // a capital
    else if (c.toUpperCase() !== c) {
      letters++; // a small letter
      if (letters - upper >= 3 && (letters - upper) / letters > 0.15) return false; // prose: stop early
    }
  }
  return letters >= 3 && upper / letters >= 0.85;
}

/** Title-cases a caps phrase for display: "TỈNH GIA LAI" → "Tỉnh Gia Lai". */
export function titleCaseVi(s: string): string {
  return lowerVi(s).replace(/(^|[\s(“"-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}


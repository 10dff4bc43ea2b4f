/**
 * A matching copy of the text with the same length as the text, so that an offset found in the
 * copy is an offset in the text: lower case, one tone-mark style, plain dashes and quotes. Lexicon
 * phrases are folded the same way and compiled to regexes that accept any run of white space
 * between words.
 */
import { lowerVi, newToneStyle } from '../../text/vietnamese.js';

function foldChars(s: string): string {
  return newToneStyle(lowerVi(s))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/\u00A0/g, ' ');
}

export function foldSameLength(text: string): string {
  const folded = foldChars(text);
  if (folded.length === text.length) return folded;
  // A few letters lower-case to two code units (İ); fold those one by one and keep the rest.
  let out = '';
  for (const ch of text) {
    const f = foldChars(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

/** A sticky (or global) regex tried at one offset. */
export function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** What separates the items of a list of citations: ", ", "; ", " và ", " và số ". */
export const LIST_GAP = /^[\s,;]*(?:và|hoặc)?[\s,;]*(?:số\s*:?\s*)?$/u;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for a phrase on folded text: words joined by any white space. */
export function phraseSource(phrase: string): string {
  return foldChars(phrase.normalize('NFC'))
    .trim()
    .split(/\s+/)
    .map(escapeRe)
    .join('\\s+');
}

/**
 * One alternation for a list of phrases, longest first, that never matches inside a word.
 * Global regexes leave the left boundary to `matchPhrases` (a look-behind at every position of a
 * 30 KB text costs more than the rest of the scan); sticky ones check it themselves.
 */
export function phrasesRegex(phrases: readonly string[], flags: string): RegExp {
  const sources = [...new Set(phrases.filter((p) => p.trim()).map(phraseSource))].sort((a, b) => b.length - a.length);
  const body = sources.length ? sources.join('|') : '(?!)';
  const left = flags.includes('g') ? '' : '(?<![\\p{L}\\p{N}])';
  return new RegExp(`${left}(?:${body})(?![\\p{L}\\p{N}])`, `u${flags}`);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Matches of a global phrasesRegex in s[from, to) that start at a word boundary. */
export function* matchPhrases(re: RegExp, s: string, from = 0, to = s.length): Generator<RegExpExecArray> {
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    if (m.index > 0 && WORD_CHAR.test(s[m.index - 1]!)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m.index + m[0].length > to) break;
    yield m;
  }
}

const keyCache = new Map<string, string>();

/** Folded key for a phrase, with white space collapsed: compare lexicon entries with text. */
export function foldKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = foldChars(s.normalize('NFC')).replace(/\s+/g, ' ').trim();
    // Keys are short phrases from a bounded vocabulary; the cap only guards odd input.
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

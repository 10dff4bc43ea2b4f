/**
 * How much of a text reads as Vietnamese: valid syllables among the judged words, with every
 * stray symbol glued to a word counted as one more failure. Real documents score ≥ 0.97 (loan
 * words like "internet" and "zalo" are the misses); mojibake and text layers from fonts without
 * Vietnamese glyphs ("VẾ)VIỆC", "U=Y BAN", "Quyềt") score far lower.
 */
import { vietnameseScore } from './encodings/syllables.js';

export interface TextQuality {
  /** valid / (words + strays), in [0, 1]; 1 when there is nothing to judge */
  quality: number;
  words: number;
  valid: number;
  strays: number;
}

/** Fewer judged words than this is too little text to call a page damaged. */
export const MIN_WORDS_TO_JUDGE = 20;
/** A page with enough words scoring below this has a damaged text layer. */
export const DAMAGED_BELOW = 0.9;

export function textQuality(text: string): TextQuality {
  const s = vietnameseScore(text);
  const judged = s.words + s.strays;
  return { quality: judged ? s.valid / judged : 1, words: s.words, valid: s.valid, strays: s.strays };
}

/** The name the PDF reader uses: a page's text is damaged when `isDamaged(pageQuality(text))`. */
export { textQuality as pageQuality };

export function isDamaged(q: TextQuality): boolean {
  return q.words >= MIN_WORDS_TO_JUDGE && q.quality < DAMAGED_BELOW;
}

/** Quality of several texts taken together. */
export function combinedQuality(parts: readonly TextQuality[]): TextQuality {
  const sum = (k: 'words' | 'valid' | 'strays') => parts.reduce((n, p) => n + p[k], 0);
  const words = sum('words');
  const valid = sum('valid');
  const strays = sum('strays');
  return { quality: words + strays ? valid / (words + strays) : 1, words, valid, strays };
}

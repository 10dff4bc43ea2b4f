/**
 * Is this text Vietnamese? Every decision about encodings (which legacy code page a file is in,
 * whether a line is mojibake, whether a PDF text layer is damaged) compares candidate texts by
 * the share of their words that are well-formed Vietnamese syllables: onset + rhyme from
 * rules/vietnamese-syllables.yaml, at most one tone mark, on a vowel where either tone-placement
 * style puts it, and only sắc/nặng after a stop final.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../../rules/load.js';

const Spelling = z.string().regex(/^[a-zăâđêôơư]+$/u, 'lower-case Vietnamese letters without tone marks');
export const SyllableRulesFile = z
  .object({
    onsets: z.array(Spelling).min(1),
    frontOnly: z.array(Spelling),
    notBeforeFront: z.array(Spelling),
    frontVowels: z.array(Spelling),
    stopFinals: z.array(Spelling),
    rhymes: z.array(Spelling).min(1),
  })
  .strict();
export type SyllableRules = z.infer<typeof SyllableRulesFile>;

export function loadSyllableRules(dir = DEFAULT_RULES_DIR): SyllableRules {
  return loadRuleFile(path.join(dir, 'vietnamese-syllables.yaml'), SyllableRulesFile);
}

const VOWELS = 'aăâeêioôơuưy';
const MARKED_VOWELS = 'ăâêôơư';
/** grave (huyền), acute (sắc), tilde (ngã), hook (hỏi), dot below (nặng) */
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const STOP_TONES = new Set(['\u0301', '\u0323']);

interface SyllableShape {
  /** indices (in the toneless spelling) of the vowels that may carry the tone mark */
  tonePlaces: Set<number>;
  /** ends in c, ch, p, t: only sắc or nặng */
  stop: boolean;
}

/** Where a rhyme takes its tone mark (indices into the rhyme), both styles allowed. */
function tonePlaces(rhyme: string): number[] {
  const vowels = [...rhyme].flatMap((c, i) => (VOWELS.includes(c) ? [i] : []));
  const marked = vowels.filter((i) => MARKED_VOWELS.includes(rhyme[i]!));
  if (marked.length) return [marked[marked.length - 1]!];
  if (!VOWELS.includes(rhyme[rhyme.length - 1]!)) return [vowels[vowels.length - 1]!];
  if (vowels.length === 3) return [vowels[1]!];
  if (rhyme === 'oa' || rhyme === 'oe' || rhyme === 'uy') return [vowels[0]!, vowels[1]!];
  return [vowels[0]!];
}

/** Every toneless syllable the rules allow, with where its tone may go. */
export function buildSyllables(rules: SyllableRules): Map<string, SyllableShape> {
  const out = new Map<string, SyllableShape>();
  const rhymes = new Set(rules.rhymes);
  const add = (spelled: string, offset: number, rhyme: string) => {
    const places = tonePlaces(rhyme).map((i) => i + offset);
    const stop = rules.stopFinals.some((f) => rhyme.endsWith(f));
    const known = out.get(spelled);
    if (known) for (const p of places) known.tonePlaces.add(p);
    else out.set(spelled, { tonePlaces: new Set(places), stop });
  };
  for (const onset of ['', ...rules.onsets]) {
    for (const rhyme of rules.rhymes) {
      const front = rules.frontVowels.some((v) => rhyme.startsWith(v));
      if (rules.frontOnly.includes(onset) && !front) continue;
      if (rules.notBeforeFront.includes(onset) && front) continue;
      // "yê" opens a syllable only on its own or after qu (yên, quyết); elsewhere it is "iê"
      if (rhyme.startsWith('yê') && onset !== '' && onset !== 'qu') continue;
      if (onset === 'qu' && rhyme.startsWith('u')) continue;
      // gi + a rhyme starting with i shares the i: gì, gìn, giếng (not when the rest is itself a
      // rhyme: "gia" is gi + a)
      if (onset === 'gi' && rhyme.startsWith('i')) {
        if (!rhymes.has(rhyme.slice(1))) add('g' + rhyme, 1, rhyme);
        continue;
      }
      add(onset + rhyme, onset.length, rhyme);
    }
  }
  return out;
}

let syllables: Map<string, SyllableShape> | undefined;
/** What scoring makes of a word: 1 valid, 0 invalid, SKIP not judged (an abbreviation). */
const SKIP = 2;
const verdicts = new Map<string, 0 | 1 | typeof SKIP>();

/** Installs other syllable rules (tests, or a rules folder other than the project's). */
export function useSyllableRules(rules: SyllableRules): void {
  syllables = buildSyllables(rules);
  verdicts.clear();
}

function table(): Map<string, SyllableShape> {
  return (syllables ??= buildSyllables(loadSyllableRules()));
}

/**
 * True when `word` (letters only, any case, NFC or NFD) is one well-formed Vietnamese syllable:
 * "Quyết", "ĐỊNH", "hoà" and "hòa", "Uỷ" and "Ủy", "giếng". False for "Quyềt" (huyền before a
 * stop final), "mâ)m" pieces, "nh", "Uû", "UBND" (not a syllable; see `vietnameseScore` for how
 * abbreviations are skipped).
 */
export function isVietnameseSyllable(word: string): boolean {
  const v = verdict(word);
  return v === SKIP ? judge(word) : v === 1;
}

function verdict(word: string): 0 | 1 | typeof SKIP {
  let v = verdicts.get(word);
  if (v === undefined) {
    v = NOT_JUDGED.test(word) ? SKIP : judge(word) ? 1 : 0;
    // a bounded memo: real text repeats a few thousand words
    if (verdicts.size > 50_000) verdicts.clear();
    verdicts.set(word, v);
  }
  return v;
}

function judge(word: string): boolean {
  let bare = '';
  let tone = '';
  let tonePlace = -1;
  let letters = 0;
  // lowerVi's folding (Eth is Đ) without its locale-aware lower-casing, which costs ~100× more
  // per word and changes nothing for Vietnamese letters; garbage candidates miss the memo often
  for (const ch of word.toLowerCase().replace(/ð/g, 'đ').normalize('NFD')) {
    if (TONES.has(ch)) {
      if (tone || letters === 0) return false;
      tone = ch;
      tonePlace = letters - 1;
    } else {
      bare += ch;
      if (ch < '\u0300' || ch > '\u036f') letters++;
    }
  }
  const spelled = bare.normalize('NFC');
  if (spelled.length !== letters) return false; // a mark that does not compose into a Vietnamese letter
  const shape = table().get(spelled);
  if (!shape) return false;
  if (shape.stop) return STOP_TONES.has(tone) && shape.tonePlaces.has(tonePlace);
  return !tone || shape.tonePlaces.has(tonePlace);
}

export interface VietnameseScore {
  /** valid / words (0 when there are no words to judge) */
  score: number;
  /** word tokens judged: those with a lower-case letter or a letter outside A–Z and Đ */
  words: number;
  valid: number;
  /** symbols glued to letters that ordinary text does not have there: "VẾ)VIỆC", "U=Y", "nh©n" */
  strays: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
/** Abbreviations and letters that are not syllables but not errors either: UBND, QĐ, TTg, b). */
const NOT_JUDGED = /^(?:[A-Za-zĐđ][A-ZĐ][A-Za-zĐđ]*|[A-Z][a-zđ]*[A-ZĐ][A-Za-zĐđ]*|[b-df-hj-np-tv-zđB-DF-HJ-NP-TV-ZĐ])$/u;
// punctuation that normally touches a word; any other symbol next to a letter is a stray (« »
// too: rare as quotes in Vietnamese documents, everywhere in UTF-8 mojibake: "á»‡")
const ORDINARY = String.raw`.,;:!?'"“”‘’()[\]{}\-–—\/…%&_*°²³+#@`;
const ODD = String.raw`[^\p{L}\p{M}\p{N}\s${ORDINARY}]`;
// the symbol is matched first and its neighbours looked at after, which keeps the scan fast
const STRAY = new RegExp(
  String.raw`${ODD}(?:(?<=[\p{L}\p{M}]${ODD})|(?=\p{L}))|[()[\]{}](?<=\p{L}[()[\]{}])(?=\p{L})`,
  'gu',
);

/** Share of valid Vietnamese syllables among the word tokens of `text`, and stray symbols. */
export function vietnameseScore(text: string): VietnameseScore {
  let words = 0;
  let valid = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const v = verdict(m[0]);
    if (v === SKIP) continue;
    words++;
    valid += v;
  }
  const strays = text.match(STRAY)?.length ?? 0;
  return { score: words ? valid / words : 0, words, valid, strays };
}

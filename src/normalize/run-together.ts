/**
 * Split run-together lines: a PDF's layout can put on one line what the document has on several
 * (conventions §4.1, §7.5), and once joined no later stage can tell them apart. Four cases, with
 * their phrases in rules/run-together.yaml:
 *  - a header phrase that stands alone, with other text beside it ("Độc lập - Tự do - Hạnh phúc
 *    An Lão, ngày …");
 *  - a caps outline heading with its first sentence run in ("III. TỔ CHỨC THỰC HIỆN Căn cứ vào …");
 *  - a list item that ends a sentence followed by a new paragraph ("- Chủ các Nhóm lớp Mầm non độc
 *    lập. Thực hiện Công văn …");
 *  - a signature block on one line ("KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG Nguyễn Thị Thu Hương"): the
 *    signer's name, a second mark (KT./TL. after TM.) and the deputy's title each start a line.
 * Each split turns the white space between two words into a line break.
 */
import path from 'node:path';
import { z } from 'zod';
import { MappedTextBuilder } from '../document/mapped-text.js';
import { withText, type VDoc } from '../document/vdoc.js';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../rules/load.js';
import { isUpperWord, matchForm } from '../text/vietnamese.js';

export const RunTogetherFile = z.object({
  formats: z.array(z.enum(['txt', 'md', 'pdf', 'docx'])),
  standalone: z.array(z.string().min(1)),
  paragraphCues: z.array(z.string().min(1)),
  signatureMarks: z.array(z.string().regex(/^\p{Lu}+$/u, 'a mark is written in capitals without its dot')),
  deputyTitles: z.array(z.string().min(1)),
});
export type RunTogetherRules = z.infer<typeof RunTogetherFile>;

const cache = new Map<string, RunTogetherRules>();
export function loadRunTogetherRules(dir = DEFAULT_RULES_DIR): RunTogetherRules {
  let r = cache.get(dir);
  if (!r) cache.set(dir, (r = loadRuleFile(path.join(dir, 'run-together.yaml'), RunTogetherFile)));
  return r;
}

interface Word {
  text: string;
  form: string;
  start: number;
  end: number;
}

function wordsOf(line: string): Word[] {
  return [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], form: matchForm(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Index of the first word where `phrase` (matching forms, word by word) starts, from `from`. */
function findPhrase(words: Word[], phrase: string[], from = 0): number {
  for (let i = from; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, k) => words[i + k]!.form === p)) return i;
  }
  return -1;
}

const OUTLINE_LABEL = /^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)\s*[.)]$/;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Word indexes of one line before which a new line starts. */
export function splitPoints(line: string, rules: RunTogetherRules): number[] {
  const words = wordsOf(line);
  if (words.length < 2) return [];
  const cuts = new Set<number>();
  for (const p of rules.standalone) {
    const phrase = matchForm(p).split(' ');
    const at = findPhrase(words, phrase);
    if (at < 0) continue;
    if (at > 0) cuts.add(at);
    if (at + phrase.length < words.length) cuts.add(at + phrase.length);
  }
  // "III. TỔ CHỨC THỰC HIỆN Căn cứ vào …": two caps words or more after the label, then a sentence
  if (OUTLINE_LABEL.test(words[0]!.text)) {
    let k = 1;
    while (k < words.length && !/\p{Ll}/u.test(words[k]!.text)) k++;
    const caps = words.slice(1, k).filter((w) => isUpperWord(w.text)).length;
    if (caps >= 2 && k + 1 < words.length && TITLE_WORD.test(words[k]!.text) && /^\p{Ll}/u.test(words[k + 1]!.text)) cuts.add(k);
  }
  if (/^[-+•]$/.test(words[0]!.text)) {
    for (const cue of rules.paragraphCues) {
      const phrase = matchForm(cue).split(' ');
      for (let at = findPhrase(words, phrase, 2); at > 0; at = findPhrase(words, phrase, at + 1)) {
        if (/[.;]$/.test(words[at - 1]!.text) && TITLE_WORD.test(words[at]!.text)) cuts.add(at);
      }
    }
  }
  const mark = (w: Word | undefined) => !!w && rules.signatureMarks.some((m) => w.text === `${m}.`);
  if (mark(words[0])) {
    // the signer's name: two to five capitalised words at the end, after the caps titles
    let n = words.length;
    while (n > 1 && words.length - n < 5 && NAME_WORD.test(words[n - 1]!.text)) n--;
    const named = words.length - n >= 2 && isUpperWord(words[n - 1]!.text);
    const titles = named ? n : words.length;
    if (named) cuts.add(n);
    let deputy = words[0]!.text === 'KT.';
    for (let i = 2; i < titles; i++) {
      if (mark(words[i])) {
        cuts.add(i);
        deputy = words[i]!.text === 'KT.';
      } else if (deputy && rules.deputyTitles.some((t) => words[i]!.text === t) && !mark(words[i - 1])) {
        cuts.add(i);
        deputy = false;
      }
    }
  }
  return [...cuts].sort((a, b) => a - b).map((i) => words[i]!.start);
}

export function splitRunTogether(doc: VDoc, rules: RunTogetherRules = loadRunTogetherRules()): VDoc {
  if (!rules.formats.includes(doc.format)) return doc;
  const text = doc.mapped.text;
  const b = new MappedTextBuilder(doc.mapped);
  let cursor = 0;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    for (const at of splitPoints(text.slice(start, end), rules)) {
      // replace the white space before the word with the line break
      let ws = start + at;
      while (ws > start && /[ \t]/.test(text[ws - 1]!)) ws--;
      b.keep(cursor, ws).replace(ws, start + at, '\n');
      cursor = start + at;
    }
    start = end + 1;
  }
  if (cursor === 0) return doc;
  b.keep(cursor, text.length);
  return withText(doc, b.build());
}

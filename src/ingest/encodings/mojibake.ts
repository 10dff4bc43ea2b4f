/**
 * Mojibake inside Unicode text: lines typed in TCVN3 (.VnTime, "ABC") or VNI fonts that reached
 * Unicode as Windows-1252 characters, and UTF-8 that was read as Windows-1252. Only lines carrying
 * a signature (a Latin-1 symbol or non-Vietnamese Latin letter, §7.2 of the conventions) are
 * tried; a line is replaced only when a conversion makes it clearly more Vietnamese, so correct
 * text, foreign names and mixed documents (Unicode header, TCVN3 body) are safe.
 */
import { combinedQuality, textQuality, type TextQuality } from '../quality.js';
import { tcvn3FromLatin1, utf8FromCp1252, vniToUnicode } from './legacy.js';
import { CP1252_C1 } from './tables.js';

export type MojibakeKind = 'tcvn3' | 'vni' | 'utf8-as-cp1252';

export const MOJIBAKE_NAMES: Readonly<Record<MojibakeKind, string>> = {
  tcvn3: 'TCVN3 (.VnTime/ABC font) text read as Windows-1252',
  vni: 'VNI font text read as Windows-1252',
  'utf8-as-cp1252': 'UTF-8 read as Windows-1252',
};

const CONVERTERS: ReadonlyArray<[MojibakeKind, (line: string) => string]> = [
  ['tcvn3', tcvn3FromLatin1],
  ['vni', vniToUnicode],
  ['utf8-as-cp1252', utf8FromCp1252],
];

export interface Repair {
  kind: MojibakeKind;
  lines: number;
  /** quality of those lines before and after (see quality.ts) */
  before: number;
  after: number;
}

export interface Repaired {
  text: string;
  repairs: Repair[];
}

/** C1 controls, Latin-1 symbols and the Latin-1 letters Vietnamese does not use (Eth aside: normalize maps it). */
const SIGNATURE = /[\u0080-\u009F\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/u;
/** Text that could be entirely 8-bit bytes read as Windows-1252 (or Latin-1, or strictly, with U+FFFD). */
const CP1252_TEXT = new RegExp(`^[\\u0000-\\u00FF\\uFFFD${CP1252_C1}]*$`, 'u');
/** How much better a conversion must read, and how well at least, to replace a line. */
const MIN_GAIN = 0.2;
const MIN_QUALITY = 0.6;

export function repairMojibake(text: string): Repaired {
  if (!SIGNATURE.test(text)) return { text, repairs: [] };
  const lines = text.split('\n');
  const tried = lines.map((line) => (SIGNATURE.test(line) ? tryLine(line) : null));
  // a short line can read well in two encodings ("Löu" is VNI "Lưu" and TCVN3 "Lửu"); the
  // encoding most lines chose settles ties
  const votes = new Map<MojibakeKind, number>();
  for (const t of tried) {
    const best = t?.options[0];
    if (best) votes.set(best.kind, (votes.get(best.kind) ?? 0) + 1);
  }
  const weight = (kind: MojibakeKind) => votes.get(kind) ?? 0;
  const done = new Map<MojibakeKind, { before: TextQuality[]; after: TextQuality[] }>();
  const record = (kind: MojibakeKind, before: TextQuality, after: TextQuality) => {
    const d = done.get(kind) ?? { before: [], after: [] };
    d.before.push(before);
    d.after.push(after);
    done.set(kind, d);
  };
  const out = lines.map((line, i) => {
    const t = tried[i];
    if (!t?.options.length) return line;
    const top = t.options[0]!.q.quality;
    const tied = t.options.filter((o) => top - o.q.quality < 1e-9);
    const pick = tied.sort((a, b) => weight(b.kind) - weight(a.kind))[0]!;
    record(pick.kind, t.before, pick.q);
    return pick.text;
  });
  // In a document where one conversion repaired several lines, a line that reads as Vietnamese
  // either way ("Sè:" is TCVN3 for "Số:", and also a word) or is mostly foreign names gets it too,
  // when the line could be all 8-bit text and the conversion does not make it read worse.
  const main = [...votes.keys()].sort((a, b) => weight(b) - weight(a))[0];
  if (main && weight(main) >= 2) {
    const [, convert] = CONVERTERS.find(([k]) => k === main)!;
    lines.forEach((line, i) => {
      if (out[i] !== line || !/[^\x00-\x7f]/.test(line) || !CP1252_TEXT.test(line)) return;
      const converted = convert(line);
      if (converted === line) return;
      const before = textQuality(line);
      const after = textQuality(converted);
      if (after.quality < before.quality || after.valid < before.valid) return;
      record(main, before, after);
      out[i] = converted;
    });
  }
  if (!done.size) return { text, repairs: [] };
  const repairs = [...done].map(([kind, d]) => ({
    kind,
    lines: d.after.length,
    before: combinedQuality(d.before).quality,
    after: combinedQuality(d.after).quality,
  }));
  return { text: out.join('\n'), repairs };
}

interface Option {
  kind: MojibakeKind;
  text: string;
  q: TextQuality;
}

/** The conversions of a line that read clearly better than it, best first. */
function tryLine(line: string): { before: TextQuality; options: Option[] } {
  const before = textQuality(line);
  const options: Option[] = [];
  for (const [kind, convert] of CONVERTERS) {
    const converted = convert(line);
    if (converted === line) continue;
    const q = textQuality(converted);
    if (q.words && q.quality >= MIN_QUALITY && q.quality - before.quality >= MIN_GAIN) options.push({ kind, text: converted, q });
  }
  return { before, options: options.sort((a, b) => b.q.quality - a.q.quality) };
}

/** The warning left on the document: what was converted, on how many lines, and how it scored. */
export function describeRepair(r: Repair): string {
  return `repaired ${MOJIBAKE_NAMES[r.kind]} on ${r.lines} line${r.lines === 1 ? '' : 's'} (quality ${r.before.toFixed(2)} → ${r.after.toFixed(2)})`;
}

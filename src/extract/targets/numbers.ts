/**
 * Stage 1: find the numbers of a sentence that are values (percent, count, ratio), in Vietnamese
 * writing: decimal comma ("99,6%"), thousands dot ("1.549"), zero padding ("01 trường"), space
 * before "%" ("0,2 %/năm"), "17/17 xã", "2,5 giáo viên nhà trẻ/lớp", "04 tin bài/tháng".
 * Dates, symbols, year ranges, outline numbers, labels ("lớp 1", "mức độ 2"), ages ("trẻ 5 tuổi"),
 * durations and numbers inside quoted titles are not values.
 */
import type { Target } from '../../contract/schema.js';
import type { CompiledTargetRules } from './rules.js';
import { isNumberToken, isWordToken, type Token } from './phrases.js';

export interface NumberValue {
  /** index of the number's token */
  index: number;
  /** token index after the value and its unit ("%", "%/năm", "/17"), not after a count's noun */
  valueEnd: number;
  value: number;
  unit: Target['unit'];
  per: string | null;
  of: number | null;
}

/** "99,6" → 99.6, "1.549" → 1549, "01" → 1; null for outline numbers and dotted dates ("2.1"). */
export function parseVietnameseNumber(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^\d{1,3}(?:\.\d{3})+$/.test(raw)) return Number(raw.replace(/\./g, ''));
  if (/^\d+,\d+$/.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}

const isYear = (raw: string) => /^(?:19|20)\d{2}$/.test(raw);
const DASHES = new Set(['-', '–', '—']);

/**
 * Character ranges of quoted text on each line ("Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ …”"):
 * numbers there belong to a title. A quote left open on its line is ignored.
 */
export function quotedRanges(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.slice(from, to).matchAll(/“[^”\n]*”|"[^"\n]*"/g)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

const inRanges = (pos: number, ranges: ReadonlyArray<[number, number]>) => ranges.some(([a, b]) => a <= pos && pos < b);

/** True when the token opens its line and is followed by "." or ")": an outline number ("2.", "1.3."). */
function isOutlineLabel(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || (next.text !== '.' && next.text !== ')')) return false;
  const lineStart = text.lastIndexOf('\n', tokens[i]!.start - 1) + 1;
  return /^[\s\-+*•]*$/.test(text.slice(lineStart, tokens[i]!.start));
}

/** The unit phrase right after a slash at token `i` ("/tháng", "/năm học", "/lớp"), if any. */
function perUnit(tokens: readonly Token[], i: number, rules: CompiledTargetRules): { per: string; time: boolean; end: number } | null {
  if (tokens[i]?.text !== '/' || !isWordToken(tokens[i + 1])) return null;
  const time = rules.timeUnits.longestAt(tokens, i + 1);
  if (time) return { per: tokens.slice(i + 1, time.end).map((t) => t.form).join(' '), time: true, end: time.end };
  return { per: tokens[i + 1]!.form, time: false, end: i + 2 };
}

/**
 * The values among the tokens of one sentence. `text` is the full normalized text (to see line
 * starts), `quoted` the quoted ranges of the sentence's line.
 */
export function readNumbers(
  text: string,
  tokens: readonly Token[],
  rules: CompiledTargetRules,
  quoted: ReadonlyArray<[number, number]> = [],
): NumberValue[] {
  const out: NumberValue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isNumberToken(tok)) continue;
    const value = parseVietnameseNumber(tok.text);
    if (value === null) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (inRanges(tok.start, quoted)) continue;
    if (prev?.text === '[' && next?.text === ']') continue; // footnote marker "[1]"
    if (prev?.text === '/') continue; // later part of a date, a symbol or a fraction
    if (isOutlineLabel(text, tokens, i)) continue;
    // ranges "2021-2025", "3-5 tuổi"
    if (prev && DASHES.has(prev.text) && isNumberToken(tokens[i - 2])) continue;
    if (next && DASHES.has(next.text) && isNumberToken(tokens[i + 2])) continue;

    let of: number | null = null;
    let j = i + 1;
    if (next?.text === '/') {
      const den = tokens[i + 2];
      // "17/17 xã" is a count out of a total; "30/8/2024", "12/2024", "105/2020/NĐ-CP", "2458/QĐ" are not values
      if (!den || !/^\d{1,3}$/.test(den.text) || tokens[i + 3]?.text === '/' || DASHES.has(tokens[i + 3]?.text ?? '')) continue;
      of = Number(den.text);
      if (of < value) continue;
      j = i + 3;
    }

    if (tokens[j]?.text === '%' && of === null) {
      const per = perUnit(tokens, j + 1, rules);
      out.push({ index: i, valueEnd: per ? per.end : j + 1, value, unit: 'percent', per: per?.per ?? null, of: null });
      continue;
    }
    if (isYear(tok.text)) continue;
    // a number after a label word ("lớp 1", "mức độ 2", "tháng 12") or a capitalised document type
    // ("Thông tư 02", "Quyết định 1609") is not a value
    if (rules.labelWords.endingAt(tokens, i)) continue;
    const doc = rules.documentTypes.endingAt(tokens, i);
    if (doc && /^\p{Lu}/u.test(tokens[doc.start]!.text)) continue;

    let scaled = value;
    const scale = rules.scales.get(tokens[j]?.form ?? '');
    if (scale) { scaled = value * scale; j++; }
    // a count needs the noun it counts; ages, durations and names ("5 tuổi", "2 buổi", "bếp 1 chiều") are not counts
    if (!isWordToken(tokens[j]) || rules.descriptionUnits.matchesAt(tokens, j).length) continue;

    let unit: Target['unit'] = 'count';
    let per: string | null = null;
    // "2,5 giáo viên nhà trẻ/lớp", "04 tin bài/tháng": the slash comes after a short noun phrase
    for (let k = j; k < Math.min(tokens.length, j + 6) && (isWordToken(tokens[k]) || tokens[k]!.text === '/'); k++) {
      const p = perUnit(tokens, k, rules);
      if (!p) continue;
      per = p.per;
      if (!p.time) unit = 'ratio';
      break;
    }
    out.push({ index: i, valueEnd: of === null ? (scale ? i + 2 : i + 1) : i + 3, value: scaled, unit, per, of });
  }
  return out;
}

/**
 * Dates after a cited symbol or law name (conventions §3.2): "ngày 14 tháng 10 năm 2025",
 * "ngày 08/9/2020", "ngày 31/12 /2021", Party style "ngày 01-10-1997", or just "năm 2019".
 * Output is ISO cut to what the text says ("2019", "2023-11", "2025-10-14").
 */
import { at } from './fold.js';

export interface ParsedDate {
  iso: string;
  year: number;
  start: number;
  end: number;
}

// All on folded text (lower case, plain dashes). Day and month of a long date may be left blank.
const LONG = /,?\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*((?:19|20)\d{2})(?!\d)/y;
const NUMERIC = /,?\s*ngày\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?!\d)/y;
const YEAR_ONLY = /,?\s*năm\s+((?:19|20)\d{2})(?![\d/-])/y;
const BARE_YEAR = /\s+((?:19|20)\d{2})(?![\d/-])/y;

export function isoDate(day: string | undefined, month: string | undefined, year: string): string | null {
  const y = Number(year);
  if (!month) return String(y);
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, '0');
  if (!day) return `${y}-${mm}`;
  const d = Number(day);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > last) return null;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads "ngày …" (or, with `yearOnly`, "năm YYYY" and a bare year) right after `pos`, across
 * white space and one comma. `fold` is the folded text.
 */
export function readDateAfter(fold: string, pos: number, yearOnly = false): ParsedDate | null {
  let m = at(LONG, fold, pos);
  if (m) {
    const iso = isoDate(m[1], m[2], m[3]!);
    if (iso) return { iso, year: Number(m[3]), start: m.index + m[0].search(/ngày/), end: LONG.lastIndex };
  }
  m = at(NUMERIC, fold, pos);
  if (m) {
    const iso = isoDate(m[1], m[3], m[4]!);
    if (iso) return { iso, year: Number(m[4]), start: m.index + m[0].search(/ngày/), end: NUMERIC.lastIndex };
  }
  if (yearOnly) {
    m = at(YEAR_ONLY, fold, pos) ?? at(BARE_YEAR, fold, pos);
    if (m) return { iso: m[1]!, year: Number(m[1]), start: m.index + m[0].search(/\S/), end: m.index + m[0].length };
  }
  return null;
}

/** Every "ngày …" date in a piece of folded text (the audit reads them from mention texts). */
export function datesIn(fold: string): ParsedDate[] {
  const out: ParsedDate[] = [];
  for (let i = fold.indexOf('ngày'); i >= 0; i = fold.indexOf('ngày', i + 4)) {
    const d = readDateAfter(fold, i);
    if (d) out.push(d);
  }
  return out;
}

/** Earliest and latest day a partial ISO date can stand for, as comparable strings. */
export function dateRange(iso: string): [string, string] {
  const [y, m, d] = iso.split('-');
  if (d) return [iso, iso];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Two partial dates disagree when no day fits both ("2019" and "2019-06-14" agree). */
export function datesDisagree(a: string, b: string): boolean {
  const [a0, a1] = dateRange(a);
  const [b0, b1] = dateRange(b);
  return a1 < b0 || b1 < a0;
}

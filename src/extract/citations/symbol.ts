/**
 * Number symbols ("số, ký hiệu") of every shape in conventions §1.2, read at an offset and
 * normalized for keys: `105/2020/NĐ-CP`, `2270/QĐ-TTg`, `29-NQ/TW`, `13/2016/TTLT-BYT-BGDĐT`,
 * `2635/SGDĐT-GDMN`, with the damage seen in practice (spaces around separators, a line break
 * after a hyphen, `Ủy ban nhân dân tỉnh` for UBND, `Bộ GD&ĐT` for BGDĐT, `TƯ` for TW).
 */
import { asciiFold } from '../../text/vietnamese.js';
import { at, foldKey, foldSameLength } from './fold.js';
import type { CitationRules } from './rules.js';

/**
 * normative: N/YYYY/TYPE-ISSUER; law: N/YYYY/QHnn; administrative: N/TYPE-ISSUER;
 * congvan: N/ISSUER-UNIT; party: N-TYPE/ISSUER; other: N/CODE (historic 101/CP, damaged forms).
 */
export type SymbolFamily = 'normative' | 'law' | 'administrative' | 'congvan' | 'party' | 'other';

export interface ParsedSymbol {
  start: number;
  end: number;
  /** as written, without the white space around separators */
  written: string;
  /** as written ("06") */
  number: string;
  year: number | null;
  /** canonical type abbreviation (QĐ, NĐ, TTLT …), null for công văn and unknown shapes */
  typeAbbr: string | null;
  /** canonical codes of the issuer(s) */
  issuerCodes: string[];
  family: SymbolFamily;
  /** the canonical form used in keys */
  normalized: string;
}

interface Segment {
  raw: string;
  canonical: string;
  end: number;
  /** a known code or all capitals: a real symbol part rather than a word of the sentence */
  codeLike: boolean;
}

const NUMBER = /\d{1,5}(?!\d)/y;
const SPACES = /[ \t]*/y;
const YEAR = /((?:19|20)\d{2})[ \t]*\/[ \t]*/y;
// A hyphen may be followed by a line break (a symbol wrapped at the hyphen) but not preceded by one.
const HYPHEN = /[ \t]*-\s*/y;
const SLASH = /[ \t]*\/[ \t]*/y;
const CODE = /\p{Lu}[\p{L}\p{N}&]*/uy;
const CAPITALS = /^[\p{Lu}\p{N}&]+$/u;

/** The offset after a sticky match at `pos`, or `pos` when there is none. */
function skip(re: RegExp, s: string, pos: number): number {
  return at(re, s, pos) ? re.lastIndex : pos;
}

/** The canonical spelling of a code, or null when the code is not in the rules. */
export function knownCode(raw: string, rules: CitationRules, loose = false): string | null {
  const k = foldKey(raw).replace(/\s+/g, '');
  const spelled = rules.issuers.symbolSpelling.get(foldKey(raw));
  if (spelled) return spelled;
  const abbr = rules.abbrCanonical.get(k);
  if (abbr) return abbr;
  const body = rules.issuers.byCode.get(k);
  if (body?.code) return body.code;
  for (const b of rules.issuers.prefixCodes) {
    const code = foldKey(b.code!);
    if (k.startsWith(code) && /^\d+$/.test(k.slice(code.length))) return b.code! + k.slice(code.length);
  }
  if (k.includes('&')) return knownCode(raw.replace(/&/g, ''), rules, loose);
  if (loose) {
    // User input typed without diacritics ("QD-TTg"): accept when exactly one code folds to it.
    const a = asciiFold(raw).replace(/\s+/g, '');
    const hits = new Set<string>();
    for (const [f, c] of rules.abbrCanonical) if (asciiFold(f) === a) hits.add(c);
    for (const [f, b] of rules.issuers.byCode) if (asciiFold(f) === a && b.code) hits.add(b.code);
    if (hits.size === 1) return [...hits][0]!;
  }
  return null;
}

function readSegment(text: string, fold: string, pos: number, rules: CitationRules, loose: boolean): Segment | null {
  const spelled = at(rules.issuers.symbolSpellingRe, fold, pos);
  if (spelled) {
    const raw = text.slice(pos, pos + spelled[0].length).replace(/\s+/g, ' ');
    return { raw, canonical: knownCode(raw, rules)!, end: pos + spelled[0].length, codeLike: true };
  }
  const m = at(CODE, text, pos);
  if (!m) {
    if (!loose) return null;
    // User input may be lower case ("qđ-ttg").
    const l = at(/[\p{L}][\p{L}\p{N}&]*/uy, text, pos);
    if (!l) return null;
    const c = knownCode(l[0], rules, true);
    return { raw: l[0], canonical: c ?? l[0].toUpperCase(), end: pos + l[0].length, codeLike: true };
  }
  let raw = m[0];
  let end = pos + raw.length;
  // "Q Đ-UBND", "SGD ĐT": a space inside a code, kept only when the joined code is known.
  const next = text[end] === ' ' ? at(CODE, text, end + 1) : null;
  if (next && knownCode(raw + next[0], rules) && !knownCode(raw, rules)) {
    raw += next[0];
    end += 1 + next[0].length;
  }
  const canonical = knownCode(raw, rules, loose);
  return { raw, canonical: canonical ?? raw, end, codeLike: canonical !== null || CAPITALS.test(raw) };
}

function readSegments(text: string, fold: string, pos: number, rules: CitationRules, loose: boolean): Segment[] {
  const segs: Segment[] = [];
  const first = readSegment(text, fold, pos, rules, loose);
  if (!first) return segs;
  segs.push(first);
  for (;;) {
    const h = at(HYPHEN, fold, segs.at(-1)!.end);
    if (!h) break;
    const seg = readSegment(text, fold, h.index + h[0].length, rules, loose);
    if (!seg || !seg.codeLike) break;
    segs.push(seg);
  }
  return segs;
}

const pad = (n: string): string => (n.length === 1 ? `0${n}` : n);

export interface ReadSymbolOptions {
  /** a type word precedes ("Quyết định số …"): shapes that need one (101/CP) are accepted */
  typed: boolean;
  /** user input: lower case and missing diacritics accepted */
  loose?: boolean;
}

/** Reads a symbol starting at `pos` (a digit). `fold` is foldSameLength(text). */
export function readSymbol(text: string, fold: string, pos: number, rules: CitationRules, opts: ReadSymbolOptions): ParsedSymbol | null {
  const num = at(NUMBER, text, pos);
  if (!num) return null;
  const number = num[0];
  const loose = opts.loose ?? false;
  let p = pos + number.length;
  const party = fold[p] === '-';
  if (party) {
    const type = readSegment(text, fold, p + 1, rules, loose);
    if (!type || !(type.codeLike || opts.typed)) return null;
    const slash = at(SLASH, fold, type.end);
    if (!slash) return null;
    const issuers = readSegments(text, fold, slash.index + slash[0].length, rules, loose);
    if (!issuers.length || !issuers.every((s) => s.codeLike)) return null;
    const codes = issuers.map((s) => s.canonical);
    return {
      start: pos,
      end: issuers.at(-1)!.end,
      written: `${number}-${type.raw}/${issuers.map((s) => s.raw).join('-')}`,
      number,
      year: null,
      typeAbbr: type.canonical,
      issuerCodes: codes,
      family: 'party',
      normalized: `${pad(number)}-${type.canonical}/${codes.join('-')}`,
    };
  }
  p = skip(SPACES, text, p);
  if (fold[p] !== '/') return null;
  p = skip(SLASH, fold, p);
  const y = at(YEAR, fold, p);
  const year = y ? Number(y[1]) : null;
  if (y) p += y[0].length;
  const segs = readSegments(text, fold, p, rules, loose);
  if (!segs.length) return null;
  if (!opts.typed && !segs.every((s) => s.codeLike)) return null;
  const [first, ...rest] = segs;
  const firstType = rules.typeByAbbr.has(foldKey(first!.canonical)) ? first!.canonical : null;
  let family: SymbolFamily;
  let typeAbbr: string | null = null;
  let issuerCodes: string[];
  if (year !== null) {
    const isLaw = rules.issuers.prefixCodes.some((b) => first!.canonical.startsWith(b.code!)) && rest.length === 0;
    family = isLaw ? 'law' : 'normative';
    typeAbbr = isLaw ? null : firstType;
    issuerCodes = isLaw ? [first!.canonical] : rest.map((s) => s.canonical);
  } else if (firstType && rest.length) {
    family = 'administrative';
    typeAbbr = firstType;
    issuerCodes = rest.map((s) => s.canonical);
  } else if (rest.length) {
    family = 'congvan';
    issuerCodes = [first!.canonical];
  } else {
    if (!opts.typed) return null;
    family = 'other';
    issuerCodes = [first!.canonical];
  }
  const head = year !== null ? `${number}/${year}/` : `${number}/`;
  return {
    start: pos,
    end: segs.at(-1)!.end,
    written: head + segs.map((s) => s.raw).join('-'),
    number,
    year,
    typeAbbr,
    issuerCodes,
    family,
    normalized: (year !== null ? `${pad(number)}/${year}/` : `${pad(number)}/`) + segs.map((s) => s.canonical).join('-'),
  };
}

/** Parses a whole string as a symbol ("80/NĐ-CP", "51-KL/TƯ"); null unless all of it is one. */
export function parseSymbolString(s: string, rules: CitationRules, loose = false): ParsedSymbol | null {
  const text = s.normalize('NFC').replace(/\u00D0/g, 'Đ').trim();
  const sym = readSymbol(text, foldSameLength(text), 0, rules, { typed: true, loose });
  return sym && text.slice(sym.end).trim() === '' ? sym : null;
}

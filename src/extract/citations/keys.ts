/**
 * Citation keys: the normalized symbol, plus "|year" when the symbol carries no year
 * ("2270/QĐ-TTg|2025", "105/2020/NĐ-CP", "29-NQ/TW|2013"); a law cited by name is keyed by its
 * name and year ("Luật Giáo dục|2019"). The same functions key a document's own metadata (so an
 * imported document links to the citations of it) and user input (`vanban cites …`).
 */
import type { DocumentMeta } from '../../contract/schema.js';
import { foldKey, foldSameLength } from './fold.js';
import { nameKeyOf } from './find.js';
import { loadCitationRules, type CitationRules } from './rules.js';
import { parseSymbolString, readSymbol, type ParsedSymbol } from './symbol.js';
import { readDateAfter } from './dates.js';

/** Key of a symbol: its own year, else the year of the date it was cited with, else none. */
export function symbolKey(sym: ParsedSymbol, year: number | null): string {
  return sym.year !== null || year === null ? sym.normalized : `${sym.normalized}|${year}`;
}

export function splitCitationKey(key: string): { base: string; year: number | null } {
  const i = key.lastIndexOf('|');
  if (i < 0) return { base: key, year: null };
  const year = Number(key.slice(i + 1));
  return Number.isInteger(year) ? { base: key.slice(0, i), year } : { base: key, year: null };
}

/** The key a document would have when cited; null when its number is left blank. */
export function documentKey(meta: DocumentMeta, rules: CitationRules = loadCitationRules()): string | null {
  if (!meta.symbol || !meta.number?.trim()) return null;
  const sym = parseSymbolString(meta.symbol, rules);
  if (!sym) return null;
  const year = meta.date ? Number(meta.date.slice(0, 4)) : null;
  return symbolKey(sym, Number.isInteger(year) ? year : null);
}

/**
 * Every key a document may be cited by: its symbol key and, for a law or code, its name and
 * year ("Luật Giáo dục|2019"), taken from its title.
 */
export function documentKeys(meta: DocumentMeta, rules: CitationRules = loadCitationRules()): string[] {
  const keys: string[] = [];
  const k = documentKey(meta, rules);
  if (k) keys.push(k);
  const year = meta.date?.slice(0, 4);
  if (meta.type && rules.named.has(foldKey(meta.type)) && meta.title && year) {
    const name = meta.title.replace(new RegExp(`^\\s*${meta.type}\\s+`, 'iu'), '');
    keys.push(`${nameKeyOf(meta.type, name)}|${year}`);
  }
  return keys;
}

/** normalizeCitationKey with explicit rules (the registry loader uses it before the rules are cached). */
export function normalizeKeyWith(rules: CitationRules, input: string): string {
  const s = input.normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').replace(/\s+/g, ' ').trim();
  const fold = foldSameLength(s);
  // A pasted mention: "Quyết định số 1609/QĐ-TTg ngày 26/12/2022".
  rules.typeWordAtRe.lastIndex = 0;
  const type = rules.typeWordAtRe.exec(fold);
  const typeName = type ? rules.typeWord.get(foldKey(type[0])) : undefined;
  let p = type ? type[0].length : 0;
  const so = /^\s*(?:số\s*:?\s*)?/u.exec(fold.slice(p))!;
  p += so[0].length;
  const sym = /\d/.test(s[p] ?? '') ? readSymbol(s, fold, p, rules, { typed: true, loose: true }) : null;
  if (sym) {
    const rest = fold.slice(sym.end);
    const date = readDateAfter(fold, sym.end, true);
    const year = /^\s*\|\s*((?:19|20)\d{2})\s*$/u.exec(rest)?.[1] ?? /^\s+((?:19|20)\d{2})\s*$/u.exec(rest)?.[1] ?? date?.year ?? null;
    return symbolKey(sym, year === null ? null : Number(year));
  }
  if (typeName && rules.named.has(foldKey(typeName))) {
    let name = s.slice(type![0].length).trim();
    let year: number | null = null;
    const bar = name.lastIndexOf('|');
    if (bar >= 0) {
      year = Number(name.slice(bar + 1)) || null;
      name = name.slice(0, bar).trim();
    } else {
      const nf = foldSameLength(name);
      const d = nf.search(/,?\s*ngày\s|\s+năm\s+(?:19|20)\d{2}|\s+(?:19|20)\d{2}\s*$/u);
      const date = d >= 0 ? readDateAfter(nf, d, true) : null;
      if (date) {
        year = date.year;
        name = name.slice(0, d).trim();
      }
    }
    const base = nameKeyOf(typeName, name);
    return year === null ? base : `${base}|${year}`;
  }
  return s.replace(/\s*([/|-])\s*/g, '$1');
}

/**
 * Normalizes a key typed by a user ("1609/QĐ-TTg", "1609/QD-TTg|2022", "Luật giáo dục năm 2019",
 * "51-KL/TƯ", "3844/KH-Ủy ban nhân dân tỉnh|2021") to the form the extractor writes. Without a
 * year the result has none either: match it against the part of stored keys before "|".
 */
export function normalizeCitationKey(input: string, rules: CitationRules = loadCitationRules()): string {
  return normalizeKeyWith(rules, input);
}

/**
 * The matching forms behind cross-document queries: how a citation key, a document's own keys, a
 * declared nickname and a province name are written in the index columns so that one indexed
 * equality finds every spelling. Pure functions; the SQL lives in sqlite.ts, queries.ts and
 * migrations.ts.
 */
import type { Citation, DocumentMeta } from '../contract/schema.js';
import { foldKey } from '../extract/citations/fold.js';
import { documentKeys, normalizeCitationKey, splitCitationKey } from '../extract/citations/keys.js';
import { loadCitationRules } from '../extract/citations/rules.js';
import { parseSymbolString } from '../extract/citations/symbol.js';
import { levelAndProvince } from '../segment/header.js';
import { asciiFold, plainPunctuation } from '../text/vietnamese.js';

/** Symbols compare without case, diacritics, spaces or dash variants: "2458/QĐ-UBND" = "2458/qd-ubnd". */
export function foldSymbol(symbol: string): string {
  return asciiFold(plainPunctuation(symbol)).replace(/\s+/g, '');
}

/**
 * A key as the index holds it: the folded key without its "|year", and the year apart. Keys are
 * normalized first, so "1609 / QÐ-TTg|2022" and "3844/KH-Ủy ban nhân dân tỉnh|2021" index like the
 * extractor's "1609/QĐ-TTg|2022" and "3844/KH-UBND|2021".
 */
export interface KeyParts {
  base: string;
  year: number | null;
}

/**
 * Remembers a function of a string. The functions below run for every citation imported, and
 * documents cite the same few hundred documents and issuers over and over. Bounded, as the input
 * is open.
 */
function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size > 50_000) cache.clear();
      cache.set(key, (v = fn(key)));
    }
    return v;
  };
}

const keyPartsOf = memo((key): KeyParts => {
  const { base, year } = splitCitationKey(normalizeCitationKey(key));
  return { base: foldSymbol(base), year };
});

export function keyParts(key: string): KeyParts {
  return { ...keyPartsOf(key) };
}

/**
 * Two keys name the same document when their bases agree and their years do not disagree: a key
 * without a year (a symbol that carries its own, or a citation that gave no date) matches any year.
 */
export function keysMatch(a: KeyParts, b: KeyParts): boolean {
  return a.base === b.base && (a.year === null || b.year === null || a.year === b.year);
}

/** The keys a stored document can be cited by: the one its extraction declares, and those of its header. */
export function keysOfDocument(meta: DocumentMeta): string[] {
  const keys = meta.key ? [meta.key] : [];
  for (const k of documentKeys(meta)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** Nicknames and place names compare without case, diacritics or spacing: "Chuong trinh 1609" = "Chương trình 1609". */
export function nameForm(s: string): string {
  return asciiFold(plainPunctuation(s)).trim();
}

/**
 * Where a cited symbol is unique. National codes (TTg, CP, BGDĐT: rules/issuers.yaml) name one
 * body, so their symbols need no place: null. Local codes (UBND, HĐND, SGDĐT) repeat in every
 * province, so "143/KH-UBND|2023" links only to a document of the province the citation names
 * in its issuer, or else of the citing document's own province (a local document cites its own
 * authorities without naming the place). The folded province, or null when it cannot be told.
 */
export function citationScope(c: Pick<Citation, 'symbol' | 'issuer'>, citingProvince: string | null): string | null {
  if (!c.symbol || !isLocalSymbol(c.symbol)) return null;
  const named = c.issuer ? provinceOfIssuer(c.issuer) : null;
  const province = named ?? citingProvince;
  return province ? provinceForm(province) : null;
}

const provinceForm = memo(nameForm);

const isLocalSymbol = memo((symbol): boolean => {
  const rules = loadCitationRules();
  const sym = parseSymbolString(symbol, rules);
  return !!sym?.issuerCodes.length && !sym.issuerCodes.every((code) => rules.issuers.byCode.get(foldKey(code))?.national);
});

const provinceOfIssuer = memo((issuer): string | null => levelAndProvince(issuer, '', loadCitationRules().places).province);

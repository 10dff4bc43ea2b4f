/**
 * Finding citation candidates in the normalized text (the slot grammar of conventions §2.2):
 *   [cue] TYPE [số[:]] SYMBOL [ngày DATE] [của ISSUER] [TITLE] [(sau đây gọi tắt là ALIAS)]
 * plus laws cited by name ("Luật Giáo dục năm 2019"), short forms ("Quyết định 1609") and symbols
 * written without a type word in a list ("Quyết định số 01/QĐ-UBND, 02/QĐ-UBND"). Each candidate
 * keeps its offsets; resolve.ts decides which are citations and of what.
 */
import type { DocumentMeta } from '../../contract/schema.js';
import { lowerVi } from '../../text/vietnamese.js';
import { readDateAfter, type ParsedDate } from './dates.js';
import { at, foldKey, LIST_GAP, matchPhrases } from './fold.js';
import { readIssuer, type IssuerContext } from './issuer.js';
import type { CitationRules, Relation } from './rules.js';
import { parseSymbolString, readSymbol, type ParsedSymbol } from './symbol.js';

export interface Candidate {
  /** full: type word + symbol; named: a law by name; short: type word + bare number; alias: a nickname */
  kind: 'full' | 'named' | 'short' | 'alias';
  /** mention span: type word (or nickname) to the end of the symbol/number/date */
  start: number;
  end: number;
  /** end of everything that belongs to the citation (issuer, title) */
  extentEnd: number;
  /** type name from document-types.yaml, null when the text does not say */
  typeName: string | null;
  symbol: ParsedSymbol | null;
  number: string | null;
  /** named law: its name as written and its key base ("Luật Giáo dục") */
  lawName: string | null;
  nameKey: string | null;
  date: ParsedDate | null;
  /** issuer from the "của …" phrase */
  issuer: string | null;
  issuerEnd: number | null;
  title: string | null;
  /** index of the candidate whose title this one is nested in */
  nestedIn: number | null;
  /** the following candidate is nested in this one's title */
  titleCut: boolean;
  pinpoint: string | null;
  /** where a cue for this mention must end (the pinpoint's start, else `start`) */
  cueEnd: number;
  /** names the citing document itself ("Kèm theo Quyết định số 2458/QĐ-UBND …") */
  self: boolean;
  /** nickname declared right after the citation */
  alias: string | null;
  aliasEnd: number | null;
  /** for alias mentions: the declaring candidate, or the registry key of a known nickname */
  aliasOf: Candidate | null;
  aliasKey: string | null;
  relation: Relation;
}

export interface Scan {
  text: string;
  fold: string;
  rules: CitationRules;
  ctx: IssuerContext;
  document: DocumentMeta;
}

const SO = /\s*(?:số\s*:?\s*)?/y;
const SHORT_NUMBER = /(\d{1,5})(?![\d\p{L}/%]|[.,]\d|-\p{L})/uy;
const MORE_SHORT = /\s*(?:,|và|hoặc)\s*(\d{1,5})(?![\d\p{L}/%]|[.,]\d|-\p{L})/uy;
const CUA = /,?\s*của\s+/y;
const WS = /[ \t]*/y;

export function blankCandidate(kind: Candidate['kind'], start: number, end: number): Candidate {
  return {
    kind,
    start,
    end,
    extentEnd: end,
    typeName: null,
    symbol: null,
    number: null,
    lawName: null,
    nameKey: null,
    date: null,
    issuer: null,
    issuerEnd: null,
    title: null,
    nestedIn: null,
    titleCut: false,
    pinpoint: null,
    cueEnd: start,
    self: false,
    alias: null,
    aliasEnd: null,
    aliasOf: null,
    aliasKey: null,
    relation: 'refers',
  };
}

/** "Luật trẻ em" → "Luật Trẻ em": the key form of a named document. */
export function nameKeyOf(typeName: string, name: string): string {
  const l = lowerVi(name.replace(/\s+/g, ' ').trim());
  const n = l.replace(/\p{L}/u, (c) => c.toUpperCase());
  return n ? `${typeName} ${n}` : typeName;
}

const NAME_WORD = /[\p{L}\p{N}]+/uy;
const NAME_GAP = /[ \t]+|\s+(?=\p{Ll})/uy;

/**
 * Words of a law's name from `pos`. With `toDate`, the name runs to a date or year within a few
 * words ("Luật Phòng, chống tham nhũng năm 2018"); without, it stops at a word that cannot be part
 * of a name ("Luật Ngân sách nhà nước và …").
 */
function nameWords(s: Scan, pos: number, toDate: boolean): { name: string; end: number } | null {
  const { text, fold, rules } = s;
  const words: string[] = [];
  let p = pos;
  let end = pos;
  const amending = at(rules.amendingRe, fold, pos) !== null;
  while (words.length < (amending ? 40 : toDate ? 15 : 12)) {
    if (words.length && toDate && readDateAfter(fold, end, true)) return { name: words.join(' '), end };
    const comma = at(rules.nameCommaRe, fold, p);
    if (comma) {
      words.push(text.slice(p, p + comma[0].length).replace(/\s+/g, ' '));
      end = p + comma[0].length;
    } else {
      // a capitalised type word starts the next citation ("Luật Đất đai, Luật Xây dựng"); a
      // lower-case one is part of the name ("Luật Ban hành văn bản quy phạm pháp luật")
      const nextCitation = at(rules.typeWordAtRe, fold, p) && text[p] !== text[p]!.toLowerCase();
      if (!amending && words.length && (nextCitation || at(rules.nameStopRe, fold, p))) break;
      if (!amending && !toDate && at(rules.undatedNameStopRe, fold, p)) break;
      const w = at(NAME_WORD, text, p);
      if (!w || /^\d/.test(w[0])) break;
      words.push(w[0]);
      end = p + w[0].length;
    }
    const g = at(NAME_GAP, text, end);
    if (!g) break;
    p = end + g[0].length;
  }
  if (toDate) return null;
  return words.length ? { name: words.join(' '), end } : null;
}

/** A law's name (conventions §2.3 f): up to its date when one follows closely, else up to a stop word. */
function readLawName(s: Scan, pos: number): { name: string; end: number } | null {
  return nameWords(s, pos, true) ?? nameWords(s, pos, false);
}

function typedCandidate(s: Scan, typeStart: number, typeEnd: number, typeName: string | null, named: boolean, capitalized: boolean): Candidate[] {
  const { text, fold, rules } = s;
  const after = at(SO, fold, typeEnd)!;
  const q = typeEnd + after[0].length;
  if (/\d/.test(text[q] ?? '')) {
    const sym = readSymbol(text, fold, q, rules, { typed: true });
    if (sym) {
      const c = blankCandidate('full', typeStart, sym.end);
      c.typeName = typeName;
      c.symbol = sym;
      c.number = sym.number;
      return [c];
    }
    const out: Candidate[] = [];
    let m = at(SHORT_NUMBER, text, q);
    let start = typeStart;
    while (m) {
      const c = blankCandidate('short', start, m.index + m[0].length);
      c.typeName = typeName;
      c.number = m[1]!;
      out.push(c);
      const more = at(MORE_SHORT, fold, c.end);
      if (!more) break;
      start = more.index + more[0].length - more[1]!.length;
      m = at(SHORT_NUMBER, text, start);
    }
    return out;
  }
  // Laws are cited by a capitalized name ("Luật Giáo dục"); "pháp luật" is not one.
  if (!named || !typeName || !capitalized) return [];
  const nameStart = skipWs(fold, typeEnd);
  // "Hiến pháp năm 2013": a type word that is the whole name.
  const nameless = rules.nameless.has(foldKey(typeName)) && readDateAfter(fold, typeEnd, true);
  const name = nameStart > typeEnd && !nameless ? readLawName(s, nameStart) : null;
  if (name) {
    // "Luật Giáo dục số 43/2019/QH14": keyed by its number, titled by its name.
    const so = at(SO, fold, name.end)!;
    const sym = /số/.test(so[0]) && /\d/.test(text[name.end + so[0].length] ?? '') ? readSymbol(text, fold, name.end + so[0].length, rules, { typed: true }) : null;
    if (sym) {
      const c = blankCandidate('full', typeStart, sym.end);
      c.typeName = typeName;
      c.symbol = sym;
      c.number = sym.number;
      c.lawName = `${typeName} ${name.name}`;
      return [c];
    }
  }
  const date = readDateAfter(fold, name ? name.end : typeEnd, true);
  if (!name && !(date && rules.nameless.has(foldKey(typeName)))) return [];
  if (!date) {
    if (!/\p{Lu}/u.test(text[nameStart] ?? '')) return [];
    // "trình Quốc hội ban hành Luật …": a law still to be made.
    if (rules.futureRe.test(fold.slice(Math.max(0, typeStart - 40), typeStart))) return [];
  }
  const c = blankCandidate('named', typeStart, date ? date.end : name!.end);
  c.typeName = typeName;
  c.lawName = name ? `${typeName} ${name.name}` : typeName;
  c.nameKey = nameKeyOf(typeName, name?.name ?? '');
  c.date = date;
  return [c];
}

const SPACES = /\s*/y;
function skipWs(fold: string, pos: number): number {
  return pos + at(SPACES, fold, pos)![0].length;
}

/** Type words + what follows them, abbreviations used as type words, and bare symbols. */
function findCores(s: Scan): Candidate[] {
  const { text, fold, rules } = s;
  const out: Candidate[] = [];
  for (const m of matchPhrases(rules.typeWordRe, fold)) {
    const typeName = rules.typeWord.get(foldKey(m[0])) ?? null;
    const named = typeName !== null && rules.named.has(foldKey(typeName));
    const capitalized = /\p{Lu}/u.test(text[m.index] ?? '');
    out.push(...typedCandidate(s, m.index, m.index + m[0].length, typeName, named, capitalized));
  }
  for (const m of text.matchAll(rules.typeAbbrRe)) {
    const typeName = rules.typeAbbrWord.get(m[0]) || null;
    out.push(...typedCandidate(s, m.index, m.index + m[0].length, typeName, false, true).filter((c) => c.kind !== 'named'));
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const cores = dropOverlaps(out);
  // Symbols without a type word: in a list after a typed citation, or of an unmistakable shape.
  const covered = (i: number) => cores.some((c) => c.start <= i && i < c.end);
  const bare: Candidate[] = [];
  for (const m of fold.matchAll(/(?<![\p{L}\p{N}/.-])\d{1,5}[ \t]?[/-]/gu)) {
    if (covered(m.index)) continue;
    const sym = readSymbol(text, fold, m.index, rules, { typed: false });
    if (!sym) continue;
    const line = fold.slice(fold.lastIndexOf('\n', m.index - 1) + 1, m.index);
    // The document's own number line ("Số: 2458/QĐ-UBND") and form codes ("Mẫu số 01/BC-UBND")
    // are not citations.
    if (/^\s*số\s*:?\s*$/u.test(line) || rules.formCodeRe.test(fold.slice(Math.max(0, m.index - 30), m.index))) continue;
    const c = blankCandidate('full', m.index, sym.end);
    c.symbol = sym;
    c.number = sym.number;
    bare.push(c);
  }
  return [...cores, ...bare].sort((a, b) => a.start - b.start);
}

function dropOverlaps(sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out.at(-1);
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

/** Date and "của" issuer after each full or short candidate. */
function readDetails(s: Scan, cands: Candidate[]): void {
  const { text, fold, rules, ctx } = s;
  for (const c of cands) {
    if (c.kind === 'full') {
      c.date = readDateAfter(fold, c.end);
      if (c.date) c.end = c.date.end;
    }
    if (c.kind !== 'full' && c.kind !== 'short') continue;
    const cua = at(CUA, fold, c.end);
    if (cua) {
      const iss = readIssuer(text, fold, c.end + cua[0].length, rules, ctx);
      if (iss) {
        c.issuer = iss.name;
        c.issuerEnd = iss.end;
        c.extentEnd = iss.end;
        // "… của UBND tỉnh ngày 1/2/2020": a date after the issuer.
        if (c.kind === 'full' && !c.date) {
          const d = readDateAfter(fold, iss.end);
          if (d) {
            c.date = d;
            c.end = d.end;
            c.extentEnd = d.end;
          }
        }
      }
    }
    c.extentEnd = Math.max(c.extentEnd, c.end);
  }
}

const TITLE_END = /[;:\n¹²³⁴⁵⁶⁷⁸⁹⁰]|\.(?=\s|$|\/)|\[\d+\]/g;

/**
 * The title (trích yếu) after the issuer, or after the number/date when it opens with a title
 * word (conventions §2.2); it ends at ";" / "." / the line end / "(sau đây …" / a closing quote
 * followed by a stop word, or runs into a citation nested in it.
 */
function readTitles(s: Scan, cands: Candidate[]): void {
  const { text, fold, rules } = s;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'full') continue;
    const afterIssuer = c.issuerEnd !== null;
    let p = c.extentEnd;
    p += at(WS, fold, p)![0].length;
    const lead = at(rules.titleLeadRe, fold, p);
    const ch = text[p] ?? '';
    if (!lead && !(afterIssuer && (/\p{Lu}/u.test(ch) || ch === '“' || ch === '"'))) continue;
    if (lead && foldKey(lead[0]) === 'về việc') p = skipWs(fold, p + lead[0].length);
    const start = p;
    const next = cands.slice(i + 1).find((n) => n.start >= start && n.kind !== 'alias');
    const limit = Math.min(next ? next.start : fold.length, start + rules.file.titleMaxLength);
    TITLE_END.lastIndex = start;
    const hard = TITLE_END.exec(fold);
    let end = hard && hard.index < limit ? hard.index : limit;
    // An alias declaration or a closing quote followed by a stop word ends the title earlier.
    const paren = fold.indexOf('(', start);
    if (paren >= 0 && paren < end && at(rules.aliasRe, fold, paren)) end = paren;
    for (const m of matchPhrases(rules.titleStopRe, fold, start, end)) {
      end = m.index;
      break;
    }
    // ", Phòng Giáo dục và Đào tạo hướng dẫn …": a comma and an agency open a new clause.
    for (let q = fold.indexOf(',', start); q >= 0 && q < end; q = fold.indexOf(',', q + 1)) {
      const w = skipWs(fold, q + 1);
      if (at(rules.issuers.bodyRe, fold, w) || at(rules.issuers.holderRe, fold, w)) {
        end = q;
        break;
      }
    }
    for (let q = fold.indexOf('"', start); q >= 0 && q < end; q = fold.indexOf('"', q + 1)) {
      const closing = text[q] === '”' || (text[q] === '"' && (fold.slice(start, q).match(/"/g)?.length ?? 0) % 2 === 1);
      if (closing && at(rules.quoteStopRe, fold, skipWs(fold, q + 1))) {
        end = q + 1;
        break;
      }
    }
    let titleEnd = end;
    if (next && end === next.start && end < start + rules.file.titleMaxLength) {
      // The title runs into a nested citation: keep that citation's number, date and issuer.
      c.titleCut = true;
      next.nestedIn = i;
      titleEnd = next.issuerEnd ?? next.end;
    } else if (end === limit && limit === start + rules.file.titleMaxLength) {
      titleEnd = fold.lastIndexOf(' ', end);
    }
    const title = text.slice(start, titleEnd).replace(/\s+/g, ' ').replace(/[\s,:]+$/u, '').trim();
    if (title) {
      c.title = title;
      c.extentEnd = Math.max(c.extentEnd, Math.min(end, titleEnd));
    }
  }
}

/** Coordinated citations share the "của": "Quyết định số 655 … và Quyết định số 1729 … của Thủ tướng". */
function shareIssuers(s: Scan, cands: Candidate[]): void {
  for (let i = cands.length - 2; i >= 0; i--) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (a.kind !== 'full' || b.kind !== 'full' || a.issuer || !b.issuer) continue;
    const joined = (b.nestedIn === i && a.title !== null) || LIST_GAP.test(s.fold.slice(a.extentEnd, b.start));
    const sameCodes = !a.symbol?.issuerCodes.length || a.symbol.issuerCodes.join('-') === b.symbol?.issuerCodes.join('-');
    if (joined && sameCodes) a.issuer = b.issuer;
  }
}

/** Bare symbols in a list take the type of the citation before them. */
function listTypes(s: Scan, cands: Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = cands[i - 1]!;
    if (c.kind === 'full' && c.typeName === null && prev.typeName && LIST_GAP.test(s.fold.slice(prev.extentEnd, c.start))) {
      c.typeName = prev.typeName;
    }
  }
}

function readAliases(s: Scan, cands: Candidate[]): void {
  const { text, fold, rules } = s;
  for (const c of cands) {
    if (c.kind !== 'full' && c.kind !== 'named') continue;
    const p = skipWs(fold, c.extentEnd);
    const m = at(rules.aliasRe, fold, p);
    if (!m?.indices?.[1]) continue;
    const [a0, a1] = m.indices[1];
    const alias = text
      .slice(a0, a1)
      .replace(/[*_“”"'`]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    // A nickname of a document names a type or carries a number ("Chương trình 1609");
    // "(sau đây gọi tắt là địa bàn đô thị …)" names a term.
    rules.typeWordAtRe.lastIndex = 0;
    if (alias && (rules.typeWordAtRe.test(foldKey(alias)) || /\d|\p{Lu}{2,}/u.test(alias))) {
      c.alias = alias;
      c.aliasEnd = p + m[0].length;
    }
  }
}

/** "Điều 7", "khoản 5, khoản 6 Điều 3" written just before the type word. */
function readPinpoints(s: Scan, cands: Candidate[]): void {
  const { text, fold, rules } = s;
  for (const c of cands) {
    const from = Math.max(0, c.start - 80);
    const m = rules.pinpointRe.exec(fold.slice(from, c.start));
    if (!m) continue;
    const start = from + m.index;
    c.cueEnd = start;
    c.pinpoint = text
      .slice(start, c.start)
      .replace(/\s+/g, ' ')
      .replace(/(?:\s(?:của|tại))?[\s,]*$/u, '')
      .trim();
  }
}

/** Attachment lines and the document's own symbol are the document itself, not citations. */
function markSelf(s: Scan, cands: Candidate[]): void {
  const { fold, rules, document } = s;
  const own = document.symbol ? parseSymbolString(document.symbol, rules) : null;
  const ownYear = document.date ? Number(document.date.slice(0, 4)) : null;
  for (const c of cands) {
    const lineStart = fold.lastIndexOf('\n', c.start - 1) + 1;
    if (rules.attachmentRe.test(fold.slice(lineStart, c.cueEnd))) c.self = true;
    if (own && c.symbol && c.symbol.normalized === own.normalized) {
      const year = c.symbol.year ?? c.date?.year ?? null;
      if (year === null || ownYear === null || year === ownYear) c.self = true;
    }
  }
}

/** All candidates of a text, in order, with their details. */
export function findCandidates(s: Scan): Candidate[] {
  const cands = findCores(s);
  readDetails(s, cands);
  readTitles(s, cands);
  listTypes(s, cands);
  shareIssuers(s, cands);
  readAliases(s, cands);
  readPinpoints(s, cands);
  markSelf(s, cands);
  return cands;
}


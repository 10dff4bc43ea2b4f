/**
 * Issuers of cited documents: the phrase after "của" ("của Bộ trưởng Bộ GD&ĐT", "của HĐND tỉnh",
 * "của UBND Thành phố Hà Nội"), or, when there is none, the codes of the symbol (TTg → Thủ tướng
 * Chính phủ). A place word written without a name ("tỉnh", "huyện") stands for the citing
 * document's own province or district.
 */
import type { DocumentMeta } from '../../contract/schema.js';
import { lowerVi, matchForm } from '../../text/vietnamese.js';
import { at, foldKey, foldSameLength } from './fold.js';
import type { CitationRules, IssuerBody } from './rules.js';

export interface IssuerContext {
  /** folded place word ("huyện") → the citing document's own place of that level ("Gia Lâm") */
  places: Map<string, string>;
}

export interface ParsedIssuer {
  name: string;
  start: number;
  end: number;
}

const SPACE = /\s+/y;
const skipSpace = (fold: string, pos: number): number => (at(SPACE, fold, pos) ? SPACE.lastIndex : pos);
const PLACE_WORD = /\s+(\p{Lu}[\p{L}]*)/uy;

/** The places a citing document's text means by a bare "tỉnh", "thành phố", "huyện" … */
export function issuerContext(doc: DocumentMeta, rules: CitationRules): IssuerContext {
  const places = new Map<string, string>();
  if (doc.issuer) {
    const issuer = doc.issuer.replace(/\s+/g, ' ');
    const fold = foldSameLength(issuer);
    for (let i = 0; i < fold.length; i++) {
      const w = at(rules.issuers.localityRe, fold, i);
      if (!w) continue;
      const name = readPlaceName(issuer, fold, w.index + w[0].length, rules, true);
      if (name) places.set(rules.issuers.localityBySpelling.get(foldKey(w[0])) ?? foldKey(w[0]), name.name);
      i = w.index + w[0].length;
    }
  }
  if (doc.province) {
    const unit = rules.places.unitOf.get(doc.province) ?? 'tỉnh';
    if (!places.has(unit)) places.set(unit, doc.province);
  }
  return { places };
}

/**
 * A place name after a place word: a province from the gazetteer, or (for lower levels) up to two
 * capitalized syllables that do not open a title ("huyện Gia Lâm", not "tỉnh Quy định …").
 */
function readPlaceName(
  text: string,
  fold: string,
  pos: number,
  rules: CitationRules,
  anyLevel: boolean,
): { name: string; end: number } | null {
  const p = skipSpace(fold, pos);
  if (p === pos) return null;
  const prov = at(rules.issuers.provinceRe, fold, p);
  if (prov) {
    const raw = text.slice(p, p + prov[0].length).replace(/\s+/g, ' ');
    return { name: rules.places.provinceByForm.get(matchForm(raw)) ?? raw, end: p + prov[0].length };
  }
  if (!anyLevel) return null;
  const words: string[] = [];
  let end = pos;
  while (words.length < 2) {
    const w = at(PLACE_WORD, text, end);
    if (!w || at(rules.titleLeadRe, fold, w.index + w[0].length - w[1]!.length)) break;
    words.push(w[1]!);
    end = w.index + w[0].length;
  }
  return words.length ? { name: words.join(' '), end } : null;
}

const NAME_WORD = /[ \t]+(\p{L}+)/uy;

/**
 * An agency not in the list: a head ("Sở", "Cục") and a capitalized word, then lower-case words
 * of the name up to a stop word ("của Sở Xây dựng hướng dẫn …" → "Sở Xây dựng").
 */
function readGenericBody(text: string, fold: string, pos: number, rules: CitationRules): { name: string; end: number } | null {
  const head = at(rules.issuers.genericHeadRe, fold, pos);
  if (!head) return null;
  let end = pos + head[0].length;
  const words = [text.slice(pos, end)];
  while (words.length < 7) {
    const w = at(NAME_WORD, text, end);
    if (!w) break;
    const wordAt = end + w[0].length - w[1]!.length;
    const capital = /^\p{Lu}/u.test(w[1]!);
    if (words.length === 1 && !capital) return null;
    // "Sở Kế hoạch và Đầu tư": "và" joins two capitalized parts of one name.
    const joins = w[1] === 'và' && /^[ \t]+\p{Lu}/u.test(text.slice(wordAt + 2, wordAt + 4));
    if (!capital && !joins && (at(rules.nameStopRe, fold, wordAt) || at(rules.titleLeadRe, fold, wordAt))) break;
    if (at(rules.issuers.localityRe, fold, wordAt)) break;
    words.push(w[1]!);
    end = wordAt + w[1]!.length;
  }
  return words.length > 1 ? { name: words.join(' '), end } : null;
}

/** Reads an issuer phrase at `pos` (just after "của "). */
export function readIssuer(text: string, fold: string, pos: number, rules: CitationRules, ctx: IssuerContext): ParsedIssuer | null {
  const { issuers } = rules;
  // An office holder may come first: "của Bộ trưởng Bộ GD&ĐT", "của Giám đốc Sở Xây dựng".
  const h = at(issuers.holderRe, fold, pos);
  const afterHolder = h ? skipSpace(fold, pos + h[0].length) : null;
  const holder = h ? issuers.holderBySpelling.get(foldKey(h[0])) ?? h[0] : null;
  let body: IssuerBody | undefined;
  let end = pos;
  let withHolder = false;
  for (const [at0, held] of [[afterHolder, true], [pos, false]] as const) {
    if (at0 === null || body) continue;
    const m = at(issuers.bodyRe, fold, at0);
    const listed = m ? issuers.bodyBySpelling.get(foldKey(m[0])) : undefined;
    if (listed) {
      body = listed;
      end = at0 + m![0].length;
    } else {
      const generic = readGenericBody(text, fold, at0, rules);
      if (generic) {
        body = { name: generic.name, local: true };
        end = generic.end;
      }
    }
    withHolder = held && body !== undefined;
  }
  if (!body) return null;
  let place = '';
  if (body.local) {
    const p = skipSpace(fold, end);
    const w = p > end ? at(issuers.localityRe, fold, p) : null;
    if (w) {
      const word = issuers.localityBySpelling.get(foldKey(w[0])) ?? lowerVi(w[0]);
      end = p + w[0].length;
      // A province-level word takes only a province name; lower levels any proper name.
      const named = readPlaceName(text, fold, end, rules, word !== 'tỉnh');
      if (named) {
        place = ` ${word} ${named.name}`;
        end = named.end;
      } else {
        const own = ctx.places.get(word);
        place = own ? ` ${word} ${own}` : ` ${word}`;
      }
    }
  }
  const suffix = at(issuers.suffixRe, fold, end);
  if (suffix) end += suffix[0].length;
  return { name: `${withHolder ? `${holder} ` : ''}${body.name}${place}`, start: pos, end };
}

/** The issuer named by a symbol's codes ("BYT-BGDĐT" → "Bộ Y tế, Bộ Giáo dục và Đào tạo"). */
export function issuerFromCodes(codes: readonly string[], rules: CitationRules): string | null {
  const names: string[] = [];
  for (const c of codes) {
    const k = foldKey(c);
    const body = rules.issuers.byCode.get(k) ?? rules.issuers.prefixCodes.find((b) => k.startsWith(foldKey(b.code!)));
    if (body && !names.includes(body.name)) names.push(body.name);
  }
  return names.length ? names.join(', ') : null;
}

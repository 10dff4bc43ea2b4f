/**
 * Resolution: which candidates are citations and of which document. Full citations get their
 * key; an undated mention of a year-less symbol joins the one dated citation of that symbol;
 * nicknames declared in the text ("Chương trình 1609") or known to the registry, and short forms
 * ("Quyết định 1609 của Thủ tướng Chính phủ") join the one citation they can stand for. Anything
 * ambiguous is dropped.
 */
import type { Citation, Mention } from '../../contract/schema.js';
import { foldKey, phraseSource } from './fold.js';
import { blankCandidate, type Candidate } from './find.js';
import { issuerFromCodes } from './issuer.js';
import { splitCitationKey, symbolKey } from './keys.js';
import { strongest } from './relation.js';
import type { CitationRules, RegistryEntry } from './rules.js';
import { parseSymbolString } from './symbol.js';

/** A nickname is looked for in the text only when it cannot be an ordinary phrase: it has a
 * number or an acronym ("Chương trình 1609", "Đề án PCGDMN"), not just "Chương trình". */
const DISTINCTIVE = /\d|\p{Lu}{2,}/u;

function overlaps(a: { start: number; end: number }, list: readonly { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

function occurrences(fold: string, phrase: string, from: number): Array<[number, number]> {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${phraseSource(phrase)}(?![\\p{L}\\p{N}])`, 'gu');
  re.lastIndex = from;
  const out: Array<[number, number]> = [];
  for (let m = re.exec(fold); m; m = re.exec(fold)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Mentions by nickname: after each declaration, and anywhere for the registry's nicknames the
 * text uses without declaring them.
 */
export function findAliasMentions(fold: string, cands: readonly Candidate[], rules: CitationRules): Candidate[] {
  const out: Candidate[] = [];
  const taken = cands.filter((c) => c.kind !== 'short');
  const declared = new Set<string>();
  for (const c of cands) {
    if (!c.alias || c.self || c.aliasEnd === null) continue;
    declared.add(foldKey(c.alias));
    if (!DISTINCTIVE.test(c.alias)) continue;
    for (const [s, e] of occurrences(fold, c.alias, c.aliasEnd)) {
      const a = blankCandidate('alias', s, e);
      if (overlaps(a, taken) || overlaps(a, out)) continue;
      a.aliasOf = c;
      out.push(a);
    }
  }
  for (const [alias, entry] of rules.registry.byAlias) {
    if (declared.has(alias)) continue;
    for (const [s, e] of occurrences(fold, alias, 0)) {
      const a = blankCandidate('alias', s, e);
      if (overlaps(a, taken) || overlaps(a, out)) continue;
      a.aliasKey = entry.key;
      out.push(a);
    }
  }
  return out;
}

interface Group {
  key: string;
  cands: Candidate[];
  aliases: string[];
  registry: RegistryEntry | null;
}

function keyOf(c: Candidate): { base: string; key: string | null } | null {
  if (c.kind === 'full' && c.symbol) {
    return { base: c.symbol.normalized, key: c.symbol.year !== null || c.date ? symbolKey(c.symbol, c.date?.year ?? null) : null };
  }
  if (c.kind === 'named' && c.nameKey) return { base: c.nameKey, key: c.date ? `${c.nameKey}|${c.date.year}` : null };
  return null;
}

function typeOf(c: Candidate, rules: CitationRules): string | null {
  if (c.typeName) return c.typeName;
  const abbr = c.symbol?.typeAbbr;
  if (abbr) return rules.typeByAbbr.get(foldKey(abbr))?.name ?? null;
  return c.symbol?.family === 'congvan' ? 'Công văn' : null;
}

/** Groups candidates into citations; returns groups in order of first mention. */
function group(cands: readonly Candidate[], rules: CitationRules): Map<string, Group> {
  const groups = new Map<string, Group>();
  const add = (key: string, c: Candidate) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, cands: [], aliases: [], registry: rules.registry.byKey.get(key) ?? null }));
    g.cands.push(c);
    return g;
  };
  const keyed = new Map<Candidate, string>();
  const byBase = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.self) continue;
    const k = keyOf(c);
    if (!k?.key) continue;
    keyed.set(c, k.key);
    byBase.set(k.base, (byBase.get(k.base) ?? new Set()).add(k.key));
  }
  for (const c of cands) {
    if (c.self || (c.kind !== 'full' && c.kind !== 'named')) continue;
    let key = keyed.get(c);
    if (!key) {
      // Undated mention of a year-less symbol: the one dated citation of it, else the bare symbol.
      const base = keyOf(c)?.base;
      if (!base) continue;
      const known = byBase.get(base);
      if (known && known.size > 1) continue;
      key = known ? [...known][0]! : base;
      keyed.set(c, key);
    }
    const g = add(key, c);
    if (c.alias && !g.aliases.includes(c.alias)) g.aliases.push(c.alias);
  }
  for (const c of cands) {
    if (c.kind === 'alias') {
      const key = c.aliasOf ? keyed.get(c.aliasOf) : c.aliasKey;
      if (key) add(key, c);
    } else if (c.kind === 'short') {
      const key = resolveShort(c, groups, rules);
      if (key) add(key, c);
    }
  }
  return groups;
}

/** "Quyết định 1609 (của Thủ tướng Chính phủ)": the one citation of that type and number. */
function resolveShort(c: Candidate, groups: Map<string, Group>, rules: CitationRules): string | null {
  const n = Number(c.number);
  let hits = [...groups.values()].filter((g) =>
    g.cands.some((x) => x.kind === 'full' && x.symbol && Number(x.symbol.number) === n && typeOf(x, rules) === c.typeName),
  );
  if (hits.length > 1 && c.issuer) hits = hits.filter((g) => g.cands.some((x) => x.issuer === c.issuer));
  return hits.length === 1 ? hits[0]!.key : null;
}

function mentionOf(text: string, c: Candidate): Mention {
  const m: Mention = { span: [c.start, c.end], text: text.slice(c.start, c.end), relation: c.relation };
  if (c.pinpoint) m.pinpoint = c.pinpoint;
  return m;
}

function citationOf(text: string, g: Group, rules: CitationRules): Citation {
  const formal = g.cands.filter((c) => c.kind === 'full' || c.kind === 'named');
  const primary = formal.find((c) => c.date) ?? formal[0] ?? null;
  const { base, year: keyYear } = splitCitationKey(g.key);
  const sym = primary?.symbol ?? (primary ? null : parseSymbolString(base, rules));
  const type =
    (primary && typeOf(primary, rules)) ??
    (sym?.typeAbbr ? rules.typeByAbbr.get(foldKey(sym.typeAbbr))?.name ?? null : sym?.family === 'congvan' ? 'Công văn' : null);
  const named = primary?.kind === 'named';
  const issuer =
    formal.find((c) => c.issuer)?.issuer ??
    (sym ? issuerFromCodes(sym.issuerCodes, rules) : null) ??
    (named && type ? rules.named.get(foldKey(type)) ?? null : null) ??
    g.registry?.issuer ??
    null;
  const title = formal.find((c) => c.title)?.title ?? primary?.lawName ?? (primary ? null : g.registry?.title ?? null);
  const mentions = [...g.cands].sort((a, b) => a.start - b.start).map((c) => mentionOf(text, c));
  const citation: Citation = {
    key: g.key,
    type,
    number: sym?.number ?? null,
    year: sym?.year ?? primary?.date?.year ?? keyYear,
    symbol: sym?.written ?? null,
    issuer,
    date: primary?.date?.iso ?? null,
    title,
    mentions,
    relation: strongest(
      g.cands.map((c) => c.relation),
      rules,
    ),
  };
  if (g.aliases.length) citation.aliases = g.aliases;
  return citation;
}

/** Citations from resolved candidates, in order of first mention. */
export function resolveCitations(text: string, cands: readonly Candidate[], rules: CitationRules): Citation[] {
  const groups = group(cands, rules);
  return [...groups.values()]
    .map((g) => citationOf(text, g, rules))
    .sort((a, b) => a.mentions[0]!.span[0] - b.mentions[0]!.span[0]);
}

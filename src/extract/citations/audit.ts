/**
 * Audit of the citations of a set of documents: the same document cited with different dates,
 * a document citing one issued after it, symbols missing the year their type requires, nicknames
 * used without being declared, and dates that disagree with rules/registry.yaml. Pure: the CLI
 * and the database decide where findings go.
 */
import type { Citation, DocumentMeta, Span } from '../../contract/schema.js';
import { dateRange, datesDisagree, datesIn } from './dates.js';
import { foldKey, foldSameLength } from './fold.js';
import { splitCitationKey } from './keys.js';
import { loadCitationRules, type CitationRules, type Registry, type RegistryEntry } from './rules.js';
import { parseSymbolString } from './symbol.js';

export interface AuditDoc {
  id: string;
  path: string;
  document: DocumentMeta;
  citations: Citation[];
  lineOf(span: Span): number;
}

export type AuditKind = 'date-conflict' | 'cited-before-issued' | 'symbol-missing-year' | 'undeclared-nickname' | 'registry-date';

export interface AuditOccurrence {
  docId: string;
  path: string;
  line: number;
  /** the date this occurrence gives the cited document (null when it gives none) */
  date: string | null;
  text: string;
}

export interface AuditFinding {
  kind: AuditKind;
  key: string;
  message: string;
  occurrences: AuditOccurrence[];
  /** what the finding suggests instead: the symbol with its year, the registry's date */
  expected?: string;
}

interface Dated {
  doc: AuditDoc;
  citation: Citation;
  occ: AuditOccurrence;
}

/** One occurrence per mention, with the date the mention itself writes (or the citation's). */
function occurrencesOf(doc: AuditDoc, c: Citation): AuditOccurrence[] {
  return c.mentions.map((m) => {
    const own = datesIn(foldSameLength(m.text))[0]?.iso ?? null;
    return { docId: doc.id, path: doc.path, line: doc.lineOf(m.span), date: own, text: m.text.replace(/\s+/g, ' ') };
  });
}

const describe = (o: AuditOccurrence): string => `${o.path}:${o.line} (${o.date ?? 'no date'})`;

/** Codes that name one body nationwide (TTg, BGDĐT); a local code needs the issuer's place. */
function identity(c: Citation, rules: CitationRules): string | null {
  if (!c.symbol) return null;
  const sym = parseSymbolString(c.symbol, rules);
  if (!sym) return null;
  const national = sym.issuerCodes.length > 0 && sym.issuerCodes.every((code) => rules.issuers.byCode.get(foldKey(code))?.national);
  if (national) return sym.normalized;
  const place = c.issuer && /(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{Lu}/u.test(c.issuer) ? foldKey(c.issuer) : null;
  return place ? `${sym.normalized}@${place}` : null;
}

function dateConflicts(docs: readonly AuditDoc[], rules: CitationRules): AuditFinding[] {
  const out: AuditFinding[] = [];
  const byKey = new Map<string, Dated[]>();
  const bySymbol = new Map<string, Dated[]>();
  for (const doc of docs) {
    for (const c of doc.citations) {
      for (const occ of occurrencesOf(doc, c)) {
        if (!occ.date) continue;
        const d = { doc, citation: c, occ };
        push(byKey, c.key, d);
        const id = splitCitationKey(c.key).year !== null ? identity(c, rules) : null;
        if (id) push(bySymbol, id, d);
      }
    }
  }
  const reported = new Set<string>();
  for (const [key, list] of byKey) {
    const dates = [...new Set(list.map((d) => d.occ.date!))];
    if (!dates.some((a) => dates.some((b) => datesDisagree(a, b)))) continue;
    reported.add(key);
    out.push({
      kind: 'date-conflict',
      key,
      message: `${key} is cited with different dates: ${list.map((d) => describe(d.occ)).join('; ')}`,
      occurrences: list.map((d) => d.occ),
    });
  }
  // Numbers restart every year, so one symbol in two years is usually two documents; the same day
  // and month in two years is one document cited with a wrong year (conventions §2.6).
  for (const [id, list] of bySymbol) {
    const keys = new Set(list.map((d) => d.citation.key));
    if (keys.size < 2 || [...keys].some((k) => reported.has(k))) continue;
    const dayMonth = new Set(list.map((d) => d.occ.date!.slice(5)).filter((x) => x.length === 5));
    if (dayMonth.size !== 1) continue;
    out.push({
      kind: 'date-conflict',
      key: [...keys].sort().join(' / '),
      message: `${id.split('@')[0]} is cited with the same day in different years: ${list.map((d) => describe(d.occ)).join('; ')}`,
      occurrences: list.map((d) => d.occ),
    });
  }
  return out;
}

function citedBeforeIssued(docs: readonly AuditDoc[]): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const doc of docs) {
    if (!doc.document.date) continue;
    const [, latest] = dateRange(doc.document.date);
    for (const c of doc.citations) {
      const late = occurrencesOf(doc, c).filter((o) => o.date && dateRange(o.date)[0] > latest);
      if (!late.length) continue;
      out.push({
        kind: 'cited-before-issued',
        key: c.key,
        message: `${doc.path} (dated ${doc.document.date}) cites ${c.key} dated later: ${late.map(describe).join('; ')}`,
        occurrences: late,
      });
    }
  }
  return out;
}

function missingYears(docs: readonly AuditDoc[], rules: CitationRules): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const doc of docs) {
    for (const c of doc.citations) {
      if (!c.symbol || c.year === null) continue;
      const sym = parseSymbolString(c.symbol, rules);
      if (!sym || sym.year !== null || sym.family === 'party') continue;
      const typeRule =
        (c.type ? rules.typeByName.get(foldKey(c.type)) : undefined) ?? (sym.typeAbbr ? rules.typeByAbbr.get(foldKey(sym.typeAbbr)) : undefined);
      if (!typeRule?.yearInSymbol || c.year < rules.file.audit.yearInSymbolFrom) continue;
      const slash = sym.normalized.indexOf('/');
      const expected = `${sym.normalized.slice(0, slash)}/${c.year}${sym.normalized.slice(slash)}`;
      out.push({
        kind: 'symbol-missing-year',
        key: c.key,
        message: `${c.symbol} (${typeRule.name}, ${c.year}) lacks the year its type requires; the symbol is ${expected}`,
        occurrences: occurrencesOf(doc, c),
        expected,
      });
    }
  }
  return out;
}

/** A formal mention names the cited type ("Quyết định 1609") or carries a symbol; a nickname does not. */
function isFormal(text: string, c: Citation, rules: CitationRules): boolean {
  if (/\d\s*[/-]\s*\p{L}/u.test(text) || /^\p{Lu}{2,}\s+\d/u.test(text)) return true;
  rules.typeWordAtRe.lastIndex = 0;
  const m = rules.typeWordAtRe.exec(foldSameLength(text));
  if (!m) return false;
  const type = rules.typeWord.get(foldKey(m[0]));
  return type === null || type === c.type;
}

function undeclaredNicknames(docs: readonly AuditDoc[], registry: Registry, rules: CitationRules): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const doc of docs) {
    for (const c of doc.citations) {
      const declared = new Set((c.aliases ?? []).map(foldKey));
      // the name of the programme a document approves is how it is known, not a nickname
      const title = foldKey(registry.byKey.get(c.key)?.title ?? c.title ?? '').replace(/["“”]/g, '');
      const occs = occurrencesOf(doc, c);
      const nick = occs.filter((_, i) => {
        const text = c.mentions[i]!.text;
        const folded = foldKey(text);
        return !isFormal(text, c, rules) && !declared.has(folded) && !(title && title.includes(folded.replace(/["“”]/g, '')));
      });
      if (!nick.length) continue;
      out.push({
        kind: 'undeclared-nickname',
        key: c.key,
        message: `${doc.path} calls ${c.key} "${nick[0]!.text}" without declaring the nickname: ${nick.map(describe).join('; ')}`,
        occurrences: nick,
      });
    }
  }
  return out;
}

/**
 * The registry entry a citation names: by key, or, for a national symbol cited with the right day
 * but another year ("1609/QĐ-TTg ngày 26/12/2023" for 26/12/2022), the one entry of that symbol.
 */
function registryEntry(c: Citation, registry: Registry, rules: CitationRules): RegistryEntry | null {
  const hit = registry.byKey.get(c.key);
  if (hit) return hit;
  const { base, year } = splitCitationKey(c.key);
  if (year === null || !c.date || c.date.length < 10 || !identity(c, rules)?.startsWith(base) || identity(c, rules)!.includes('@')) return null;
  const same = registry.entries.filter((e) => [e.key, ...(e.altKeys ?? [])].some((k) => splitCitationKey(k).base === base));
  const only = same.length === 1 ? same[0]! : null;
  return only?.date && only.date.length === 10 && only.date.slice(5) === c.date.slice(5) ? only : null;
}

function registryDates(docs: readonly AuditDoc[], registry: Registry, rules: CitationRules): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const doc of docs) {
    for (const c of doc.citations) {
      const entry = registryEntry(c, registry, rules);
      if (!entry?.date) continue;
      const wrong = occurrencesOf(doc, c).filter((o) => o.date && datesDisagree(o.date, entry.date!));
      if (!wrong.length) continue;
      out.push({
        kind: 'registry-date',
        key: c.key,
        message: `${entry.key} is dated ${entry.date} in the registry, but ${wrong.map(describe).join('; ')}`,
        occurrences: wrong,
        expected: entry.date,
      });
    }
  }
  return out;
}

/** All findings, grouped by kind, in a stable order. */
export function auditCitations(
  docs: readonly AuditDoc[],
  registry?: Registry,
  rules: CitationRules = loadCitationRules(),
): AuditFinding[] {
  const reg = registry ?? rules.registry;
  return [
    ...dateConflicts(docs, rules),
    ...citedBeforeIssued(docs),
    ...missingYears(docs, rules),
    ...undeclaredNicknames(docs, reg, rules),
    ...registryDates(docs, reg, rules),
  ];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Citation rules: rules/citations.yaml (cue phrases), rules/issuers.yaml (bodies and their codes),
 * rules/registry.yaml (known documents), plus document-types.yaml and the places gazetteer,
 * validated at load and compiled once into regexes and lookup maps.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RULES_DIR, loadRuleFile, RuleFileError } from '../../rules/load.js';
import { loadDocumentTypes, type DocumentTypeRule } from '../../rules/document-types.js';
import { loadPlaces, type Gazetteer } from '../../rules/places.js';
import { foldKey, phrasesRegex } from './fold.js';
import { normalizeKeyWith } from './keys.js';

export const RELATIONS = ['basis', 'implements', 'amends', 'replaces', 'refers'] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

const Phrase = z.string().trim().min(1);

export const CitationsFile = z.object({
  typeWords: z.array(z.object({ word: Phrase, type: Phrase.nullable(), caseSensitive: z.boolean().optional() })),
  namedTypes: z.array(z.object({ type: Phrase, issuer: Phrase.nullable(), nameless: z.boolean().optional() })).min(1),
  nameStops: z.array(Phrase),
  undatedNameStops: z.array(Phrase),
  nameCommaPhrases: z.array(Phrase),
  amendingNamePrefixes: z.array(Phrase),
  futureCues: z.array(Phrase),
  relations: z.object({
    basis: z.array(Phrase),
    implements: z.array(Phrase),
    amends: z.array(Phrase),
    replaces: z.array(Phrase),
    refers: z.array(Phrase),
  }),
  relationStrength: z.array(Relation).length(RELATIONS.length),
  aliasIntros: z.array(Phrase).min(1),
  attachmentCues: z.array(Phrase).min(1),
  formCodeWords: z.array(Phrase),
  titleLeads: z.array(Phrase),
  titleStopsAfterQuote: z.array(Phrase),
  titleStops: z.array(Phrase),
  titleMaxLength: z.number().int().positive(),
  pinpointWords: z.array(Phrase).min(1),
  audit: z.object({ yearInSymbolFrom: z.number().int() }),
});
export type CitationsFile = z.infer<typeof CitationsFile>;

export const IssuerBody = z.object({
  name: Phrase,
  code: Phrase.optional(),
  codePrefix: z.boolean().optional(),
  spellings: z.array(Phrase).optional(),
  symbolSpellings: z.array(Phrase).optional(),
  local: z.boolean().optional(),
  national: z.boolean().optional(),
});
export type IssuerBody = z.infer<typeof IssuerBody>;

export const IssuersFile = z.object({
  bodies: z.array(IssuerBody).min(1),
  holders: z.array(Phrase),
  localityWords: z.array(z.object({ word: Phrase, spellings: z.array(Phrase).optional() })).min(1),
  bodySuffixes: z.array(Phrase),
  genericHeads: z.array(Phrase),
});

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD');
export const RegistryEntry = z.object({
  key: Phrase,
  date: IsoDate.nullable().optional(),
  issuer: Phrase.optional(),
  title: Phrase.optional(),
  aliases: z.array(Phrase).optional(),
  altKeys: z.array(Phrase).optional(),
});
export type RegistryEntry = z.infer<typeof RegistryEntry>;
export const RegistryFile = z.object({ documents: z.array(RegistryEntry) });

export interface Registry {
  entries: RegistryEntry[];
  /** normalized key (and alt key) → entry */
  byKey: Map<string, RegistryEntry>;
  /** folded alias → entry */
  byAlias: Map<string, RegistryEntry>;
}

/** Everything the citation stages need, compiled. */
export interface CitationRules {
  file: CitationsFile;
  types: DocumentTypeRule[];
  /** folded type name or extra type word → type name (null: from the symbol) */
  typeWord: Map<string, string | null>;
  /** type words, case-insensitive, on folded text (global, with matchPhrases) */
  typeWordRe: RegExp;
  /** the same, sticky: a type word at a given offset */
  typeWordAtRe: RegExp;
  /** capitalized abbreviations used as type words, on the original text (global) */
  typeAbbrRe: RegExp;
  typeAbbrWord: Map<string, string>;
  /** folded abbreviation in symbols (QĐ, TTr) → rule; canonical spelling in `abbrCanonical` */
  typeByAbbr: Map<string, DocumentTypeRule>;
  abbrCanonical: Map<string, string>;
  typeByName: Map<string, DocumentTypeRule>;
  /** folded named type ("luật") → its usual issuer */
  named: Map<string, string | null>;
  /** folded named types cited without a name ("Hiến pháp năm 2013") */
  nameless: Set<string>;
  nameStopRe: RegExp;
  undatedNameStopRe: RegExp;
  nameCommaRe: RegExp;
  amendingRe: RegExp;
  futureRe: RegExp;
  cueRe: RegExp;
  cueRelation: Map<string, Relation>;
  strength: Map<Relation, number>;
  aliasRe: RegExp;
  attachmentRe: RegExp;
  /** "Mẫu số" just before a bare symbol */
  formCodeRe: RegExp;
  titleLeadRe: RegExp;
  quoteStopRe: RegExp;
  titleStopRe: RegExp;
  pinpointRe: RegExp;
  issuers: CompiledIssuers;
  places: Gazetteer;
  registry: Registry;
}

export interface CompiledIssuers {
  bodies: IssuerBody[];
  /** folded code → body */
  byCode: Map<string, IssuerBody>;
  /** bodies with a term number after the code (QH15) */
  prefixCodes: IssuerBody[];
  /** folded symbol spelling → code */
  symbolSpelling: Map<string, string>;
  symbolSpellingRe: RegExp;
  /** folded spelling → body, for names in running text */
  bodyBySpelling: Map<string, IssuerBody>;
  bodyRe: RegExp;
  /** folded holder ("bộ trưởng") → as written in the rules */
  holderBySpelling: Map<string, string>;
  holderRe: RegExp;
  /** folded place word or abbreviation ("tp") → the word ("thành phố") */
  localityBySpelling: Map<string, string>;
  localityRe: RegExp;
  /** "khóa XI" after a body */
  suffixRe: RegExp;
  /** heads of agency names not in the list ("Sở", "Cục") */
  genericHeadRe: RegExp;
  provinceRe: RegExp;
}

function compileIssuers(file: z.infer<typeof IssuersFile>, provinceNames: string[]): CompiledIssuers {
  const localityBySpelling = new Map<string, string>();
  for (const l of file.localityWords) for (const sp of [l.word, ...(l.spellings ?? [])]) localityBySpelling.set(foldKey(sp), l.word);
  const byCode = new Map<string, IssuerBody>();
  const symbolSpelling = new Map<string, string>();
  const bodyBySpelling = new Map<string, IssuerBody>();
  for (const b of file.bodies) {
    if (b.code) {
      byCode.set(foldKey(b.code), b);
      for (const s of b.symbolSpellings ?? []) symbolSpelling.set(foldKey(s), b.code);
    }
    for (const s of [b.name, ...(b.spellings ?? [])]) bodyBySpelling.set(foldKey(s), b);
  }
  return {
    bodies: file.bodies,
    byCode,
    prefixCodes: file.bodies.filter((b) => b.codePrefix && b.code),
    symbolSpelling,
    symbolSpellingRe: phrasesRegex([...symbolSpelling.keys()], 'y'),
    bodyBySpelling,
    bodyRe: phrasesRegex([...bodyBySpelling.keys()], 'y'),
    holderBySpelling: new Map(file.holders.map((h) => [foldKey(h), h])),
    holderRe: phrasesRegex(file.holders, 'y'),
    localityBySpelling,
    localityRe: phrasesRegex([...localityBySpelling.keys()], 'y'),
    genericHeadRe: phrasesRegex(file.genericHeads, 'y'),
    suffixRe: new RegExp(`,?\\s*(?:${phrasesRegex(file.bodySuffixes, '').source})\\s+[\\dIVXLCivxlc]+(?:\\s*[-–]\\s*\\d{4})?(?![\\p{L}\\p{N}])`, 'uy'),
    provinceRe: phrasesRegex(provinceNames, 'y'),
  };
}

function compileRegistry(file: z.infer<typeof RegistryFile>, normalizeKey: (k: string) => string): Registry {
  const byKey = new Map<string, RegistryEntry>();
  const byAlias = new Map<string, RegistryEntry>();
  for (const e of file.documents) {
    const entry = { ...e, key: normalizeKey(e.key), altKeys: e.altKeys?.map(normalizeKey) };
    for (const k of [entry.key, ...(entry.altKeys ?? [])]) byKey.set(k, entry);
    for (const a of entry.aliases ?? []) byAlias.set(foldKey(a), entry);
  }
  return { entries: [...new Set(byKey.values())], byKey, byAlias };
}

function compile(
  file: CitationsFile,
  types: DocumentTypeRule[],
  issuersFile: z.infer<typeof IssuersFile>,
  places: Gazetteer,
  registryFile: z.infer<typeof RegistryFile>,
  where: string,
): CitationRules {
  const provinceNames = [...places.unitOf.keys(), ...places.provinceByForm.keys()];
  const typeByName = new Map(types.map((t) => [foldKey(t.name), t]));
  const typeWord = new Map<string, string | null>(types.map((t) => [foldKey(t.name), t.name]));
  const typeAbbrWord = new Map<string, string>();
  for (const w of file.typeWords) {
    if (w.type !== null && !typeByName.has(foldKey(w.type))) {
      throw new RuleFileError(where, 1, 1, `type word "${w.word}" names an unknown type "${w.type}" (add it to document-types.yaml)`);
    }
    if (w.caseSensitive) typeAbbrWord.set(w.word, w.type ?? '');
    else typeWord.set(foldKey(w.word), w.type);
  }
  for (const n of file.namedTypes) {
    if (!typeByName.has(foldKey(n.type))) throw new RuleFileError(where, 1, 1, `named type "${n.type}" is not in document-types.yaml`);
  }
  const typeByAbbr = new Map<string, DocumentTypeRule>();
  const abbrCanonical = new Map<string, string>();
  for (const t of types) {
    for (const a of t.abbr) {
      typeByAbbr.set(foldKey(a), t);
      abbrCanonical.set(foldKey(a), a);
    }
  }
  const cueRelation = new Map<string, Relation>();
  for (const rel of RELATIONS) for (const c of file.relations[rel]) cueRelation.set(foldKey(c), rel);
  const abbrs = [...typeAbbrWord.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const rules: CitationRules = {
    file,
    types,
    typeWord,
    typeWordRe: phrasesRegex([...typeWord.keys()], 'g'),
    typeWordAtRe: phrasesRegex([...typeWord.keys()], 'y'),
    typeAbbrRe: new RegExp(`(?<![\\p{L}\\p{N}])(?:${abbrs.join('|') || '(?!)'})(?=[ \\t]+(?:số[ \\t]*:?[ \\t]*)?\\d)`, 'gu'),
    typeAbbrWord,
    typeByAbbr,
    abbrCanonical,
    typeByName,
    named: new Map(file.namedTypes.map((n) => [foldKey(n.type), n.issuer])),
    nameless: new Set(file.namedTypes.filter((n) => n.nameless).map((n) => foldKey(n.type))),
    nameStopRe: phrasesRegex(file.nameStops, 'y'),
    undatedNameStopRe: phrasesRegex(file.undatedNameStops, 'y'),
    nameCommaRe: phrasesRegex(file.nameCommaPhrases, 'y'),
    amendingRe: phrasesRegex(file.amendingNamePrefixes, 'y'),
    futureRe: new RegExp(`${phrasesRegex(file.futureCues, '').source}\\s*$`, 'u'),
    cueRe: phrasesRegex([...cueRelation.keys()], 'g'),
    cueRelation,
    strength: new Map(file.relationStrength.map((r, i) => [r, i])),
    aliasRe: new RegExp(`\\(\\s*(?:${phrasesRegex(file.aliasIntros, '').source})\\s*:?\\s*([^()\\n]{1,120})\\)`, 'uyd'),
    formCodeRe: new RegExp(`(?:${phrasesRegex(file.formCodeWords, '').source})\\s*(?:số)?\\s*:?\\s*$`, 'u'),
    attachmentRe: new RegExp(`\\(\\s*(?:${phrasesRegex(file.attachmentCues, '').source})\\s*$`, 'u'),
    titleLeadRe: phrasesRegex(file.titleLeads, 'y'),
    quoteStopRe: phrasesRegex(file.titleStopsAfterQuote, 'y'),
    titleStopRe: phrasesRegex(file.titleStops, 'g'),
    pinpointRe: new RegExp(
      `(?:(?:${phrasesRegex(file.pinpointWords, '').source})\\s+(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-zđ])(?:\\s*,\\s*|\\s+))+(?:(?:của|tại)\\s+)?$`,
      'u',
    ),
    issuers: compileIssuers(issuersFile, provinceNames),
    places,
    registry: { entries: [], byKey: new Map(), byAlias: new Map() },
  };
  // Registry keys may be written in any spelling; normalize them like extracted keys.
  rules.registry = compileRegistry(registryFile, (k) => normalizeKeyWith(rules, k));
  return rules;
}

const cache = new Map<string, CitationRules>();

/** Loads and compiles the citation rules of a rules folder (cached per folder). */
export function loadCitationRules(dir = DEFAULT_RULES_DIR): CitationRules {
  const hit = cache.get(dir);
  if (hit) return hit;
  const where = path.join(dir, 'citations.yaml');
  const file = loadRuleFile(where, CitationsFile);
  const issuers = loadRuleFile(path.join(dir, 'issuers.yaml'), IssuersFile);
  const registry = loadRuleFile(path.join(dir, 'registry.yaml'), RegistryFile);
  const places = loadPlaces(dir);
  const rules = compile(file, loadDocumentTypes(dir), issuers, places, registry, where);
  cache.set(dir, rules);
  return rules;
}

/** A registry from entries of another source (a database, a second file), keys normalized. */
export function buildRegistry(documents: readonly RegistryEntry[], rules: CitationRules = loadCitationRules()): Registry {
  return compileRegistry({ documents: [...documents] }, (k) => normalizeKeyWith(rules, k));
}

/**
 * rules/targets.yaml: comparator lexicon, commitment, baseline and negation cues, year phrases,
 * and the words that make a number a label, an age or a duration. Validated with zod at load and
 * compiled once into phrase sets.
 */
import path from 'node:path';
import { z } from 'zod';
import { Comparator } from '../../contract/schema.js';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../../rules/load.js';
import { loadDocumentTypes, type DocumentTypeRule } from '../../rules/document-types.js';
import { loadIndicators, type IndicatorIndex } from '../../resolve/indicators.js';
import { PhraseSet, formOf, tokenize } from './phrases.js';

const PhraseList = z.array(z.string().min(1)).min(1);

export const ComparatorRule = z.object({
  phrase: z.string().min(1),
  op: Comparator,
  /** "adjacent" (default): right before the number; "clause": anywhere before it in its clause */
  reach: z.enum(['adjacent', 'clause']).optional(),
});

export const TargetRulesFile = z.object({
  comparators: z.object({
    before: z.array(ComparatorRule).min(1),
    after: z.array(ComparatorRule.omit({ reach: true })),
  }),
  commitments: PhraseList,
  clauseOpeners: PhraseList,
  clauseBreaks: PhraseList,
  subjectHeads: PhraseList,
  baselines: PhraseList,
  negations: PhraseList,
  recurring: PhraseList,
  change: z.object({ from: PhraseList, to: PhraseList }),
  yearPhrases: PhraseList,
  periodPhrases: PhraseList,
  labelWords: PhraseList,
  descriptionUnits: PhraseList,
  timeUnits: PhraseList,
  scales: z.record(z.string().min(1), z.number().positive()),
});
export type TargetRulesFile = z.infer<typeof TargetRulesFile>;

export interface CompiledTargetRules {
  comparatorsBefore: PhraseSet<Comparator>;
  comparatorsInClause: PhraseSet<Comparator>;
  comparatorsAfter: PhraseSet<Comparator>;
  commitments: PhraseSet<true>;
  clauseOpeners: PhraseSet<true>;
  clauseBreaks: PhraseSet<true>;
  subjectHeads: PhraseSet<true>;
  baselines: PhraseSet<true>;
  negations: PhraseSet<true>;
  recurring: PhraseSet<true>;
  /** "từ" before the present figure of a change */
  changeFrom: PhraseSet<true>;
  /** "lên", "xuống còn" before the figure to reach */
  changeTo: PhraseSet<true>;
  labelWords: PhraseSet<true>;
  /** names and abbreviations of document types: a capitalised one before a number cites a document */
  documentTypes: PhraseSet<true>;
  descriptionUnits: PhraseSet<true>;
  timeUnits: PhraseSet<true>;
  scales: Map<string, number>;
  /** global, on joined token forms: "(year phrase) YYYY"; group 1 is the year */
  yearRe: RegExp;
  /** global: "(period phrase) YYYY - YYYY"; group 2 is the last year */
  periodRe: RegExp;
  /** global: a recurring cue ("hằng năm") */
  recurringRe: RegExp;
}

const flags = (list: readonly string[]) => new PhraseSet<true>(list.map((p) => [p, true] as const));

/** Alternation of phrases as joined token forms (the shape year.ts searches), longest first. */
function alternation(list: readonly string[]): string {
  return [...new Set(list.map((p) => tokenize(p).map((t) => t.form).join(' ')))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

export function compileTargetRules(file: TargetRulesFile, documentTypes: readonly DocumentTypeRule[] = []): CompiledTargetRules {
  const before = new PhraseSet<Comparator>();
  const inClause = new PhraseSet<Comparator>();
  for (const c of file.comparators.before) (c.reach === 'clause' ? inClause : before).add(c.phrase, c.op);
  const year = '((?:19|20)\\d{2})(?![\\d/])';
  const edge = '(?<![\\p{L}\\p{N}])';
  return {
    comparatorsBefore: before,
    comparatorsInClause: inClause,
    comparatorsAfter: new PhraseSet(file.comparators.after.map((c) => [c.phrase, c.op] as const)),
    commitments: flags(file.commitments),
    clauseOpeners: flags(file.clauseOpeners),
    clauseBreaks: flags(file.clauseBreaks),
    subjectHeads: flags(file.subjectHeads),
    baselines: flags(file.baselines),
    negations: flags(file.negations),
    recurring: flags(file.recurring),
    changeFrom: flags(file.change.from),
    changeTo: flags(file.change.to),
    labelWords: flags(file.labelWords),
    documentTypes: flags(documentTypes.flatMap((t) => [t.name, ...t.abbr])),
    descriptionUnits: flags(file.descriptionUnits),
    timeUnits: flags(file.timeUnits),
    scales: new Map(Object.entries(file.scales).map(([w, v]) => [formOf(w), v])),
    yearRe: new RegExp(`${edge}(?:${alternation(file.yearPhrases)})\\s+${year}`, 'gu'),
    periodRe: new RegExp(`${edge}(?:${alternation(file.periodPhrases)})\\s+((?:19|20)\\d{2})\\s*-\\s*${year}`, 'gu'),
    recurringRe: new RegExp(`${edge}(?:${alternation(file.recurring)})(?![\\p{L}\\p{N}])`, 'gu'),
  };
}

export function loadTargetRules(dir = DEFAULT_RULES_DIR): CompiledTargetRules {
  const file = loadRuleFile(path.join(dir, 'targets.yaml'), TargetRulesFile);
  return compileTargetRules(file, loadDocumentTypes(dir));
}

/** Everything extractTargets and parseTargetTable need. */
export interface TargetExtractorRules {
  targets: CompiledTargetRules;
  indicators: IndicatorIndex;
}

export function loadTargetExtractorRules(dir = DEFAULT_RULES_DIR): TargetExtractorRules {
  return { targets: loadTargetRules(dir), indicators: loadIndicators(dir) };
}

let defaults: TargetExtractorRules | null = null;
/** The project's rules, loaded once. */
export function defaultTargetExtractorRules(): TargetExtractorRules {
  defaults ??= loadTargetExtractorRules();
  return defaults;
}

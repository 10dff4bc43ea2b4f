/**
 * Indicator ids for targets (rules/indicators.yaml, organised in packs so another sector can
 * bring its own). A target gets the id whose cue phrase best describes what its clause measures:
 *   1. a `cues` phrase in the clause: the one that covers the number or starts first after it
 *      (the predicate that follows the group: "40,0% trẻ mẫu giáo được làm quen với tiếng Anh"),
 *      else the nearest one before it ("Phấn đấu thành lập mới 3 trường");
 *   2. a `cues` phrase written with "…" whose first part stands in the lead-in and the rest in
 *      the clause ("huy động … trẻ mầm non" in "Tỷ lệ trẻ huy động đến trường: 80% trẻ mầm non");
 *   3. a `who` phrase in the clause ("45% trẻ nhà trẻ");
 *   4. the same, nearest first, in the clauses before it in the sentence, for elliptical clauses
 *      ("100% giáo viên đạt chuẩn nghề nghiệp, ít nhất 90% mức độ khá trở lên").
 * Otherwise null: a wrong id is worse than none.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../rules/load.js';
import { PhraseSet, tokenize, type PhraseMatch, type Token } from '../extract/targets/phrases.js';

export const IndicatorRule = z.object({
  id: z.string().regex(/^[a-z0-9_]+(?:\.[a-z0-9_]+)+$/, 'ids look like "sector.name"'),
  label: z.string().min(1),
  cues: z.array(z.string().min(1)).default([]),
  who: z.array(z.string().min(1)).default([]),
});
export const IndicatorPack = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  indicators: z.array(IndicatorRule).min(1),
});
export const IndicatorsFile = z
  .object({ packs: z.array(IndicatorPack).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.packs.forEach((p, pi) =>
      p.indicators.forEach((ind, ii) => {
        if (seen.has(ind.id)) ctx.addIssue({ code: 'custom', message: `duplicate indicator id ${ind.id}`, path: ['packs', pi, 'indicators', ii, 'id'] });
        seen.add(ind.id);
      }),
    );
  });
export type IndicatorsFile = z.infer<typeof IndicatorsFile>;

export interface IndicatorIndex {
  ids: ReadonlySet<string>;
  cues: PhraseSet<string>;
  who: PhraseSet<string>;
}

export interface IndicatorMatch {
  id: string | null;
  /** the cue phrase that decided, as written in the rules */
  cue: string | null;
}

export function compileIndicators(file: IndicatorsFile): IndicatorIndex {
  const cues = new PhraseSet<string>();
  const who = new PhraseSet<string>();
  const ids = new Set<string>();
  for (const pack of file.packs) {
    for (const ind of pack.indicators) {
      ids.add(ind.id);
      for (const c of ind.cues) cues.add(c, ind.id);
      for (const w of ind.who) who.add(w, ind.id);
    }
  }
  return { ids, cues, who };
}

export function loadIndicators(dir = DEFAULT_RULES_DIR): IndicatorIndex {
  return compileIndicators(loadRuleFile(path.join(dir, 'indicators.yaml'), IndicatorsFile));
}

/** Where a target stands in its tokens: its clause, the number, and where its sentence starts. */
export interface IndicatorSite {
  tokens: readonly Token[];
  /** first token of the sentence (lead-in starts here) */
  sentenceStart: number;
  clauseStart: number;
  clauseEnd: number;
  /** token index of the number */
  anchor: number;
}

const found = (m: PhraseMatch<string> | undefined): IndicatorMatch | null => (m ? { id: m.phrase.data, cue: m.phrase.text } : null);
const longer = (a: PhraseMatch<string>, b: PhraseMatch<string>) => b.phrase.size - a.phrase.size;

/** Best match inside the clause: covering or after the number, earliest first; else nearest before. */
function inClause(set: PhraseSet<string>, site: IndicatorSite): IndicatorMatch | null {
  const all = set.findAll(site.tokens, site.clauseStart, site.clauseEnd);
  const after = all.filter((m) => m.end > site.anchor).sort((a, b) => a.start - b.start || longer(a, b));
  if (after.length) return found(after[0]);
  return found(all.sort((a, b) => b.end - a.end || longer(a, b))[0]);
}

/** Nearest match in the text before the clause, back to the last ";" or ":" of the sentence. */
function inLeadIn(set: PhraseSet<string>, site: IndicatorSite): IndicatorMatch | null {
  let from = site.clauseStart;
  while (from > site.sentenceStart && site.tokens[from - 1]!.text !== ';' && site.tokens[from - 1]!.text !== ':') from--;
  return found(set.findAll(site.tokens, from, site.clauseStart).sort((a, b) => b.end - a.end || longer(a, b))[0]);
}

export function resolveIndicator(index: IndicatorIndex, site: IndicatorSite): IndicatorMatch {
  const split = () =>
    found(index.cues.splitMatches(site.tokens, site.sentenceStart, site.clauseStart, site.clauseStart, site.clauseEnd).sort((a, b) => longer(a, b) || b.start - a.start)[0]);
  return (
    inClause(index.cues, site) ??
    split() ??
    inClause(index.who, site) ??
    inLeadIn(index.cues, site) ??
    inLeadIn(index.who, site) ?? { id: null, cue: null }
  );
}

/** For a bare subject (a table row, a heading): the whole text is the clause. */
export function resolveIndicatorText(index: IndicatorIndex, text: string): IndicatorMatch {
  const tokens = tokenize(text);
  return resolveIndicator(index, { tokens, sentenceStart: 0, clauseStart: 0, clauseEnd: tokens.length, anchor: 0 });
}

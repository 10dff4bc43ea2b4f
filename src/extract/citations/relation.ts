/**
 * Relation of the citing document to each mention (basis, implements, amends, replaces, refers),
 * from the cue phrase nearest before the mention in its clause: "Căn cứ …" → basis, "Thực hiện …"
 * → implements. Items of a list ("Căn cứ A; B; C") take the relation of the item before them;
 * a citation nested in another's title ("Kế hoạch 104 … về triển khai thực hiện Quyết định 33")
 * is only referred to.
 */
import { foldKey, LIST_GAP, matchPhrases } from './fold.js';
import type { Candidate } from './find.js';
import type { CitationRules, Relation } from './rules.js';

// A clause starts at a line start or after a sentence end.
const SENTENCE_END = /[.!?](?:\/\.)?\s+(?=\p{Lu})/gu;

function clauseStart(text: string, pos: number): number {
  const line = text.lastIndexOf('\n', pos - 1) + 1;
  let start = line;
  SENTENCE_END.lastIndex = line;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= pos; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  return start;
}

function lastCue(fold: string, from: number, to: number, rules: CitationRules): Relation | null {
  if (to <= from) return null;
  let rel: Relation | null = null;
  for (const m of matchPhrases(rules.cueRe, fold, from, to)) rel = rules.cueRelation.get(foldKey(m[0])) ?? rel;
  return rel;
}

/** Sets `relation` on candidates sorted by start. */
export function assignRelations(text: string, fold: string, cands: Candidate[], rules: CitationRules): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.nestedIn !== null) {
      c.relation = 'refers';
      continue;
    }
    const clause = clauseStart(text, c.cueEnd);
    const prev = i > 0 ? cands[i - 1]! : null;
    const prevInClause = prev && prev.extentEnd > clause && prev.extentEnd <= c.start ? prev : null;
    const cue = lastCue(fold, prevInClause ? prevInClause.extentEnd : clause, c.cueEnd, rules);
    if (cue) c.relation = cue;
    else if (prevInClause && LIST_GAP.test(fold.slice(prevInClause.extentEnd, c.start))) c.relation = prevInClause.relation;
    else c.relation = 'refers';
  }
}

/** The strongest of several relations (order from rules/citations.yaml). */
export function strongest(relations: Iterable<Relation>, rules: CitationRules): Relation {
  let best: Relation = 'refers';
  for (const r of relations) if ((rules.strength.get(r) ?? 99) < (rules.strength.get(best) ?? 99)) best = r;
  return best;
}

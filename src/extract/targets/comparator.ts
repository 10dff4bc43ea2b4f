/**
 * Stage 3: the comparator of a value (conventions §5.1). A quantifier right before the number
 * ("ít nhất 55%", "tăng thêm ít nhất 20%", "Trên 95%", "giảm trung bình 0,3%") wins over "trở lên"
 * right after it ("38% trở lên"), which wins over a verb further back in the clause ("duy trì tỷ
 * lệ … 95%"); plain "=" otherwise. "trở lên" after a level word ("mức độ khá trở lên") or
 * "tối thiểu" after the subject ("đủ ĐDĐCTB tối thiểu") never touch the number.
 */
import type { Comparator } from '../../contract/schema.js';
import type { CompiledTargetRules } from './rules.js';
import type { Clause } from './clauses.js';
import type { Token } from './phrases.js';

export interface ComparatorFound {
  op: Comparator;
  /** true when a cue was found (plain "=" from no cue is false) */
  cued: boolean;
  /** first token of the cue before the number, or the number itself */
  start: number;
  /** token after the value and a following "trở lên" */
  afterValue: number;
}

export function findComparator(tokens: readonly Token[], c: Clause, rules: CompiledTargetRules): ComparatorFound {
  const num = c.num;
  const adjacent = rules.comparatorsBefore.endingAt(tokens, num.index, c.start);
  const after = rules.comparatorsAfter.longestAt(tokens, num.valueEnd, c.end);
  const inClause = rules.comparatorsInClause.findAll(tokens, c.start, num.index).at(-1);
  const afterValue = after ? after.end : num.valueEnd;
  const start = adjacent ? adjacent.start : num.index;
  // "đạt 90% trở lên": a plain "đạt" gives way to the bound after the number
  for (const m of [adjacent, after, inClause]) {
    if (m && m.phrase.data !== '=') return { op: m.phrase.data, cued: true, start, afterValue };
  }
  return { op: '=', cued: !!(adjacent || after || inClause), start, afterValue };
}

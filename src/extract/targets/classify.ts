/**
 * Stage 5: is a value a target, a baseline or neither?
 *  - a clause that opens with a negation ("Không để phát sinh nhóm trẻ tối đa 7 trẻ") states what
 *    must not happen: neither;
 *  - a present-state cue before the number in its clause ("hiện có 179 trường", "đã đạt") makes a
 *    baseline, and so does the first value of a change ("từ 25% lên 35%") and any figure in a
 *    section of kind "status" unless its sentence names a deadline ("đến năm 2030");
 *  - in a goals section every value is a target; in a funding section none is (shares and sums
 *    split a budget: "70% kinh phí do ngân sách tỉnh bảo đảm");
 *  - elsewhere (tasks, organization, a Công văn without sections) a value is a target only when
 *    something marks the commitment: a comparator, a commitment word earlier in the sentence
 *    ("đảm bảo 50% diện tích", "phấn đấu đến hết năm 2025, 100% giáo viên …"), a bound stated
 *    earlier in the sentence, or a percentage that opens its clause ("100% các trường MN thực
 *    hiện quản lý nguồn thu …", "Hàng năm 100% …", "Trên 95% trẻ …"). A bare count in a task
 *    description ("02 bộ quy tắc ứng xử") is not, nor a strict bound inside a clause, which
 *    defines a category ("sáp nhập các trường có dưới 5 nhóm lớp").
 */
import type { Comparator, SectionKind } from '../../contract/schema.js';
import type { CompiledTargetRules } from './rules.js';
import type { Clause } from './clauses.js';
import type { ComparatorFound } from './comparator.js';
import { contentStart } from './clauses.js';
import type { Token } from './phrases.js';

export type Verdict = 'target' | 'baseline' | 'none';

/** "dưới"/"trên" inside a clause define a category ("sáp nhập các trường có dưới 5 nhóm lớp"). */
const committing = (op: Comparator) => op !== '<' && op !== '>';

export function classify(
  tokens: readonly Token[],
  c: Clause,
  kind: SectionKind,
  cmp: ComparatorFound,
  hasDeadline: () => boolean,
  rules: CompiledTargetRules,
): Verdict {
  const num = c.num;
  const first = contentStart(tokens, c.start, num.index);
  // "Không để phát sinh nhóm trẻ tối đa 7 trẻ" describes what must not happen; but a share right
  // after the verb is the commitment itself ("xóa 100% phòng học tạm")
  const negation = rules.negations.matchesAt(tokens, first, num.index);
  if (negation.length && !(num.unit === 'percent' && negation.some((m) => m.end === num.index))) return 'none';
  if (c.change?.role === 'from' || rules.baselines.findAll(tokens, c.start, num.index).length) return 'baseline';
  if (kind === 'status') return hasDeadline() ? 'target' : 'baseline';
  if (kind === 'goals') return 'target';
  if (kind === 'funding') return 'none';
  if (num.unit === 'percent' && opensWithValue(tokens, first, num.index, rules)) return 'target';
  if (cmp.cued && committing(cmp.op)) return 'target';
  if (rules.commitments.findAll(tokens, 0, num.index).length) return 'target';
  // another bound earlier in the sentence ("Huy động ít nhất 55% …, 100% … (Tỷ lệ … công lập 70%, …)")
  return rules.comparatorsBefore.findAll(tokens, 0, c.start).some((m) => committing(m.phrase.data) && m.phrase.data !== '=') ? 'target' : 'none';
}

/** Whether nothing but a recurring cue or a bound stands before the value ("Hàng năm 100% …", "Trên 95% trẻ …"). */
function opensWithValue(tokens: readonly Token[], first: number, num: number, rules: CompiledTargetRules): boolean {
  let i = rules.recurring.longestAt(tokens, first, num)?.end ?? first;
  if (tokens[i]?.text === ',') i++;
  return i === num || rules.comparatorsBefore.longestAt(tokens, i, num)?.end === num;
}

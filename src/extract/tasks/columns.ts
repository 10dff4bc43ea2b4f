/**
 * Column header words of task tables (rules/task-columns.yaml) and the header row they make.
 * Columns are known by their header words, never by position.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../../rules/load.js';
import { matchForm } from '../../text/vietnamese.js';

export const COLUMN_ROLES = ['number', 'task', 'lead', 'coordinate', 'deadline', 'products', 'other'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const Words = z.array(z.string().min(1));
export const TaskColumnsFile = z
  .object({
    minColumns: z.number().int().min(2),
    columns: z
      .object({ number: Words, task: Words.min(1), lead: Words, coordinate: Words, deadline: Words, products: Words, other: Words })
      .strict(),
  })
  .strict();
export type TaskColumnsFile = z.infer<typeof TaskColumnsFile>;

export interface TaskColumnRules {
  minColumns: number;
  /** header words in matching form, longest first */
  words: { form: string; role: ColumnRole }[];
}

export function compileTaskColumns(file: TaskColumnsFile): TaskColumnRules {
  const words = COLUMN_ROLES.flatMap((role) => file.columns[role].map((w) => ({ form: headerForm(w), role })));
  words.sort((a, b) => b.form.length - a.form.length);
  return { minColumns: file.minColumns, words };
}

export function loadTaskColumns(dir = DEFAULT_RULES_DIR): TaskColumnRules {
  return compileTaskColumns(loadRuleFile(path.join(dir, 'task-columns.yaml'), TaskColumnsFile));
}

/**
 * Header text without notes in parentheses, emphasis marks and punctuation ("**Thời gian hoàn
 * thành (năm):**", "Nhiệm vụ/Giải pháp").
 */
function headerForm(s: string): string {
  return matchForm(s.replace(/\([^)]*\)/g, ' ').replace(/[*_`.:;,/]+/g, ' '));
}

/** The role of a header cell, or null when the cell is not a known header. */
export function columnRole(cell: string, rules: TaskColumnRules): ColumnRole | null {
  if (cell.length > 80) return null; // content, not a header
  const form = headerForm(cell);
  if (!form) return null;
  // A header may add a few words ("Thời gian hoàn thành dự kiến"); a long cell is content, not a header.
  for (const w of rules.words) {
    if (form === w.form || (form.startsWith(w.form + ' ') && form.split(' ').length - w.form.split(' ').length <= 3)) return w.role;
  }
  return null;
}

/** A header row makes a task table when enough of its columns are known, the task column among them. */
export function isTaskHeader(roles: readonly (ColumnRole | null)[], rules: TaskColumnRules): boolean {
  const known = roles.filter((r) => r && r !== 'other');
  return roles.includes('task') && known.length >= rules.minColumns;
}

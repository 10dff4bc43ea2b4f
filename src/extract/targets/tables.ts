/**
 * Targets from tables of indicators by year in the text (a Markdown table, or a DOCX/PDF table
 * that ingest wrote as tab-led cells): each table's rows go to parseTargetTable, which keeps only
 * tables whose header names years ("Chỉ tiêu | 2025 | 2030").
 */
import type { Span, Target } from '../../contract/schema.js';
import { cellText, tablesIn } from '../../segment/tables.js';
import { sectionAt, type ExtractInput } from '../types.js';
import type { TargetExtractorRules } from './rules.js';
import { parseTargetTable } from './table.js';

export interface TableTargets {
  targets: Target[];
  /** spans of the tables that gave targets (prose targets inside them are the same figures) */
  tables: Span[];
}

export function extractTableTargets(input: ExtractInput, rules: TargetExtractorRules): TableTargets {
  const out: TableTargets = { targets: [], tables: [] };
  for (const table of tablesIn(input.text)) {
    const rows = table.map((row) => row.map((c) => cellText(c).replace(/\s+/g, ' ').trim()));
    const cellSpans = table.map((row) => row.map((c): Span => [c.from, c.to]));
    const first = table[0]![0]!;
    const lastRow = table[table.length - 1]!;
    const span: Span = [first.from, lastRow[lastRow.length - 1]!.to];
    const found = parseTargetTable(rows, { rules, cellSpans, span, sectionId: sectionAt(input.sections, first.from)?.id ?? null });
    if (found.length) {
      out.targets.push(...found);
      out.tables.push(span);
    }
  }
  return out;
}

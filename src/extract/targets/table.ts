/**
 * Targets from a table of indicators by year ("Chỉ tiêu | ĐVT | 2025 | 2030"): one target per
 * numeric cell, with the column's year and the row's subject. DOCX/Markdown ingestion hands the
 * rows over as strings; cell spans, when known, point into ExtractInput.text.
 */
import type { Span, Target } from '../../contract/schema.js';
import { resolveIndicatorText } from '../../resolve/indicators.js';
import { matchForm } from '../../text/vietnamese.js';
import { parseVietnameseNumber } from './numbers.js';
import { isNumberToken, tokenize } from './phrases.js';
import { defaultTargetExtractorRules, type TargetExtractorRules } from './rules.js';

export interface TargetTableOptions {
  /** defaults to the project's rules */
  rules?: TargetExtractorRules;
  sectionId?: string | null;
  /** span of each cell, same shape as `rows` */
  cellSpans?: Span[][];
  /** span of the whole table, used for cells whose own span is unknown */
  span?: Span;
}

// a column header that names a year or a period: "2025", "Năm 2025", "Đến năm 2030", "2021-2025"
const YEAR_HEADER = /^\D{0,24}?((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\s*$/;
const ORDINAL_HEADER = /^(?:s?tt|số thứ tự|stt\.?)$/;
const UNIT_HEADER = /^(?:đơn vị tính|đvt|đơn vị)$/;

interface YearColumn {
  col: number;
  year: number | null;
  recurring: boolean;
}

/** The year columns of a header row; none for a data row (one with a bare number, like a row's "TT"). */
function yearColumns(header: readonly string[], rules: TargetExtractorRules): YearColumn[] {
  // a bare number that is not a year ("1" in a TT column) marks a data row, not a header
  if (header.some((cell) => /^\d+$/.test(cell.trim()) && !/^(?:19|20)\d{2}$/.test(cell.trim()))) return [];
  const out: YearColumn[] = [];
  header.forEach((cell, col) => {
    const m = YEAR_HEADER.exec(cell.trim());
    if (m) out.push({ col, year: Number(m[2] ?? m[1]), recurring: false });
    else if (tokenize(cell).map((t) => t.form).join(' ').search(rules.targets.recurringRe) >= 0) out.push({ col, year: null, recurring: true });
  });
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function parseTargetTable(rows: readonly (readonly string[])[], opts: TargetTableOptions = {}): Target[] {
  const rules = opts.rules ?? defaultTargetExtractorRules();
  const R = rules.targets;
  const headerRow = rows.findIndex((r, i) => i < 3 && yearColumns(r, rules).length > 0);
  if (headerRow < 0) return [];
  const header = rows[headerRow]!;
  const years = yearColumns(header, rules);
  const yearCols = new Set(years.map((y) => y.col));
  const forms = header.map((h) => matchForm(h));
  const unitCol = forms.findIndex((f) => UNIT_HEADER.test(f));
  const subjectCol = forms.findIndex((f, i) => !yearCols.has(i) && i !== unitCol && !ORDINAL_HEADER.test(f));
  if (subjectCol < 0) return [];

  const out: Target[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const subject = squash(row[subjectCol] ?? '');
    if (!subject) continue;
    const unitCell = unitCol >= 0 ? squash(row[unitCol] ?? '') : '';
    const indicator = resolveIndicatorText(rules.indicators, subject);
    for (const { col, year, recurring } of years) {
      const cell = squash(row[col] ?? '');
      const tokens = tokenize(cell);
      const at = tokens.findIndex((t) => isNumberToken(t) && parseVietnameseNumber(t.text) !== null);
      if (at < 0 || (/^(?:19|20)\d{2}$/.test(tokens[at]!.text) && tokens[at + 1]?.text !== '%')) continue; // a year is no value
      const value = parseVietnameseNumber(tokens[at]!.text)!;
      const before = R.comparatorsBefore.endingAt(tokens, at);
      const after = R.comparatorsAfter.longestAt(tokens, at + (tokens[at + 1]?.text === '%' ? 2 : 1));
      const percent = cell.includes('%') || unitCell.includes('%') || /\(%\)/.test(subject);
      const slash = unitCell.indexOf('/');
      const per = slash >= 0 ? squash(unitCell.slice(slash + 1)).split(' ')[0]!.toLowerCase() || null : null;
      const perIsTime = per !== null && R.timeUnits.matchesAt(tokenize(per), 0).length > 0;
      out.push({
        text: `${subject}: ${cell}${unitCell && !percent ? ` ${unitCell}` : ''} (${squash(header[col]!)})`,
        value,
        unit: percent ? 'percent' : per && !perIsTime ? 'ratio' : 'count',
        per,
        comparator: before?.phrase.data ?? after?.phrase.data ?? '=',
        year,
        subject,
        indicator: indicator.id,
        sectionId: opts.sectionId ?? null,
        span: opts.cellSpans?.[r]?.[col] ?? opts.span ?? [0, 0],
        indicatorCue: indicator.cue,
        yearSource: recurring ? 'recurring' : 'heading',
      });
    }
  }
  return out;
}

/**
 * Task tables ("phân công nhiệm vụ": TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
 * Sản phẩm) → contract `tasks`, and the responsibilities they assign. Every form of table (the
 * tab-led text of a flattened Word table, a GFM pipe table, rows handed over as string[][]) is
 * reduced to rows of cells and goes through one core, `rowsToTasks`.
 */
import type { Responsibility, Span, Task } from '../../contract/schema.js';
import { defaultGazetteer, findAgencies, type AgencyContext, type AgencyMention, type Gazetteer } from '../../resolve/agencies.js';
import { DEFAULT_RULES_DIR } from '../../rules/load.js';
import { sectionAt, type ExtractInput } from '../types.js';
import { cellText, markdownTables, tabCellRuns, type Cell } from '../../segment/tables.js';
import { columnRole, isTaskHeader, loadTaskColumns, type ColumnRole, type TaskColumnRules } from './columns.js';

export interface TaskRules {
  columns: TaskColumnRules;
  gazetteer: Gazetteer;
}

const loaded = new Map<string, TaskRules>();
export function loadTaskRules(dir = DEFAULT_RULES_DIR): TaskRules {
  let r = loaded.get(dir);
  if (!r) loaded.set(dir, (r = { columns: loadTaskColumns(dir), gazetteer: defaultGazetteer(dir) }));
  return r;
}

/**
 * A task row with the agency mentions behind its lead and coordinate lists. The mentions' spans
 * point into the document text when the row has a span, into their cell otherwise.
 */
export interface TaskRow {
  task: Task;
  lead: AgencyMention[];
  coordinate: AgencyMention[];
  sectionId: string | null;
}

interface CoreOptions {
  rules: TaskRules;
  ctx: AgencyContext;
  /** cells point into the document text, so their offsets are spans */
  spans: boolean;
  sectionOf: (offset: number | null) => string | null;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const BULLET = /^\s*[-\u2010-\u2015\u2212+•*]\s*/;
const ROW_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])\s*[.)]?\s*$/iu;
const ROMAN = /^\s*[IVXLC]{1,6}\s*[.)]?\s*$/;

/** Lines of a cell as items: a bullet or a capitalised line starts an item, other lines continue it. */
function cellItems(text: string): string[] {
  const items: string[] = [];
  for (const raw of text.replace(/<br\s*\/?>/gi, '\n').split('\n')) {
    if (!raw.trim()) continue;
    const bullet = BULLET.test(raw);
    const line = raw.replace(BULLET, '').trim();
    if (!bullet && items.length && /^\p{Ll}/u.test(line)) items[items.length - 1] += ' ' + line;
    else items.push(line);
  }
  return items.map(collapse).filter(Boolean);
}

/** Splits at ";" outside parentheses. */
function splitSemicolons(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

const trimEnd = (s: string): string => s.trim().replace(/[\s.;,:]+$/, '').trim();

function listCell(text: string): string[] {
  return cellItems(text).flatMap(splitSemicolons).map(trimEnd).filter(Boolean);
}

/**
 * Agencies named in a cell. Parentheses hold the units of an agency that do the work ("Sở GDĐT
 * (Phòng Nghiệp vụ Dạy học; …)"), which are not agencies of the row; generic phrases ("Các đơn vị
 * có liên quan", "Các chuyên gia") are not agencies at all.
 */
function cellAgencies(cell: Cell | undefined, o: CoreOptions): AgencyMention[] {
  if (!cell) return [];
  const inParens: [number, number][] = [];
  let depth = 0;
  let open = 0;
  for (let i = cell.from; i < cell.to; i++) {
    const c = cell.src[i];
    if (c === '(' && depth++ === 0) open = i;
    else if (c === ')' && depth > 0 && --depth === 0) inParens.push([open, i]);
  }
  if (depth > 0) inParens.push([open, cell.to]);
  const seen = new Set<string>();
  return findAgencies(cell.src, { from: cell.from, to: cell.to, ctx: o.ctx, gazetteer: o.rules.gazetteer }).filter((m) => {
    if (inParens.some(([a, b]) => m.span[0] > a && m.span[0] < b) || seen.has(m.canonical)) return false;
    seen.add(m.canonical);
    return true;
  });
}

function rowToTask(cells: Cell[], layout: readonly (ColumnRole | null)[], o: CoreOptions): TaskRow | null {
  const at = (role: ColumnRole): Cell | undefined => {
    const i = layout.indexOf(role);
    return i < 0 ? undefined : cells[i];
  };
  const read = (role: ColumnRole): string => {
    const c = at(role);
    return c ? cellText(c) : '';
  };
  const text = collapse(read('task').replace(/<br\s*\/?>/gi, ' ').replace(BULLET, ''));
  const number = trimEnd(collapse(read('number')).replace(/[.)]+$/, '')) || null;
  const lead = cellAgencies(at('lead'), o);
  const coordinate = cellAgencies(at('coordinate'), o);
  const deadline = cellItems(read('deadline')).map(trimEnd).filter(Boolean).join('; ') || null;
  if (!text) return null;
  // A row numbered I, II … with nothing but a title groups the rows below it.
  if (number && ROMAN.test(number) && !lead.length && !coordinate.length && !deadline) return null;
  const task: Task = { number, text, lead: lead.map((m) => m.canonical), coordinate: coordinate.map((m) => m.canonical), deadline, products: listCell(read('products')) };
  const filled = cells.filter((c) => cellText(c).trim());
  if (o.spans && filled.length) task.span = [filled[0]!.from, filled[filled.length - 1]!.to] as Span;
  return { task, lead, coordinate, sectionId: o.sectionOf(task.span?.[0] ?? null) };
}

/** Column roles of a header row, merged with a second header row under merged cells ("Đơn vị" over "Chủ trì | Phối hợp"). */
function headerLayout(rows: Cell[][], rules: TaskColumnRules): { layout: (ColumnRole | null)[]; body: number } | null {
  for (let h = 0; h < Math.min(rows.length, 3); h++) {
    const layout = rows[h]!.map((c) => columnRole(cellText(c), rules));
    if (!isTaskHeader(layout, rules)) continue;
    let body = h + 1;
    const next = rows[body];
    if (next) {
      const sub = next.map((c) => (cellText(c).trim() ? columnRole(cellText(c), rules) : undefined));
      if (sub.some((r) => r) && sub.every((r) => r !== null)) {
        sub.forEach((r, i) => {
          if (r) layout[i] = r;
        });
        body++;
      }
    }
    return { layout, body };
  }
  return null;
}

/** The core every table form goes through: rows of cells, the header among the first rows. */
function rowsToTasks(rows: Cell[][], o: CoreOptions): TaskRow[] {
  const header = headerLayout(rows, o.rules.columns);
  if (!header) return [];
  return rows
    .slice(header.body)
    .map((r) => rowToTask(r, header.layout, o))
    .filter((r): r is TaskRow => r !== null);
}

export interface RowsOptions {
  rules?: TaskRules;
  /** the document's province and level, for agencies of any level */
  ctx?: AgencyContext;
  /** the section the table sits in */
  sectionId?: string | null;
}

/**
 * Task rows from a table given as strings (e.g. the rows of an HTML table from DOCX or PDF
 * ingestion). The header row is found by its words among the first rows; cells may hold several
 * lines, "- " items and "<br>".
 */
export function taskRowsFromRows(rows: string[][], opts: RowsOptions = {}): TaskRow[] {
  const cells = rows.map((r) => r.map((text): Cell => ({ src: text, from: 0, to: text.length })));
  const sectionId = opts.sectionId ?? null;
  return rowsToTasks(cells, { rules: opts.rules ?? loadTaskRules(), ctx: opts.ctx ?? {}, spans: false, sectionOf: () => sectionId });
}

/** Contract `tasks` from a table given as strings; see `taskRowsFromRows`. */
export function tasksFromRows(rows: string[][], opts: RowsOptions = {}): Task[] {
  return taskRowsFromRows(rows, opts).map((r) => r.task);
}

/**
 * Groups a run of tab-led cells into rows. Rows are found after a header by counting its columns;
 * the number cell (TT) is often missing in flattened tables, so a cell that does not look like a
 * row number where one is expected is taken as the next column instead. A second header in the run
 * starts a new table.
 */
function tabRuns(run: Cell[], rules: TaskColumnRules): Cell[][][] {
  const roles = run.map((c) => columnRole(cellText(c), rules));
  const headerAt = (i: number): number => {
    let j = i;
    while (j < run.length && roles[j]) j++;
    return isTaskHeader(roles.slice(i, j), rules) ? j - i : 0;
  };
  const tables: Cell[][][] = [];
  for (let i = 0; i < run.length; ) {
    const width = headerAt(i);
    if (!width) {
      i++;
      continue;
    }
    const numbered = roles[i] === 'number';
    const rows: Cell[][] = [run.slice(i, i + width)];
    i += width;
    while (i < run.length && !headerAt(i)) {
      const row: Cell[] = [];
      if (numbered) {
        const c = run[i]!;
        if (ROW_NUMBER.test(cellText(c)) || !cellText(c).trim()) {
          row.push(c);
          i++;
        } else row.push({ src: c.src, from: c.from, to: c.from });
      }
      while (row.length < width && i < run.length && !(row.length > 0 && headerAt(i))) row.push(run[i++]!);
      rows.push(row);
    }
    tables.push(rows);
  }
  return tables;
}

function ctxOf(input: ExtractInput): AgencyContext {
  return { province: input.document.province, level: input.document.level };
}

/** Task rows of every task table in the document, with their agency mentions. */
export function extractTaskRows(input: ExtractInput, rules: TaskRules = loadTaskRules()): TaskRow[] {
  const sectionOf = (offset: number | null): string | null => (offset === null ? null : (sectionAt(input.sections, offset)?.id ?? null));
  const o: CoreOptions = { rules, ctx: ctxOf(input), spans: true, sectionOf };
  const tables = [...tabCellRuns(input.text).flatMap((run) => tabRuns(run, rules.columns)), ...markdownTables(input.text)];
  return tables.flatMap((rows) => rowsToTasks(rows, o)).sort((a, b) => (a.task.span?.[0] ?? 0) - (b.task.span?.[0] ?? 0));
}

/** Contract `tasks`: the rows of the document's task tables. */
export function extractTasks(input: ExtractInput, rules?: TaskRules): Task[] {
  return extractTaskRows(input, rules).map((r) => r.task);
}

/**
 * The responsibilities a task table assigns: each lead agency with role `lead`, each coordinating
 * agency with role `coordinate`, their duties being the texts of their rows and their partners the
 * agencies on the other side of those rows.
 */
export function responsibilitiesFromTaskRows(rows: readonly TaskRow[]): Responsibility[] {
  const byKey = new Map<string, Responsibility>();
  const add = (m: AgencyMention, role: 'lead' | 'coordinate', row: TaskRow, others: AgencyMention[]): void => {
    const key = `${m.canonical}|${role}`;
    let r = byKey.get(key);
    if (!r) {
      r = { agency: m.canonical, role, duties: [], sectionId: row.sectionId, asWritten: m.asWritten, locality: m.locality, partners: [] };
      if (row.task.span) r.span = m.span;
      byKey.set(key, r);
    }
    if (!r.duties.includes(row.task.text)) r.duties.push(row.task.text);
    for (const p of others) if (p.canonical !== m.canonical && !r.partners!.includes(p.canonical)) r.partners!.push(p.canonical);
  };
  for (const row of rows) {
    for (const m of row.lead) add(m, 'lead', row, row.coordinate);
    for (const m of row.coordinate) add(m, 'coordinate', row, row.lead);
  }
  return [...byKey.values()];
}

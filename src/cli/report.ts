/**
 * Output of the query commands: one report (columns + rows) written as a text table, CSV, JSON or
 * an Excel workbook, to stdout or to a file (--out). JSON prints the rows whole, including fields
 * that have no column (nested lists a program may want); the other formats show the columns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { DEFAULT_DB, type DocRef } from '../store/index.js';
import type { Context } from './io.js';
import { formatTable } from './table.js';

export const FORMATS = ['table', 'csv', 'json', 'xlsx'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface Column {
  key: string;
  header: string;
  /** text table only: longer cells are cut with "…" */
  max?: number;
  /** false: left out of the text table (still in CSV, JSON and XLSX) */
  table?: boolean;
}

export type ReportRow = Record<string, unknown>;

export interface Report {
  /** the worksheet's name */
  title: string;
  columns: Column[];
  rows: ReportRow[];
}

export interface ReportOptions {
  db: string;
  format?: OutputFormat;
  out?: string;
  json?: boolean;
}

/**
 * One column per document for a matrix (key `doc<id>`), in date order so that a row reads as a time
 * line. Headed by the symbol, with the stem added when the symbol is missing or shared (documents
 * with a blank number are all "/KH-UBND").
 */
export function documentColumns(docs: readonly DocRef[]): Column[] {
  const count = new Map<string, number>();
  for (const d of docs) if (d.symbol) count.set(d.symbol, (count.get(d.symbol) ?? 0) + 1);
  const header = (d: DocRef) => (d.symbol ? (count.get(d.symbol) === 1 ? d.symbol : `${d.symbol} (${d.stem})`) : d.stem);
  return [...docs]
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.stem.localeCompare(b.stem))
    .map((d) => ({ key: `doc${d.id}`, header: header(d) }));
}

/** Adds --db, --format, --out and --json to a query command. */
export function queryOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format (default: from the --out extension, else table)').choices(FORMATS))
    .option('--out <file>', 'write to this file instead of stdout (xlsx needs it)')
    .option('--json', 'same as --format json');
}

/**
 * The format the options ask for; a contradiction or an XLSX without a file is bad usage (exit 2).
 * Call it before querying, so a mistake costs nothing.
 */
export function chosenFormat(opts: ReportOptions, cmd: Command): OutputFormat {
  if (opts.json && opts.format && opts.format !== 'json') cmd.error(`error: --json contradicts --format ${opts.format}`, { exitCode: 2 });
  const ext = opts.out ? path.extname(opts.out).slice(1).toLowerCase() : '';
  const format = opts.json ? 'json' : (opts.format ?? (FORMATS.includes(ext as OutputFormat) ? (ext as OutputFormat) : 'table'));
  if (format === 'xlsx' && !opts.out) cmd.error('error: --format xlsx writes a file; give it with --out FILE.xlsx', { exitCode: 2 });
  return format;
}

/** A cell as text: lists joined with "; ", nothing as the empty string. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const CSV_SPECIAL = /[",\r\n]|^\s|\s$/;

/** RFC 4180: CRLF line ends; fields with a comma, quote, line break or edge space are quoted. */
export function toCsv(report: Report): string {
  const field = (s: string) => (CSV_SPECIAL.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [report.columns.map((c) => field(c.header)), ...report.rows.map((r) => report.columns.map((c) => field(cellText(r[c.key]))))];
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

export function toTable(report: Report): string {
  const cols = report.columns.filter((c) => c.table !== false);
  const cut = (s: string, max?: number) => (max !== undefined && s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);
  return formatTable(
    cols.map((c) => c.header),
    report.rows.map((r) =>
      cols.map((c) => {
        const text = cut(cellText(r[c.key]).replace(/\s+/g, ' ').trim(), c.max);
        return text === '' ? null : text;
      }),
    ),
  );
}

export const toJsonText = (report: Report): string => JSON.stringify(report.rows, null, 2) + '\n';

/** Worksheet names are at most 31 characters, without : \ / ? * [ ]. */
const sheetName = (title: string): string => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';

/**
 * An Excel workbook of one sheet: a bold header row that stays in view (frozen pane), numbers as
 * numbers, lists joined as in CSV, and column widths fitted to their contents (capped).
 */
export async function toXlsx(report: Report): Promise<Buffer> {
  // exceljs is large; only XLSX output loads it
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'vanban';
  const sheet = book.addWorksheet(sheetName(report.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = report.columns.map((c) => {
    const longest = Math.max(c.header.length, ...report.rows.map((r) => cellText(r[c.key]).length));
    return { header: c.header, key: c.key, width: Math.min(Math.max(longest + 2, 6), 80) };
  });
  sheet.getRow(1).font = { bold: true };
  for (const r of report.rows) {
    sheet.addRow(
      Object.fromEntries(
        report.columns.map((c) => {
          const v = r[c.key];
          return [c.key, typeof v === 'number' ? v : v === null || v === undefined ? null : cellText(v)];
        }),
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: report.columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Writes a report in the chosen format. To a file, CSV starts with a byte-order mark so that Excel
 * reads the Vietnamese as UTF-8; stdout gets none, for pipes. An empty text table says so on stderr.
 */
export async function writeReport(ctx: Context, report: Report, format: OutputFormat, opts: { out?: string; empty?: string }): Promise<void> {
  if (format === 'table' && !report.rows.length && !opts.out) {
    ctx.io.err(`${opts.empty ?? 'nothing found'}\n`);
    return;
  }
  if (!opts.out) {
    const text = format === 'csv' ? toCsv(report) : format === 'json' ? toJsonText(report) : toTable(report);
    ctx.io.out(text);
    return;
  }
  mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  const data =
    format === 'xlsx' ? await toXlsx(report) : format === 'csv' ? '\uFEFF' + toCsv(report) : format === 'json' ? toJsonText(report) : toTable(report);
  writeFileSync(opts.out, data);
  ctx.io.err(`wrote ${report.rows.length} row${report.rows.length === 1 ? '' : 's'} to ${opts.out}\n`);
}

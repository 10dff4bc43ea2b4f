/**
 * Targets compared across documents (`compare`) and the indicators that make them comparable
 * (`indicators`).
 */
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { Comparator, Target } from '../../contract/schema.js';
import { IndicatorsFile } from '../../resolve/indicators.js';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../../rules/load.js';
import type { DocRef, Store, TargetRow } from '../../store/index.js';
import type { Context } from '../io.js';
import { provinceName } from '../places.js';
import { chosenFormat, documentColumns, queryOptions, writeReport, type Column, type ReportOptions, type ReportRow } from '../report.js';
import { withStore } from './database.js';

const SIGN: Record<Comparator, string> = {
  '>=': '≥ ',
  '>': '> ',
  '=': '= ',
  '<=': '≤ ',
  '<': '< ',
  increase_by: '+',
  decrease_by: '−',
  maintain: 'maintain ',
};

/** A target as a reader writes it: "≥ 27%", "+20%", "≥ 2.5/lớp", "= 3 (2030)" with the year. */
export function targetCell(t: { comparator: Comparator; value: number; unit: Target['unit']; per: string | null; year?: number | null }): string {
  const per = t.per ? `/${t.per}` : '';
  const year = t.year === null || t.year === undefined ? '' : ` (${t.year})`;
  return `${SIGN[t.comparator]}${t.value}${t.unit === 'percent' ? '%' : ''}${per}${year}`;
}

/** The indicators of rules/indicators.yaml, in file order, with their labels. */
function ruleIndicators(): { id: string; label: string; pack: string }[] {
  const file = loadRuleFile(path.join(DEFAULT_RULES_DIR, 'indicators.yaml'), IndicatorsFile);
  return file.packs.flatMap((p) => p.indicators.map((i) => ({ id: i.id, label: i.label, pack: p.name })));
}

/**
 * The indicator ids arguments name: an id ("enrol.nursery"), or a group, every id under it
 * ("enrol" → enrol.*). Unknown arguments are returned apart.
 */
export function expandIndicators(args: readonly string[], known: readonly string[]): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const arg of args) {
    const a = arg.trim().toLowerCase();
    const hits = known.filter((id) => id === a || id.startsWith(`${a}.`));
    if (!hits.length) unknown.push(arg);
    for (const id of hits) if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}

const parseYear = (value: string): number => {
  if (!/^(?:19|20)\d{2}$/.test(value.trim())) throw new InvalidArgumentError('expected a year such as 2030');
  return Number(value);
};

function rowsOf(targets: readonly TargetRow[]): ReportRow[] {
  return targets.map((t) => ({
    indicator: t.indicator,
    province: t.province,
    level: t.level,
    symbol: t.doc.symbol,
    date: t.doc.date,
    document: t.doc.stem,
    year: t.year,
    target: targetCell({ ...t, year: null }),
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    per: t.per,
    text: t.text,
    file: t.doc.path,
    line: t.loc?.line ?? null,
  }));
}

const ROW_COLUMNS: Column[] = [
  { key: 'indicator', header: 'indicator' },
  { key: 'province', header: 'province' },
  { key: 'level', header: 'level', table: false },
  { key: 'symbol', header: 'symbol' },
  { key: 'date', header: 'date' },
  { key: 'document', header: 'document' },
  { key: 'year', header: 'year' },
  { key: 'target', header: 'target' },
  { key: 'comparator', header: 'comparator', table: false },
  { key: 'value', header: 'value', table: false },
  { key: 'unit', header: 'unit', table: false },
  { key: 'per', header: 'per', table: false },
  { key: 'text', header: 'text', max: 60 },
  { key: 'file', header: 'file', table: false },
  { key: 'line', header: 'line' },
];

/** Indicators × documents; a cell lists the document's targets for the indicator ("≥ 27% (2030)"). */
export function pivot(targets: readonly TargetRow[], labels: ReadonlyMap<string, string>): { columns: Column[]; rows: ReportRow[] } {
  const docs = new Map<number, DocRef>();
  for (const t of targets) docs.set(t.doc.id, t.doc);
  const rows = new Map<string, ReportRow>();
  for (const t of targets) {
    let row = rows.get(t.indicator);
    if (!row) rows.set(t.indicator, (row = { indicator: t.indicator, label: labels.get(t.indicator) ?? null }));
    const key = `doc${t.doc.id}`;
    const cell = targetCell(t);
    row[key] = row[key] ? `${String(row[key])}; ${cell}` : cell;
  }
  const columns: Column[] = [
    { key: 'indicator', header: 'indicator' },
    { key: 'label', header: 'label', max: 40 },
    ...documentColumns([...docs.values()]),
  ];
  // every row has every column, so JSON rows line up with the sheet
  const out = [...rows.values()].map((r) => Object.fromEntries(columns.map((c) => [c.key, r[c.key] ?? null])));
  return { columns, rows: out };
}

interface CompareOptions extends ReportOptions {
  year?: number;
  province?: string;
  rows?: boolean;
}

async function knownIndicators(store: Store): Promise<string[]> {
  const ids = ruleIndicators().map((i) => i.id);
  for (const c of await store.indicatorCounts()) if (c.indicator && !ids.includes(c.indicator)) ids.push(c.indicator);
  return ids;
}

export function registerCompare(program: Command, ctx: Context): void {
  queryOptions(
    program
      .command('compare')
      .description('compare targets across documents: one row per target of the indicators given, or a pivot of indicators × documents')
      .argument('[indicator...]', 'indicator ids ("enrol.nursery") or groups ("enrol" for enrol.*); see `vanban indicators`')
      .option('--year <year>', 'only targets for this year', parseYear)
      .option('--province <name>', 'only documents of this province ("Lai Châu", "tỉnh Lai Châu", "lai chau")')
      .option('--rows', 'one row per target also when no indicator is named (instead of the pivot)'),
  )
    .addHelpText('after', '\nRows are grouped by indicator, then province and document, so one indicator across documents reads as a column.')
    .action(async (args: string[], opts: CompareOptions, cmd: Command) => {
      const format = chosenFormat(opts, cmd);
      await withStore(opts.db, true, async (store) => {
        let indicators: string[] | undefined;
        if (args.length) {
          const { ids, unknown } = expandIndicators(args, await knownIndicators(store));
          if (unknown.length) {
            ctx.failed = true;
            ctx.io.err(`unknown indicator${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (see vanban indicators)\n`);
            return;
          }
          indicators = ids;
        }
        const province = opts.province === undefined ? undefined : provinceName(opts.province);
        const targets = await store.targets({ indicators, year: opts.year, province });
        const empty = `no targets${args.length ? ` of ${args.join(', ')}` : ' with an indicator'}${opts.year ? ` for ${opts.year}` : ''}${province ? ` in ${province}` : ''}`;
        if (indicators || opts.rows) {
          await writeReport(ctx, { title: 'targets', columns: ROW_COLUMNS, rows: rowsOf(targets) }, format, { out: opts.out, empty });
          return;
        }
        const labels = new Map(ruleIndicators().map((i) => [i.id, i.label]));
        const { columns, rows } = pivot(targets, labels);
        await writeReport(ctx, { title: 'indicators x documents', columns, rows }, format, { out: opts.out, empty });
      });
    });

  queryOptions(program.command('indicators').description('each indicator with its label and the number of targets and documents that carry it')).action(
    async (opts: ReportOptions, cmd: Command) => {
      const format = chosenFormat(opts, cmd);
      await withStore(opts.db, true, async (store) => {
        const counts = new Map((await store.indicatorCounts()).map((c) => [c.indicator, c]));
        const rules = ruleIndicators();
        const rows: ReportRow[] = rules.map((i) => ({
          indicator: i.id,
          label: i.label,
          pack: i.pack,
          targets: counts.get(i.id)?.targets ?? 0,
          documents: counts.get(i.id)?.documents ?? 0,
        }));
        // ids stored by an older or another rules file, and the targets no indicator fits
        for (const c of counts.values()) {
          if (c.indicator !== null && rules.some((i) => i.id === c.indicator)) continue;
          rows.push({ indicator: c.indicator, label: c.indicator === null ? '(no indicator)' : '(not in rules)', pack: null, targets: c.targets, documents: c.documents });
        }
        await writeReport(
          ctx,
          {
            title: 'indicators',
            columns: [
              { key: 'indicator', header: 'indicator' },
              { key: 'label', header: 'label', max: 60 },
              { key: 'pack', header: 'pack' },
              { key: 'targets', header: 'targets' },
              { key: 'documents', header: 'documents' },
            ],
            rows,
          },
          format,
          { out: opts.out },
        );
      });
    },
  );
}

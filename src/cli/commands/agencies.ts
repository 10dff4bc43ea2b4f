/**
 * Agencies across documents: who has which role where (`agencies`), and everything one agency must
 * do (`duties`), under any of its names.
 */
import type { Command } from 'commander';
import { resolveAgency } from '../../resolve/agencies.js';
import type { AgencyRoles, DocRef } from '../../store/index.js';
import type { Context } from '../io.js';
import { provinceName, provinceOfLocality } from '../places.js';
import { chosenFormat, documentColumns, queryOptions, writeReport, type Column, type ReportOptions, type ReportRow } from '../report.js';
import { withStore } from './database.js';

/** Agencies × documents, a cell holding the agency's roles there; agencies in most documents first. */
export function agencyMatrix(entries: readonly AgencyRoles[]): { columns: Column[]; rows: ReportRow[] } {
  const docs = new Map<number, DocRef>();
  const byAgency = new Map<string, Map<string, string>>();
  for (const e of entries) {
    docs.set(e.doc.id, e.doc);
    let cells = byAgency.get(e.agency);
    if (!cells) byAgency.set(e.agency, (cells = new Map()));
    cells.set(`doc${e.doc.id}`, e.roles.join(', '));
  }
  const docColumns = documentColumns([...docs.values()]);
  const columns: Column[] = [{ key: 'agency', header: 'agency' }, { key: 'documents', header: 'documents' }, ...docColumns];
  const rows = [...byAgency.entries()]
    .sort(([a, ca], [b, cb]) => cb.size - ca.size || a.localeCompare(b, 'vi'))
    .map(([agency, cells]) => Object.fromEntries([['agency', agency], ['documents', cells.size], ...docColumns.map((c) => [c.key, cells.get(c.key) ?? null] as const)]));
  return { columns, rows };
}

/**
 * What an agency typed by a user stands for: its canonical name ("Sở GD&ĐT" → "Sở Giáo dục và Đào
 * tạo"; the name as typed too, for agencies outside rules/agencies.yaml), and the province of a
 * locality written after it ("Sở GD&ĐT tỉnh Lai Châu").
 */
export function agencyQuery(input: string): { names: string[]; province: string | null } {
  const typed = input.replace(/\s+/g, ' ').trim();
  const resolved = resolveAgency(typed);
  const names = resolved && resolved.canonical !== typed ? [resolved.canonical, typed] : [typed];
  return { names, province: resolved?.locality ? provinceOfLocality(resolved.locality) : null };
}

export function registerAgencies(program: Command, ctx: Context): void {
  queryOptions(
    program
      .command('agencies')
      .description('a matrix of agencies × documents with the roles each agency has in each document')
      .option('--province <name>', 'only documents of this province'),
  ).action(async (opts: ReportOptions & { province?: string }, cmd: Command) => {
    const format = chosenFormat(opts, cmd);
    await withStore(opts.db, true, async (store) => {
      const province = opts.province === undefined ? undefined : provinceName(opts.province);
      const { columns, rows } = agencyMatrix(await store.agencyRoles({ province }));
      await writeReport(ctx, { title: 'agencies x documents', columns, rows }, format, {
        out: opts.out,
        empty: `no responsibilities stored${province ? ` for ${province}` : ''}`,
      });
    });
  });

  queryOptions(
    program
      .command('duties')
      .description('every duty and task of one agency across documents, with deadlines, partners and locations')
      .argument('<agency...>', 'the agency under any of its names ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo", "UBND các huyện"), with a locality to keep to one province ("Sở GD&ĐT tỉnh Lai Châu")')
      .option('--province <name>', 'only documents of this province'),
  ).action(async (words: string[], opts: ReportOptions & { province?: string }, cmd: Command) => {
    const format = chosenFormat(opts, cmd);
    const query = agencyQuery(words.join(' '));
    const names = query.names;
    const province = opts.province === undefined ? query.province : provinceName(opts.province);
    await withStore(opts.db, true, async (store) => {
      const rows = (await store.duties(names, province ? { province } : {})).map((d) => ({
        agency: d.agency,
        role: d.role,
        kind: d.kind,
        document: d.doc.stem,
        symbol: d.doc.symbol,
        date: d.doc.date,
        number: d.number,
        text: d.text,
        deadline: d.deadline,
        partners: d.partners,
        file: d.doc.path,
        line: d.loc?.line ?? null,
      }));
      const read = names[0] !== words.join(' ') || province ? ` (read as ${names[0]}${province ? ` in ${province}` : ''})` : '';
      await writeReport(
        ctx,
        {
          title: `duties ${names[0]}`,
          columns: [
            { key: 'agency', header: 'agency', table: false },
            { key: 'role', header: 'role' },
            { key: 'kind', header: 'kind' },
            { key: 'document', header: 'document' },
            { key: 'symbol', header: 'symbol' },
            { key: 'date', header: 'date', table: false },
            { key: 'number', header: 'no.' },
            { key: 'text', header: 'duty or task', max: 70 },
            { key: 'deadline', header: 'deadline' },
            { key: 'partners', header: 'partners', max: 40 },
            { key: 'file', header: 'file', table: false },
            { key: 'line', header: 'line' },
          ],
          rows,
        },
        format,
        { out: opts.out, empty: `no duties of ${words.join(' ')}${read}` },
      );
    });
  });
}

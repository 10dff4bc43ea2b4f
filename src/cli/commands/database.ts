import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import type { Section, Span } from '../../contract/schema.js';
import { locate } from '../../document/vdoc.js';
import { analyzeFiles, defaultJobs, type Analysed, type FileTask } from '../../batch/analyze.js';
import { Progress, progressSink } from '../../batch/progress.js';
import { DEFAULT_DB, openStore, stemOf, type DocumentDetail, type ImportResult, type ItemCounts, type Store } from '../../store/index.js';
import { displayPathOf, expandInputs, StemClaims } from '../inputs.js';
import { processIo, reasonOf, type Context } from '../io.js';
import { formatTable } from '../table.js';
import { reportProblems, toJson } from './extract.js';

/**
 * Opens the database; the reading commands refuse to create an empty one. The writing commands
 * (import, run: the ones that may create it) do not map the file into memory.
 */
function openDb(file: string, mustExist: boolean): Store {
  if (mustExist && !existsSync(file)) throw new Error(`no database at ${file}; import documents first (vanban import PATH --db ${file})`);
  return openStore(file, { mmap: mustExist });
}

export async function withStore<T>(file: string, mustExist: boolean, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openDb(file, mustExist);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * Stores analyses in batches that share one commit (each document still whole or not at all),
 * calling back with each one's result in the order they were added.
 */
export class BatchImporter {
  private pending: { analysis: Analysed; done: (result: ImportResult | Error) => void }[] = [];

  constructor(
    private readonly store: Store,
    private readonly size = 32,
  ) {}

  async add(analysis: Analysed, done: (result: ImportResult | Error) => void): Promise<void> {
    this.pending.push({ analysis, done });
    if (this.pending.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    // the locator records where each line of the text starts in the source file, for search hits
    const items = batch.map(({ analysis: a }) => ({ extraction: a.extraction, opts: { locate: (span: Span) => locate(a.doc, span) } }));
    const results = await this.store.importMany(items);
    batch.forEach((b, i) => b.done(results[i]!));
  }
}

export const parsePositiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
};

const dbOption = ['--db <file>', 'SQLite database file', DEFAULT_DB] as const;

export function registerDatabase(program: Command, ctx: Context): void {
  program
    .command('import')
    .description('extract documents and store them in the database (files or folders)')
    .argument('<path...>', 'files or folders')
    .option(...dbOption)
    .option('--force', 're-extract and store files whose bytes are unchanged (after upgrading vanban)')
    .option('--jobs <n>', 'files analysed in parallel, in worker threads (default: the number of cores)', parsePositiveInt, defaultJobs())
    .option('--no-ocr', 'refuse scanned PDFs instead of reading them with OCR')
    .addHelpText('after', '\nA file already stored with the same bytes (same path or file stem) is skipped; a changed one replaces it.')
    .action(async (paths: string[], opts: { db: string; force?: boolean; jobs: number; ocr: boolean }) => {
      const expanded = expandInputs(paths);
      reportProblems(ctx, expanded.problems);
      const tally = { imported: 0, replaced: 0, unchanged: 0, failed: expanded.problems.length };
      const stems = new StemClaims();
      const fail = (file: string, err: unknown) => {
        tally.failed++;
        reportProblems(ctx, [{ file, reason: reasonOf(err) }]);
      };
      // a long import shows its progress; the lines below are written above a terminal's bar
      const progress = new Progress(expanded.files.length, progressSink(ctx.io.err, ctx.io === processIo));
      const io = ctx.io;
      ctx.io = { out: progress.around(io.out), err: progress.around(io.err) };
      await withStore(opts.db, false, async (store) => {
        const importer = new BatchImporter(store);
        const tasks = expanded.files.map((file) => ({ file, displayPath: displayPathOf(file), ocr: opts.ocr }));
        const unchanged = async ({ file, displayPath }: FileTask) =>
          !opts.force && store.hasDocument(createHash('sha256').update(readFileSync(file)).digest('hex'), { path: displayPath, stem: stemOf(file) });
        for await (const { task, analysis, error } of analyzeFiles(tasks, { jobs: opts.jobs, skip: unchanged })) {
          const { displayPath } = task;
          progress.tick();
          try {
            if (error !== null) throw error;
            const clash = stems.claim(displayPath);
            if (clash) throw new Error(clash.reason);
            if (!analysis) {
              tally.unchanged++;
              ctx.io.out(`unchanged  ${displayPath} (skipped)\n`);
              continue;
            }
            await importer.add(analysis, (result) => {
              if (result instanceof Error) return fail(displayPath, result);
              tally[result.status]++;
              ctx.io.out(`${result.status.padEnd(9)}  ${displayPath} (id ${result.id})\n`);
            });
          } catch (err) {
            fail(displayPath, err);
          }
        }
        await importer.flush();
      }).finally(() => {
        progress.finish();
        ctx.io = io;
      });
      ctx.io.out(`${tally.imported} imported, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ${tally.failed} failed (${opts.db})\n`);
    });

  program
    .command('list')
    .description('list the stored documents with the counts of what was extracted')
    .option(...dbOption)
    .option('--json', 'print JSON')
    .action(async (opts: { db: string; json?: boolean }) => {
      const docs = await withStore(opts.db, true, (store) => store.list());
      if (opts.json) return ctx.io.out(toJson(docs));
      if (!docs.length) return ctx.io.err(`no documents in ${opts.db}\n`);
      ctx.io.out(
        formatTable(
          ['id', 'stem', 'type', 'symbol', 'issuer', 'date', 'sections', 'targets', 'citations', 'resp.', 'tasks', 'warnings'],
          docs.map((d) => [d.id, d.stem, d.type, d.symbol, d.issuer, d.date, d.counts.sections, d.counts.targets, d.counts.citations, d.counts.responsibilities, d.counts.tasks, d.warnings]),
        ),
      );
    });

  program
    .command('show')
    .description('show one stored document: metadata, section outline, counts, warnings')
    .argument('<doc>', 'document id, file stem, path or symbol (e.g. 2458/QĐ-UBND)')
    .option(...dbOption)
    .option('--json', 'print JSON with every extracted item, its span and source location')
    .option('--text', 'with --json: include the normalized text the spans point into')
    .action(async (ref: string, opts: { db: string; json?: boolean; text?: boolean }) => {
      await withStore(opts.db, true, async (store) => {
        // a path given as the user sees it ("./corpus/x.txt") is stored relative to the current folder
        const found = await store.resolve(existsSync(ref) ? displayPathOf(ref) : ref);
        if (found.length !== 1) {
          ctx.failed = true;
          if (!found.length) return ctx.io.err(`no stored document matches "${ref}"\n`);
          ctx.io.err(`"${ref}" matches ${found.length} documents; name one by id or stem:\n`);
          return ctx.io.err(formatTable(['id', 'stem', 'symbol', 'issuer', 'date'], found.map((d) => [d.id, d.stem, d.symbol, d.issuer, d.date])));
        }
        const id = found[0]!.id;
        if (opts.json) {
          const stored = (await store.extraction(id))!;
          const { text, ...rest } = stored.extraction;
          const detail = { id, stem: stored.stem, importedAt: stored.importedAt, counts: found[0]!.counts, ...rest };
          return ctx.io.out(toJson(opts.text ? { ...detail, text } : detail));
        }
        ctx.io.out(formatDetail((await store.show(id))!));
      });
    });

  program
    .command('search')
    .description('search the stored documents; accents and đ are optional ("dao tao" finds "đào tạo")')
    .argument('<query...>', 'words, matched as a phrase')
    .option(...dbOption)
    .option('--json', 'print JSON')
    .option('--limit <n>', 'at most this many hits', parsePositiveInt, 20)
    .action(async (words: string[], opts: { db: string; json?: boolean; limit: number }) => {
      const hits = await withStore(opts.db, true, (store) => store.search(words.join(' '), { limit: opts.limit }));
      if (opts.json) return ctx.io.out(toJson(hits));
      if (!hits.length) return ctx.io.err('no matches\n');
      for (const h of hits) {
        const where = h.loc ? `${h.path}:${h.loc.line}:${h.loc.column}` : h.path;
        const section = h.sectionLabel === null ? '' : `  § ${h.sectionLabel}. ${h.sectionHeading}`;
        ctx.io.out(`${where}  [${h.symbol ?? h.stem}]${section}\n    ${h.snippet}\n`);
      }
    });
}

function formatCounts(c: ItemCounts): string {
  return (
    `${c.sections} sections, ${c.targets} targets, ${c.baselines} baselines, ` +
    `${c.citations} citations (${c.mentions} mentions), ${c.responsibilities} responsibilities, ${c.tasks} tasks`
  );
}

/** Sections indented by their depth in the tree, with their kinds. */
function outline(sections: readonly Section[]): string[] {
  const depth = new Map<string, number>();
  return sections.map((s) => {
    const d = s.parentId === null ? 0 : (depth.get(s.parentId) ?? 0) + 1;
    depth.set(s.id, d);
    return `${'  '.repeat(d + 1)}${s.label}. ${s.heading}  [${s.kind}]`;
  });
}

function formatDetail(d: DocumentDetail): string {
  const m = d.document;
  const rows: [string, string | null][] = [
    ['type', m.type],
    ['symbol', m.symbol],
    ['issuer', m.issuer],
    ['province', m.province],
    ['level', m.level],
    ['place', m.place],
    ['date', m.date],
    ['period', m.period ? `${m.period.from}–${m.period.to}` : null],
    ['signer', m.signer],
    ['title', m.title],
  ];
  const lines = [
    `${d.stem} (id ${d.id})  ${d.path}  ${d.format}, imported ${d.importedAt}`,
    ...rows.map(([k, v]) => `${k.padEnd(9)} ${v ?? '-'}`),
    `items     ${formatCounts(d.counts)}`,
    `sections:`,
    ...(d.sections.length ? outline(d.sections) : ['  (none found)']),
    `warnings: ${d.warnings.length ? '' : 'none'}`,
    ...d.warnings.map((w) => `  - ${w}`),
  ];
  return lines.join('\n') + '\n';
}

import type { Command } from 'commander';
import { analyzeFile } from '../../pipeline.js';
import { DEFAULT_DB } from '../../store/index.js';
import { displayPathOf, expandInputs, StemClaims } from '../inputs.js';
import { reasonOf, type Context } from '../io.js';
import { formatTable, type Cell } from '../table.js';
import { BatchImporter, withStore } from './database.js';
import { reportProblems, writeExtraction } from './extract.js';

export function registerRun(program: Command, ctx: Context): void {
  program
    .command('run')
    .description('extract every document of a folder to JSON files, store them, and print a summary table (what npm start runs)')
    .argument('<dir...>', 'folders or files')
    .option('--out <dir>', 'folder for <stem>.json files', 'extracted')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--no-ocr', 'do not OCR scanned PDFs (they fail with "no text layer")')
    .action(async (paths: string[], opts: { out: string; db: string; ocr: boolean }) => {
      const expanded = expandInputs(paths);
      reportProblems(ctx, expanded.problems);
      const rows: Cell[][] = [];
      let failed = expanded.problems.length;
      const stems = new StemClaims();
      const fail = (file: string, err: unknown) => {
        failed++;
        reportProblems(ctx, [{ file, reason: reasonOf(err) }]);
      };
      await withStore(opts.db, false, async (store) => {
        const importer = new BatchImporter(store);
        for (const file of expanded.files) {
          const displayPath = displayPathOf(file);
          try {
            const analysis = await analyzeFile(file, { displayPath, ocr: opts.ocr });
            const clash = stems.claim(displayPath);
            if (clash) throw new Error(clash.reason);
            const x = analysis.extraction;
            writeExtraction(opts.out, x);
            await importer.add(analysis, (stored) => {
              if (stored instanceof Error) return fail(displayPath, stored);
              const m = x.document;
              rows.push([stored.stem, m.type, m.symbol, m.issuer, m.date, x.sections.length, x.warnings.length, stored.status]);
            });
          } catch (err) {
            fail(displayPath, err);
          }
        }
        await importer.flush();
      });
      if (rows.length) ctx.io.out(formatTable(['document', 'type', 'symbol', 'issuer', 'date', 'sections', 'warnings', 'database'], rows));
      ctx.io.out(`${rows.length} extracted to ${opts.out}/ and stored in ${opts.db}, ${failed} failed\n`);
    });
}

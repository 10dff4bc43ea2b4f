import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Extraction } from '../../contract/schema.js';
import { extractFile } from '../../pipeline.js';
import { stemOf } from '../../store/index.js';
import { displayPathOf, expandInputs, StemClaims, type InputProblem } from '../inputs.js';
import { reasonOf, type Context } from '../io.js';

/** Pretty JSON as written to files and stdout: 2-space indent, trailing newline. */
export const toJson = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

export function writeExtraction(outDir: string, x: Extraction): string {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${stemOf(x.source.path)}.json`);
  writeFileSync(file, toJson(x));
  return file;
}

export function reportProblems(ctx: Context, problems: readonly InputProblem[]): void {
  for (const p of problems) ctx.io.err(`failed     ${p.file}: ${p.reason}\n`);
  if (problems.length) ctx.failed = true;
}

export function registerExtract(program: Command, ctx: Context): void {
  program
    .command('extract')
    .description('extract the contract JSON of documents (files or folders of .txt, .md, .pdf and .docx files)')
    .argument('<file...>', 'files or folders')
    .option('--json', 'print the JSON to stdout: one object for one file, an array for several (the default without --out)')
    .option('--out <dir>', 'write <dir>/<stem>.json for each input')
    .option('--no-ocr', 'do not OCR scanned PDFs (they fail with "no text layer")')
    .addHelpText('after', '\nA file that cannot be read is reported on stderr; the others are still extracted and the exit code is 1.')
    .action(async (paths: string[], opts: { json?: boolean; out?: string; ocr: boolean }) => {
      const expanded = expandInputs(paths);
      reportProblems(ctx, expanded.problems);
      const printJson = opts.json || !opts.out;
      const results: Extraction[] = [];
      const stems = new StemClaims();
      for (const file of expanded.files) {
        const displayPath = displayPathOf(file);
        try {
          const x = await extractFile(file, { displayPath, ocr: opts.ocr });
          if (opts.out) {
            const clash = stems.claim(displayPath);
            if (clash) {
              reportProblems(ctx, [clash]);
              continue;
            }
            const written = writeExtraction(opts.out, x);
            // stdout carries only JSON when --json is given
            (printJson ? ctx.io.err : ctx.io.out)(`extracted  ${displayPath} -> ${written}\n`);
          }
          results.push(x);
        } catch (err) {
          reportProblems(ctx, [{ file: displayPath, reason: reasonOf(err) }]);
        }
      }
      if (!printJson) return;
      const single = paths.length === 1 && expanded.files.length === 1 && expanded.files[0] === paths[0];
      if (single) {
        if (results[0]) ctx.io.out(toJson(results[0]));
      } else ctx.io.out(toJson(results));
    });
}

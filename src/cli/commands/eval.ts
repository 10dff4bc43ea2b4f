import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { figuresOf, readBaseline, regressions, writeBaseline } from '../../eval/baseline.js';
import { evaluate } from '../../eval/corpus.js';
import { formatReport } from '../../eval/score.js';
import { extractFile } from '../../pipeline.js';
import { displayPathOf, expandInputs } from '../inputs.js';
import type { Context } from '../io.js';
import { reportProblems, toJson } from './extract.js';

const f3 = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

export function registerEval(program: Command, ctx: Context): void {
  program
    .command('eval')
    .description('extract the development corpus and score it against the gold files')
    .option('--corpus <dir>', 'folder of documents', 'corpus')
    .option('--gold <dir>', 'folder of gold <stem>.json files', 'test/gold')
    .option('--baseline <file>', 'figures to compare with', 'test/eval-baseline.json')
    .option('--check', 'exit 1 when any figure is below its baseline')
    .addOption(new Option('--write-baseline', 'record the current figures as the baseline').conflicts('check'))
    .option('--verbose', 'list every difference from the gold files')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { corpus: string; gold: string; baseline: string; check?: boolean; writeBaseline?: boolean; verbose?: boolean; json?: boolean }) => {
      const expanded = expandInputs([opts.corpus]);
      reportProblems(ctx, expanded.problems);
      const { report, failures } = await evaluate(expanded.files, opts.gold, (file) => extractFile(file, { displayPath: displayPathOf(file) }));
      reportProblems(ctx, failures);
      const figures = figuresOf(report.summary);
      ctx.io.out(opts.json ? toJson(report) : formatReport(report, opts.verbose));
      if (opts.writeBaseline) {
        writeBaseline(opts.baseline, figures);
        ctx.io.err(`wrote ${Object.keys(figures).length} figures to ${opts.baseline}\n`);
      }
      if (!opts.check) return;
      if (!existsSync(opts.baseline)) throw new Error(`no baseline at ${opts.baseline}; record one with --write-baseline`);
      const fell = regressions(figures, readBaseline(opts.baseline));
      for (const r of fell) ctx.io.err(`below baseline: ${r.figure} ${f3(r.current)} < ${f3(r.baseline)}\n`);
      if (fell.length) ctx.failed = true;
      else ctx.io.err(`no figure is below ${opts.baseline}\n`);
    });
}

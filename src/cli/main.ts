/**
 * The vanban command line. `main` parses arguments and returns the exit code: 0 on success, 1 when
 * any input failed, 2 on bad usage. bin/vanban.js calls it; tests call it in-process.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerAgencies } from './commands/agencies.js';
import { registerCompare } from './commands/compare.js';
import { registerDatabase } from './commands/database.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerLinks } from './commands/links.js';
import { registerRun } from './commands/run.js';
import { registerSchema } from './commands/schema.js';
import { registerServe } from './commands/serve.js';
import { processIo, type Context, type Io } from './io.js';

/** The package's version; package.json is two folders up from both src/cli and dist/cli. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(ctx: Context): Command {
  const program = new Command('vanban')
    .description('Turns Vietnamese government documents into structured JSON and a queryable SQLite database')
    .version(version())
    // settings made before .command() are inherited by every subcommand
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) })
    .showHelpAfterError('(add --help for usage)')
    .allowExcessArguments(false);
  registerExtract(program, ctx);
  registerDatabase(program, ctx);
  registerLinks(program, ctx);
  registerCompare(program, ctx);
  registerAgencies(program, ctx);
  registerRun(program, ctx);
  registerSchema(program, ctx);
  registerEval(program, ctx);
  registerServe(program, ctx);
  return program;
}

const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.version']);

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const ctx: Context = { io, failed: false };
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // `vanban` alone prints help as an error (exit code 1 from commander): that is bad usage too
      if (HELP_CODES.has(err.code) || (err.code === 'commander.help' && err.exitCode === 0)) return 0;
      return 2;
    }
    io.err(`vanban: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.VANBAN_DEBUG && err instanceof Error) io.err(`${err.stack}\n`);
    return 1;
  }
  return ctx.failed ? 1 : 0;
}

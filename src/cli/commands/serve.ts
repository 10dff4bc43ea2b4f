/** `vanban serve`: the local web app on a database, read-only, until Ctrl+C. */
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_DB } from '../../store/index.js';
import { startServer, type ServeOptions } from '../../web/server.js';
import type { Context } from '../io.js';

const parsePort = (value: string): number => {
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port)');
  return n;
};

/** Resolves at the first SIGINT or SIGTERM, and stops listening for them. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Serves until `until` resolves, then closes the server and the database. */
export async function runServe(ctx: Context, opts: ServeOptions, until: Promise<void>): Promise<void> {
  const server = await startServer({ ...opts, logError: (err) => ctx.io.err(`vanban serve: ${err instanceof Error ? err.message : String(err)}\n`) });
  ctx.io.out(`vanban: serving ${opts.db} read-only at ${server.url} (Ctrl+C stops)\n`);
  await until;
  await server.close();
  ctx.io.out('vanban: stopped\n');
}

export function registerServe(program: Command, ctx: Context): void {
  program
    .command('serve')
    .description('browse the database in a local web app (documents, compare, citations, agencies); read-only')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 8080)
    .option('--host <host>', 'address to listen on; anything but a loopback address exposes the app to the network', '127.0.0.1')
    .action(async (opts: { db: string; port: number; host: string }) => {
      await runServe(ctx, opts, interrupted());
    });
}

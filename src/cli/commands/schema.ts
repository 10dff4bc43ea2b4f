import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { contractJsonSchema } from '../../contract/schema.js';
import type { Context } from '../io.js';
import { toJson } from './extract.js';

export function registerSchema(program: Command, ctx: Context): void {
  program
    .command('schema')
    .description('print the JSON Schema of the extraction contract')
    .option('--out <file>', 'write it to a file instead')
    .action((opts: { out?: string }) => {
      const json = toJson(contractJsonSchema());
      if (!opts.out) return ctx.io.out(json);
      mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      writeFileSync(opts.out, json);
      ctx.io.out(`wrote ${opts.out}\n`);
    });
}

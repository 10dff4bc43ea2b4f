#!/usr/bin/env node
// `npm run gen-corpus -- --docs N --out DIR [--seed S] [--corpus DIR]`: writes N synthetic text
// documents built from the real corpus (see src/batch/generate.ts). Same seed and N, same bytes.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { generateCorpus, loadGenSources } = await import(new URL('../dist/batch/generate.js', import.meta.url).href);

const usage = 'usage: npm run gen-corpus -- --docs N --out DIR [--seed S] [--corpus DIR]\n';
let values;
try {
  ({ values } = parseArgs({
    options: {
      docs: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      corpus: { type: 'string', default: path.join(root, 'corpus') },
      help: { type: 'boolean' },
    },
  }));
} catch (err) {
  process.stderr.write(`${err.message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const docs = Number(values.docs);
const seed = Number(values.seed);
if (!Number.isInteger(docs) || docs < 1 || !values.out || !Number.isInteger(seed)) {
  process.stderr.write(usage);
  process.exit(2);
}

mkdirSync(values.out, { recursive: true });
const stale = readdirSync(values.out).filter((f) => f.endsWith('.txt'));
if (stale.length) {
  // mixing two runs would make an import of the folder measure something else than N documents
  process.stderr.write(`${values.out} already holds ${stale.length} .txt files; give an empty or new folder\n`);
  process.exit(2);
}
const started = performance.now();
let bytes = 0;
for (const doc of generateCorpus(loadGenSources(values.corpus), { docs, seed })) {
  const data = Buffer.from(doc.text, 'utf8');
  bytes += data.length;
  writeFileSync(path.join(values.out, doc.name), data);
}
const secs = (performance.now() - started) / 1000;
process.stdout.write(`${docs} documents, ${(bytes / 1e6).toFixed(1)} MB in ${values.out} (seed ${seed}, ${secs.toFixed(1)} s)\n`);

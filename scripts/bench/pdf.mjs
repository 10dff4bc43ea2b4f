// Bench child (its own process: pdf.js replaces built-ins such as Array.prototype.push with slower
// polyfills for the whole process): milliseconds per page of pdf-parse on each PDF given, and of
// `pdftotext` when it is installed. Prints one JSON line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '5' } }, allowPositionals: true });
const runs = Number(values.runs);
const { PDFParse } = await import('pdf-parse');

async function parse(bytes) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).pages.length;
  } finally {
    await parser.destroy();
  }
}

const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
const pdftotext = probe.error ? null : (probe.stderr || probe.stdout).split('\n')[0];
const files = [];
const first = performance.now();
await parse(readFileSync(positionals[0]));
const firstCallMs = performance.now() - first;
for (const file of positionals) {
  const bytes = readFileSync(file);
  const row = { file, bytes: bytes.length, pages: 0, pdfParseMs: [], pdftotextMs: [] };
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    row.pages = await parse(bytes);
    row.pdfParseMs.push(performance.now() - t);
  }
  if (pdftotext) {
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
      row.pdftotextMs.push(performance.now() - t);
    }
  }
  files.push(row);
}
process.stdout.write(JSON.stringify({ pdftotext, firstCallMs, files }) + '\n');

// Bench child: time per stage on the first SAMPLE files of DIR, one thread, calling the exported
// stage functions around the pipeline rather than changing it: ingest (ingestFile), normalize,
// segment, then analyzeDoc whole; extract = analyzeDoc − normalize − segment (analyzeDoc runs
// those two again, then the extractors and resolvers). Store = the import command's BatchImporter
// writing to a fresh database. Prints one JSON line: total milliseconds per stage.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' }, db: { type: 'string' }, sample: { type: 'string' } } });
const dist = (p) => import(new URL(`../../dist/${p}`, import.meta.url).href);
const { ingestFile } = await dist('ingest/index.js');
const { normalize } = await dist('normalize/index.js');
const { segment } = await dist('segment/index.js');
const { analyzeDoc, loadRules } = await dist('pipeline.js');
const { openStore } = await dist('store/index.js');
const { BatchImporter } = await dist('cli/commands/database.js');

const files = readdirSync(values.dir).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(values.sample));
const rules = loadRules();
const ms = { ingest: 0, normalize: 0, segment: 0, extract: 0, store: 0 };
let failed = 0;
const store = openStore(values.db);
const importer = new BatchImporter(store);
for (const f of files) {
  const file = path.join(values.dir, f);
  try {
    const t0 = performance.now();
    const doc = await ingestFile(file, f);
    const t1 = performance.now();
    const normalized = normalize(doc);
    const t2 = performance.now();
    segment(normalized, rules.segment);
    const t3 = performance.now();
    const analysis = analyzeDoc(doc, rules);
    const t4 = performance.now();
    await importer.add(analysis, (r) => void (r instanceof Error && failed++));
    const t5 = performance.now();
    ms.ingest += t1 - t0;
    ms.normalize += t2 - t1;
    ms.segment += t3 - t2;
    ms.extract += t4 - t3 - (t3 - t1);
    ms.store += t5 - t4;
  } catch {
    failed++;
  }
}
const t = performance.now();
await importer.flush();
ms.store += performance.now() - t;
await store.close();
process.stdout.write(JSON.stringify({ docs: files.length, failed, ms }) + '\n');

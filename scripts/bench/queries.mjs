// Bench child: latency of the queries behind `compare`, `cites`, `duties` and `search`, calling
// the Store methods those commands call, on an imported database. Each query is run with a few
// arguments, after warm-up calls; prints one JSON line with every timing and the rows returned.
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '30' } } });
const { openStore } = await import(new URL('../../dist/store/index.js', import.meta.url).href);
const store = openStore(values.db);
const runs = Number(values.runs);

// the indicators the database holds most targets of, as `vanban compare` lists them
let indicators = [];
try {
  indicators = (await store.indicatorCounts()).filter((c) => c.indicator).slice(0, 3).map((c) => c.indicator);
} catch {
  /* reported below as the compare query's error */
}
if (!indicators.length) indicators = ['enrol.nursery'];

const QUERIES = [
  { name: 'compare', method: 'targets', args: indicators.map((id) => [{ indicators: [id] }]) },
  { name: 'cites', method: 'citing', args: [['1609/QĐ-TTg'], ['2270/QĐ-TTg|2025'], ['105/2020/NĐ-CP']] },
  { name: 'duties', method: 'duties', args: [[['Sở Giáo dục và Đào tạo']], [['Phòng Giáo dục và Đào tạo']], [['Sở Tài chính']]] },
  { name: 'search', method: 'search', args: [['dao tao'], ['huy dong tre nha tre'], ['xay dung kien co']] },
];

const out = [];
for (const q of QUERIES) {
  if (typeof store[q.method] !== 'function') {
    out.push({ name: q.name, method: q.method, error: 'not available yet' });
    continue;
  }
  try {
    const rows = [];
    for (const a of q.args) rows.push((await store[q.method](...a)).length);
    for (let i = 0; i < 3; i++) for (const a of q.args) await store[q.method](...a);
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const a = q.args[i % q.args.length];
      const t = performance.now();
      await store[q.method](...a);
      ms.push(performance.now() - t);
    }
    out.push({ name: q.name, method: q.method, args: q.args, rows, ms });
  } catch (err) {
    out.push({ name: q.name, method: q.method, error: err instanceof Error ? err.message : String(err) });
  }
}
await store.close();
process.stdout.write(JSON.stringify(out) + '\n');

// Bench child: one `vanban import DIR --db FILE --jobs N` in this fresh process, through the
// compiled CLI exactly as a user runs it (per-file lines discarded). Prints one JSON line: wall and
// CPU time (all threads), peak RSS and RSS sampled along the run.
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' }, db: { type: 'string' }, jobs: { type: 'string' } } });
const { main } = await import(new URL('../../dist/cli/main.js', import.meta.url).href);

const samples = [];
const started = performance.now();
const sample = () => samples.push([Math.round(performance.now() - started), process.memoryUsage.rss()]);
const timer = setInterval(sample, 100);
const cpu0 = process.cpuUsage();
let errors = '';
const code = await main(['import', values.dir, '--db', values.db, '--jobs', values.jobs], { out: () => {}, err: (s) => void (errors += s) });
const cpu = process.cpuUsage(cpu0);
const wallMs = performance.now() - started;
clearInterval(timer);
sample();
process.stdout.write(
  JSON.stringify({
    code,
    errors: errors.split('\n').filter((l) => l && !l.startsWith('progress:')).slice(0, 5),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    rss: samples,
  }) + '\n',
);

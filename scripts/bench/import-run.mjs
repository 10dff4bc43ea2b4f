// Bench child: one `vanban import DIR --db FILE --jobs N` in this fresh process, through the
// compiled CLI exactly as a user runs it (per-file lines discarded). Prints one JSON line: wall and
// CPU time (all threads) and peak RSS. The parent samples RSS along the run from /proc: a serial
// import keeps this thread's event loop too busy for a timer.
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' }, db: { type: 'string' }, jobs: { type: 'string' } } });
const { main } = await import(new URL('../../dist/cli/main.js', import.meta.url).href);

const started = performance.now();
const cpu0 = process.cpuUsage();
let errors = '';
const code = await main(['import', values.dir, '--db', values.db, '--jobs', values.jobs], { out: () => {}, err: (s) => void (errors += s) });
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({
    code,
    errors: errors.split('\n').filter((l) => l && !l.startsWith('progress:')).slice(0, 5),
    wallMs: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }) + '\n',
);

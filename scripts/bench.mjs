#!/usr/bin/env node
// `npm run bench [-- --quick] [--runs R] [--keep]`: measures the import, its stages, memory, the
// database, queries, PDF reading and a grep floor on generated corpora, and writes BENCHMARKS.md
// and BENCHMARKS.json at the project root. Each measurement runs in a fresh child process (like
// a user's command), several times; figures are medians. See BENCHMARKS.md for the method.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const { generateCorpus, loadGenSources } = await dist('batch/generate.js');
const { summarizeProfile } = await dist('batch/profile.js');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: root },
  },
});
const QUICK = args.quick;
const SIZES = QUICK ? [100, 300] : [1000, 10000];
const RUNS = Math.max(1, Number(args.runs));
const SEED = Number(args.seed);
const STAGE_SAMPLE = QUICK ? 100 : 1000;
const QUERY_RUNS = 30;
const JOBS = os.availableParallelism();
/** a number symbol as documents cite them: 1609/QĐ-TTg, 105/2020/NĐ-CP, 2635/SGDĐT-GDMN */
const CITATION_PATTERN = '[0-9]+/([0-9]{4}/)?[A-ZĐ][A-Za-zĐ&]*-[A-ZĐ]';
const GOALS = { docsPerSec: 300, rssMB: 400, queryMs: 50, pdfRatio: 4, floorRatio: 30 };

const tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-bench-'));
const log = (s) => process.stderr.write(`bench: ${s}\n`);

// ---------------------------------------------------------------------------------------------
// helpers

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** nearest-rank percentile */
const pct = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
const r2 = (x) => (x == null ? null : Math.round(x * 100) / 100);
const MB = 1e6;

function child(script, argv, opts = {}) {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), script, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 256 * MB });
  if (r.status !== 0) throw new Error(`${path.basename(script)} ${argv.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop();
  return last ? JSON.parse(last) : null;
}

function wall(cmd, argv, env) {
  const t = performance.now();
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'ignore', env: { ...process.env, ...env } });
  const ms = performance.now() - t;
  return { ms, status: r.status, error: r.error };
}

function dirBytes(dir) {
  return readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

function fileBytes(file) {
  return ['', '-wal', '-shm'].reduce((n, s) => {
    try {
      return n + statSync(file + s).size;
    } catch {
      return n;
    }
  }, 0);
}

function machine() {
  const cpus = os.cpus();
  let sqlite = null;
  try {
    const r = spawnSync(process.execPath, ['-e', "const D=require('better-sqlite3');const d=new D(':memory:');console.log(d.prepare('select sqlite_version() v').get().v)"], { cwd: root, encoding: 'utf8' });
    sqlite = r.stdout.trim() || null;
  } catch {
    /* reported as unknown */
  }
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    memoryGB: r1(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    sqlite,
    loadAverageAtStart: os.loadavg().map(r2),
  };
}

// ---------------------------------------------------------------------------------------------
// measurements

function generate(n) {
  const dir = path.join(tmp, `corpus-${n}`);
  mkdirSync(dir);
  const t = performance.now();
  let bytes = 0;
  const byTemplate = {};
  for (const doc of generateCorpus(loadGenSources(path.join(root, 'corpus')), { docs: n, seed: SEED })) {
    writeFileSync(path.join(dir, doc.name), doc.text);
    bytes += Buffer.byteLength(doc.text);
    byTemplate[doc.template] = (byTemplate[doc.template] ?? 0) + 1;
  }
  return { dir, docs: n, bytes, genMs: performance.now() - t, byTemplate };
}

function grepFloor(corpus) {
  const ms = [];
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    const r = wall('grep', ['-r', '-c', '-E', CITATION_PATTERN, corpus.dir], { LC_ALL: 'C' });
    if (r.error) return { tool: 'grep', error: String(r.error) };
    ms.push(r.ms);
  }
  return { tool: 'grep -r -c -E (LC_ALL=C)', pattern: CITATION_PATTERN, ms, medianMs: median(ms) };
}

/**
 * Runs a child like `child`, sampling its memory from /proc every 100 ms (Linux): total RSS, and
 * how much of it is anonymous (heaps, caches) or file-backed (files mapped into memory, such as
 * the database SQLite maps with mmap_size; the kernel can drop those pages at any time).
 */
function childSampled(script, argv) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [script, ...argv], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    const started = performance.now();
    const samples = [];
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${p.pid}/status`, 'utf8');
        const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN) * 1024;
        samples.push({ t: performance.now() - started, rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile') + kb('RssShmem') });
      } catch {
        /* not Linux, or the child has just exited */
      }
    }, 100);
    p.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${path.basename(script)} ${argv.join(' ')} failed (${code}):\n${err}`));
      resolve({ ...JSON.parse(out.trim().split('\n').pop()), samples });
    });
  });
}

async function importRuns(corpus, jobs) {
  const runs = [];
  let db;
  for (let i = 0; i < RUNS; i++) {
    db = path.join(tmp, `import-${corpus.docs}-j${jobs}.db`);
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    log(`import ${corpus.docs} documents, --jobs ${jobs}, run ${i + 1}/${RUNS}`);
    const r = await childSampled(path.join(root, 'scripts/bench/import-run.mjs'), ['--dir', corpus.dir, '--db', db, '--jobs', String(jobs)]);
    runs.push({ ...r, dbBytes: fileBytes(db) });
  }
  const wallMs = median(runs.map((r) => r.wallMs));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  const peakAnon = (r) => Math.max(0, ...r.samples.map((s) => s.anon).filter(Number.isFinite));
  const fileAtPeak = (r) => r.samples.reduce((best, s) => (s.rss > best.rss ? s : best), { rss: 0, file: NaN }).file;
  // memory along the median run, at quarters of its duration: flat memory keeps these close
  const mid = runs.find((r) => r.wallMs === wallMs) ?? runs[0];
  const at = (f, key) => {
    if (!mid.samples.length) return null;
    const t = f * mid.wallMs;
    return r1(mid.samples.reduce((best, s) => (Math.abs(s.t - t) < Math.abs(best.t - t) ? s : best))[key] / MB);
  };
  return {
    docs: corpus.docs,
    jobs,
    db,
    failedRuns: runs.filter((r) => r.code !== 0).map((r) => r.errors),
    wallMs: runs.map((r) => r.wallMs),
    medianWallMs: wallMs,
    docsPerSec: corpus.docs / (wallMs / 1000),
    mbPerSec: corpus.bytes / MB / (wallMs / 1000),
    cpuMsPerDoc: cpuMs / corpus.docs,
    peakRssMB: median(runs.map((r) => r.maxRssBytes)) / MB,
    peakAnonMB: median(runs.map(peakAnon)) / MB,
    fileAtPeakMB: median(runs.map(fileAtPeak)) / MB,
    rssAtQuartersMB: [0.25, 0.5, 0.75, 1].map((f) => at(f, 'rss')),
    anonAtQuartersMB: [0.25, 0.5, 0.75, 1].map((f) => at(f, 'anon')),
    dbMB: median(runs.map((r) => r.dbBytes)) / MB,
  };
}

function stages(corpus) {
  const n = Math.min(corpus.docs, STAGE_SAMPLE);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const db = path.join(tmp, `stages-${i}.db`);
    log(`stages on ${n} documents, run ${i + 1}/${RUNS}`);
    runs.push(child(path.join(root, 'scripts/bench/stages.mjs'), ['--dir', corpus.dir, '--db', db, '--sample', String(n)]));
  }
  const names = Object.keys(runs[0].ms);
  const perDoc = Object.fromEntries(names.map((k) => [k, median(runs.map((r) => r.ms[k])) / n]));
  const total = Object.values(perDoc).reduce((a, b) => a + b, 0);
  return { docs: n, failed: runs[0].failed, perDocMs: perDoc, totalPerDocMs: total, share: Object.fromEntries(names.map((k) => [k, perDoc[k] / total])) };
}

function queries(db, docs) {
  log(`queries on the ${docs}-document database`);
  const rows = child(path.join(root, 'scripts/bench/queries.mjs'), ['--db', db, '--runs', String(QUERY_RUNS)]);
  return rows.map((q) => (q.error ? q : { ...q, medianMs: median(q.ms), p95Ms: pct(q.ms, 95) }));
}

function cliStart() {
  const ms = [];
  for (let i = 0; i < 5; i++) ms.push(wall(process.execPath, ['bin/vanban.js', '--help']).ms);
  return median(ms);
}

function pdf() {
  const dir = path.join(root, 'test/fixtures');
  // the readable PDFs; bad-*, odd-* and scanned-* are damaged on purpose
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.pdf$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
  log(`pdf-parse on ${files.length} fixtures`);
  const r = child(path.join(root, 'scripts/bench/pdf.mjs'), ['--runs', String(Math.max(RUNS, 5)), ...files]);
  const rows = r.files.map((f) => ({
    file: path.relative(root, f.file),
    pages: f.pages,
    pdfParseMsPerPage: median(f.pdfParseMs) / f.pages,
    pdftotextMsPerPage: f.pdftotextMs.length ? median(f.pdftotextMs) / f.pages : null,
  }));
  const pages = rows.reduce((n, f) => n + f.pages, 0);
  const parseMs = r.files.reduce((n, f) => n + median(f.pdfParseMs), 0);
  const textMs = r.pdftotext ? r.files.reduce((n, f) => n + median(f.pdftotextMs), 0) : null;
  return {
    pdftotext: r.pdftotext,
    firstCallMs: r.firstCallMs,
    files: rows,
    pages,
    pdfParsePagesPerSec: pages / (parseMs / 1000),
    pdftotextPagesPerSec: textMs ? pages / (textMs / 1000) : null,
    ratio: textMs ? parseMs / textMs : null,
  };
}

function profile(corpus) {
  const dir = path.join(tmp, 'profile');
  const db = path.join(tmp, 'profile.db');
  log(`CPU profile of a serial import of ${corpus.docs} documents`);
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, 'bin/vanban.js', 'import', corpus.dir, '--db', db, '--jobs', '1'], { cwd: root, stdio: 'ignore' });
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (r.status === null || !files.length) return { error: 'no profile written' };
  const summary = summarizeProfile(JSON.parse(readFileSync(path.join(dir, files[0]), 'utf8')), root, 20);
  return { docs: corpus.docs, ...summary };
}

// ---------------------------------------------------------------------------------------------
// run

const startedAt = new Date();
const started = performance.now();
const result = { generatedAt: startedAt.toISOString(), quick: QUICK, runs: RUNS, seed: SEED, machine: machine(), corpora: [], grep: [], imports: [], queries: [] };
try {
  for (const n of SIZES) {
    log(`generating ${n} documents`);
    result.corpora.push(generate(n));
  }
  for (const c of result.corpora) result.grep.push({ docs: c.docs, ...grepFloor(c) });
  const small = result.corpora[0];
  const large = result.corpora[result.corpora.length - 1];
  if (JOBS > 1) result.imports.push(await importRuns(small, 1));
  for (const c of result.corpora) result.imports.push(await importRuns(c, JOBS));
  for (const imp of result.imports.filter((i) => i.jobs === JOBS)) result.queries.push({ docs: imp.docs, rows: queries(imp.db, imp.docs) });
  result.stages = stages(large);
  result.cliStartMs = cliStart();
  result.pdf = pdf();
  result.profile = profile(small);
  result.machine.loadAverageAtEnd = os.loadavg().map(r2);
  result.benchSeconds = (performance.now() - started) / 1000;
  result.goals = goals(result);
  for (const c of result.corpora) delete c.dir;
  for (const i of result.imports) delete i.db;
  writeFileSync(path.join(args.out, 'BENCHMARKS.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(path.join(args.out, 'BENCHMARKS.md'), markdown(result));
  log(`wrote ${path.join(args.out, 'BENCHMARKS.md')} and BENCHMARKS.json in ${Math.round(result.benchSeconds)} s`);
} finally {
  if (args.keep) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// goals and report

function goals(r) {
  const largest = r.imports.filter((i) => i.jobs === JOBS).at(-1);
  const smallest = r.imports.filter((i) => i.jobs === JOBS)[0];
  const grepLarge = r.grep.at(-1);
  const perDocGrowth = largest.medianWallMs / largest.docs / (smallest.medianWallMs / smallest.docs);
  const q = r.queries.at(-1).rows;
  const n = (x) => x.toLocaleString('en-US');
  const note = QUICK ? ` (quick run at N = ${n(largest.docs)}; the goal is for N = 10,000)` : '';
  return [
    { goal: `text import ≥ ${GOALS.docsPerSec} documents/s at N = 10,000 (${JOBS} cores)`, measured: `${r1(largest.docsPerSec)} documents/s${note}`, met: largest.docsPerSec >= GOALS.docsPerSec },
    { goal: 'time grows linearly with N', measured: `time per document at N = ${n(largest.docs)} is ${r2(perDocGrowth)}× that at N = ${n(smallest.docs)}`, met: perDocGrowth <= 1.2 },
    {
      goal: `peak RSS ≤ ${GOALS.rssMB} MB at N = 10,000`,
      measured: `${r1(largest.peakRssMB)} MB, of which ${r1(largest.peakAnonMB)} MB anonymous at most${note}`,
      met: largest.peakRssMB <= GOALS.rssMB,
    },
    {
      goal: 'peak RSS does not grow with N',
      measured:
        `${r1(smallest.peakRssMB)} MB at N = ${n(smallest.docs)}, ${r1(largest.peakRssMB)} MB at N = ${n(largest.docs)}; ` +
        `anonymous ${r1(smallest.peakAnonMB)} MB and ${r1(largest.peakAnonMB)} MB`,
      met: largest.peakRssMB <= smallest.peakRssMB * 1.25,
    },
    ...q.map((x) => ({
      goal: `\`${x.name}\` median ≤ ${GOALS.queryMs} ms at N = 10,000`,
      measured: x.error ? x.error : `${r2(x.medianMs)} ms (p95 ${r2(x.p95Ms)} ms)${note}`,
      met: x.error ? null : x.medianMs <= GOALS.queryMs,
    })),
    {
      goal: `pdf-parse ≤ ${GOALS.pdfRatio}× pdftotext per page`,
      measured: r.pdf.ratio == null ? 'not measured: pdftotext is not installed (Debian package poppler-utils)' : `${r2(r.pdf.ratio)}×`,
      met: r.pdf.ratio == null ? null : r.pdf.ratio <= GOALS.pdfRatio,
    },
    {
      goal: `pipeline ≤ ${GOALS.floorRatio}× the grep floor`,
      measured: `${r1(largest.medianWallMs / grepLarge.medianMs)}× (${r1(largest.medianWallMs / 1000)} s against ${r1(grepLarge.medianMs)} ms)`,
      met: largest.medianWallMs / grepLarge.medianMs <= GOALS.floorRatio,
    },
  ];
}

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function markdown(r) {
  const m = r.machine;
  const n = (x) => x.toLocaleString('en-US');
  const pctOf = (x) => `${Math.round(x * 100)}%`;
  const verdict = (met) => (met === true ? 'met' : met === false ? '**missed**' : 'not measured');
  const largest = r.imports.filter((i) => i.jobs === JOBS).at(-1);
  const areas = r.profile.byArea ?? [];
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench${QUICK ? ' -- --quick' : ''}\` on ${r.generatedAt.slice(0, 10)} (${Math.round(r.benchSeconds)} s). ` +
      `${QUICK ? 'This is the **quick** run (small N, for CI); run `npm run bench` for the figures at N = 1,000 and 10,000. ' : ''}` +
      `Every figure is the median of ${r.runs} runs unless said otherwise; each run is a fresh process. Raw numbers: [BENCHMARKS.json](BENCHMARKS.json).`,
    '',
    '## Machine',
    '',
    table(
      ['CPU', 'cores', 'memory', 'Node', 'SQLite', 'OS', 'load average (1, 5, 15 min) at start → end'],
      [[m.cpuModel, `${m.cores} (${m.availableParallelism} usable)`, `${m.memoryGB} GB`, m.node, m.sqlite ?? '?', m.platform, `${m.loadAverageAtStart.join(', ')} → ${m.loadAverageAtEnd.join(', ')}`]],
    ),
    '',
    m.loadAverageAtStart[0] > m.cores * 0.5 || m.loadAverageAtEnd[0] > m.cores * 0.5
      ? `The machine was shared: a load average above ${m.cores * 0.5} means other processes took CPU time during the runs, so wall-clock figures are pessimistic. CPU time per document (below) is the figure least affected.\n`
      : '',
    '## Goals',
    '',
    table(['goal', 'measured', 'verdict'], r.goals.map((g) => [g.goal, g.measured, verdict(g.met)])),
    '',
    '## Import throughput',
    '',
    `\`vanban import DIR --db FILE --jobs J\` through the compiled CLI in a fresh process (per-file lines discarded), on a corpus made by \`npm run gen-corpus -- --docs N --seed ${r.seed}\`. ` +
      'Throughput counts the whole command: start-up, rule loading, workers, analysis, storing, closing the database.',
    '',
    table(
      ['N', 'MB of text', 'jobs', 'wall time', 'documents/s', 'MB/s', 'CPU ms per document (all threads)', 'database'],
      r.imports.map((i) => {
        const c = r.corpora.find((x) => x.docs === i.docs);
        return [n(i.docs), r1(c.bytes / MB), i.jobs, `${r1(i.medianWallMs / 1000)} s`, r1(i.docsPerSec), r2(i.mbPerSec), r1(i.cpuMsPerDoc), `${r1(i.dbMB)} MB`];
      }),
    ),
    '',
    '## Memory',
    '',
    'Sampled from `/proc` every 100 ms during the same runs. Resident memory is anonymous (the V8 heaps of the main thread and of each worker, SQLite\'s page cache, native buffers) or file-backed: ' +
      'the Node program and its libraries (about 50 MB). The import opens the database without memory-mapping it (the reading commands map it, which speeds up cross-document queries), so the database file adds nothing to the import\'s RSS; ' +
      'what grows with N is the anonymous part: the V8 heaps of the main thread and the two workers (about 90 MB each) and SQLite\'s page cache.',
    '',
    table(
      ['N', 'jobs', 'peak RSS', 'peak anonymous', 'file-backed at the peak', 'RSS at 25/50/75/100% of the run (MB)', 'anonymous at 25/50/75/100% (MB)'],
      r.imports.map((i) => [n(i.docs), i.jobs, `${r1(i.peakRssMB)} MB`, `${r1(i.peakAnonMB)} MB`, `${r1(i.fileAtPeakMB)} MB`, i.rssAtQuartersMB.join(' / '), i.anonAtQuartersMB.join(' / ')]),
    ),
    '',
    ...r.imports.filter((i) => i.failedRuns.length).map((i) => `Runs at N = ${i.docs}, jobs ${i.jobs} reported failed inputs: ${JSON.stringify(i.failedRuns[0])}\n`),
    `Generated corpora: ${r.corpora.map((c) => `N = ${n(c.docs)}: ${r1(c.bytes / MB)} MB, generated in ${r1(c.genMs / 1000)} s`).join('; ')}. ` +
      `Templates used (N = ${n(r.corpora.at(-1).docs)}): ${Object.entries(r.corpora.at(-1).byTemplate).map(([t, k]) => `${t} ${k}`).join(', ')}.`,
    '',
    '## Time per stage',
    '',
    `One thread, the first ${n(r.stages.docs)} documents of the N = ${n(r.corpora.at(-1).docs)} corpus (${r.stages.failed} failed), timing the exported stage functions around the pipeline: ` +
      'ingest = `ingestFile`; normalize = `normalize`; segment = `segment`; extract = `analyzeDoc` minus the normalize and segment it runs again (so it holds the extractors, resolvers and building the contract JSON); ' +
      'store = the import command\'s `BatchImporter` (batches of 32 in one transaction) into a fresh database.',
    '',
    table(
      ['stage', 'ms per document', 'share'],
      [...Object.entries(r.stages.perDocMs).map(([k, v]) => [k, r2(v), pctOf(r.stages.share[k])]), ['**total**', r2(r.stages.totalPerDocMs), '100%']],
    ),
    '',
    `At ${r2(r.stages.totalPerDocMs)} ms of one core per document, ${m.availableParallelism} cores can at best import ${r1((1000 / r.stages.totalPerDocMs) * m.availableParallelism)} documents/s ` +
      `with this pipeline; the goal of ${GOALS.docsPerSec}/s needs at most ${r2((1000 * m.availableParallelism) / GOALS.docsPerSec)} ms per document, and the store step runs on the main thread alone.`,
    '',
    '## Queries',
    '',
    `The Store methods behind each command, called in one process on the imported database after warm-up (${QUERY_RUNS} calls cycling over the arguments; median and 95th percentile). ` +
      `A command typed in a shell adds the start of a Node process: \`vanban --help\` takes ${r1(r.cliStartMs)} ms.`,
    '',
    table(
      ['N', 'command', 'Store method', 'arguments', 'rows returned', 'median', 'p95'],
      r.queries.flatMap((q) =>
        q.rows.map((x) => [
          n(q.docs),
          `\`${x.name}\``,
          `\`${x.method}\``,
          x.args ? x.args.map((a) => JSON.stringify(a.length === 1 ? a[0] : a)).join(', ') : '',
          x.rows ? x.rows.join(', ') : '',
          x.error ? x.error : `${r2(x.medianMs)} ms`,
          x.error ? '' : `${r2(x.p95Ms)} ms`,
        ]),
      ),
    ),
    '',
    '## PDF',
    '',
    `pdf-parse (in its own process: pdf.js replaces built-ins such as \`Array.prototype.push\` with slower polyfills for the whole process) on the readable PDF fixtures; the first call, which loads pdf.js, took ${r1(r.pdf.firstCallMs)} ms and is not counted.`,
    '',
    table(
      ['file', 'pages', 'pdf-parse ms/page', 'pdftotext ms/page'],
      r.pdf.files.map((f) => [f.file, f.pages, r2(f.pdfParseMsPerPage), f.pdftotextMsPerPage == null ? '–' : r2(f.pdftotextMsPerPage)]),
    ),
    '',
    r.pdf.pdftotext
      ? `pdf-parse reads ${r1(r.pdf.pdfParsePagesPerSec)} pages/s, \`pdftotext\` (${r.pdf.pdftotext}, one process per file) ${r1(r.pdf.pdftotextPagesPerSec)} pages/s: a ratio of ${r2(r.pdf.ratio)}×.`
      : `pdf-parse reads ${r1(r.pdf.pdfParsePagesPerSec)} pages/s. \`pdftotext\` is not installed on this machine (\`which pdftotext\` fails; Debian package poppler-utils), so the ratio was not measured.`,
    '',
    '## The floor',
    '',
    `\`grep -r -c -E '${CITATION_PATTERN}' DIR\` with \`LC_ALL=C\` (one thread: reading every file and matching the citation pattern) — ripgrep is ${has('rg') ? 'installed but grep is used for a stable floor' : 'not installed'}.`,
    '',
    table(
      ['N', 'grep', 'import (jobs ' + JOBS + ')', 'import ÷ grep'],
      r.grep.map((g) => {
        const i = r.imports.find((x) => x.docs === g.docs && x.jobs === JOBS);
        return [n(g.docs), `${r1(g.medianMs)} ms`, `${r1(i.medianWallMs)} ms`, `${r1(i.medianWallMs / g.medianMs)}×`];
      }),
    ),
    '',
    '## What dominates the time',
    '',
    r.profile.error
      ? `No profile: ${r.profile.error}.`
      : `\`node --cpu-prof bin/vanban.js import\` of the N = ${n(r.profile.docs)} corpus with \`--jobs 1\` (everything in one thread), ${r1(r.profile.totalMs / 1000)} s sampled. Self time by area ` +
        '(a `src/` folder, compiled or not; a package; Node\'s own JavaScript; V8\'s garbage collector; regular expressions; other native code, which includes SQLite, file reads and string built-ins):',
    '',
    ...(r.profile.error
      ? []
      : [
          table(['area', 'self time', 'share'], areas.map((a) => [a.name, `${r1(a.selfMs)} ms`, pctOf(a.share)])),
          '',
          "The project's functions by time spent in them and in what they call (the import's steps; a function called from another counts in both):",
          '',
          table(['function', 'where', 'time with callees', 'share'], r.profile.inclusive.map((f) => [`\`${f.name}\``, f.where || '–', `${r1(f.selfMs)} ms`, pctOf(f.share)])),
          '',
          'The functions with the most self time:',
          '',
          table(['function', 'where', 'area', 'self time', 'share'], r.profile.byFunction.map((f) => [`\`${f.name.length > 60 ? `${f.name.slice(0, 57)}…` : f.name}\``, f.where || '–', f.area, `${r1(f.selfMs)} ms`, pctOf(f.share)])),
          '',
        ]),
    '## How to reproduce',
    '',
    '```sh',
    'npm run bench             # N = 1,000 and 10,000 (about 10–20 minutes on 2 cores)',
    'npm run bench -- --quick  # N = 100 and 300, for CI',
    'npm run gen-corpus -- --docs 10000 --out /tmp/corpus --seed 1   # the same corpus by itself',
    '```',
    '',
    'Options: `--runs R` (runs per figure, default 3), `--seed S`, `--keep` (keep the temporary corpora and databases), `--out DIR`.',
    '',
  ];
  return lines.join('\n');
}

function has(cmd) {
  return !spawnSync(cmd, ['--version'], { stdio: 'ignore' }).error;
}

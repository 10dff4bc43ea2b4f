/**
 * The parallel import. Workers run compiled code, so these tests compile src/ into a private copy
 * of the package (a build of the shared dist/ by another test file could change it under them) and
 * run that copy as a user runs the program.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileTask } from '../../src/batch/analyze.js';
import { generateCorpus, loadGenSources } from '../../src/batch/generate.js';

let tmp: string;
let pkg: string;
let corpus: string;
let files: string[];
let batch: typeof import('../../src/batch/analyze.js');
let pipeline: typeof import('../../src/pipeline.js');
let vdoc: typeof import('../../src/document/vdoc.js');

/** The program's exit code and output; progress lines, which depend on the time taken, left out. */
function vanban(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(pkg, 'bin/vanban.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr.replace(/^progress: .*\n/gm, '') };
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-batch-'));
  pkg = path.join(tmp, 'pkg');
  mkdirSync(path.join(pkg, 'bin'), { recursive: true });
  try {
    const tsc = path.resolve('node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', path.join(pkg, 'dist')], { stdio: 'pipe' });
  } catch {
    /* type errors elsewhere are `npm run typecheck`'s business; tsc still emits */
  }
  copyFileSync('package.json', path.join(pkg, 'package.json'));
  copyFileSync('bin/vanban.js', path.join(pkg, 'bin/vanban.js'));
  for (const d of ['rules', 'node_modules']) symlinkSync(path.resolve(d), path.join(pkg, d));
  const load = (p: string) => import(pathToFileURL(path.join(pkg, 'dist', p)).href);
  [batch, pipeline, vdoc] = await Promise.all([load('batch/analyze.js'), load('pipeline.js'), load('document/vdoc.js')]);
  if (!batch.workersAvailable()) throw new Error('the build did not produce dist/batch/worker.js');

  corpus = path.join(tmp, 'in');
  mkdirSync(corpus);
  for (const d of generateCorpus(loadGenSources('corpus'), { docs: 36, seed: 42 })) writeFileSync(path.join(corpus, d.name), d.text);
  // an input that fails, in the middle of the order
  copyFileSync('test/fixtures/bad-empty.txt', path.join(corpus, '000017_bad-empty.txt'));
  files = readdirSync(corpus)
    .sort()
    .map((f) => path.join(corpus, f));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every row of every table but the full-text index's own, without the import time. */
function dump(db: string): Record<string, unknown[]> {
  const d = new BetterSqlite3(db, { readonly: true });
  try {
    const tables = d
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%_fts_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((t) => [
        t,
        (d.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]).map(({ imported_at: _, ...rest }) => JSON.stringify(rest)).sort(),
      ]),
    );
  } finally {
    d.close();
  }
}

describe('vanban import --jobs', () => {
  it('stores with two workers exactly what a serial import stores, and reports the same', () => {
    const serial = vanban('import', corpus, '--db', path.join(tmp, 'serial.db'), '--jobs', '1');
    const parallel = vanban('import', corpus, '--db', path.join(tmp, 'parallel.db'), '--jobs', '2');
    expect(serial.code).toBe(1);
    expect(serial.out).toContain('36 imported, 0 replaced, 0 unchanged, 1 failed');
    expect(serial.err).toContain('000017_bad-empty.txt');
    expect({ ...parallel, out: parallel.out.replace('parallel.db', 'serial.db') }).toEqual(serial);

    const a = dump(path.join(tmp, 'serial.db'));
    const b = dump(path.join(tmp, 'parallel.db'));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(a.documents).toHaveLength(36);
    expect(a.sections!.length).toBeGreaterThan(36);
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
    // the full-text index answers the same
    const search = (db: string) => vanban('search', 'dao tao', '--db', path.join(tmp, db), '--json', '--limit', '50').out;
    expect(search('parallel.db')).toBe(search('serial.db'));
  });

  it('skips unchanged files the same way on a second import', () => {
    const again = vanban('import', corpus, '--db', path.join(tmp, 'parallel.db'), '--jobs', '2');
    expect(again.out).toContain('0 imported, 0 replaced, 36 unchanged, 1 failed');
    expect(again.out.split('\n').filter((l) => l.startsWith('unchanged'))).toHaveLength(36);
  });

  it('does not load pdf.js for text: its polyfills would slow every Array push of the import', () => {
    const script = `
      const { main } = await import(${JSON.stringify(pathToFileURL(path.join(pkg, 'dist/cli/main.js')).href)});
      await main(['import', ${JSON.stringify(files[0])}, '--db', ${JSON.stringify(path.join(tmp, 'push.db'))}], { out() {}, err() {} });
      process.stdout.write(String(Array.prototype.push.toString().includes('[native code]')));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('true');
  });
});

describe('analyzeFiles', () => {
  const tasks = (): FileTask[] => files.map((file) => ({ file, displayPath: path.basename(file) }));

  it('gives, in input order, what analyzeFile gives, from worker threads, spans located alike', async () => {
    const seen: string[] = [];
    const threads = new Set<number>();
    for await (const o of batch.analyzeFiles(tasks(), { jobs: 2, minParallel: 1 })) {
      seen.push(o.task.file);
      if (o.task.file.endsWith('bad-empty.txt')) {
        expect(o.error).toBeInstanceOf(pipeline.InputError);
        expect((o.error as InstanceType<typeof pipeline.InputError>).file).toBe('000017_bad-empty.txt');
        continue;
      }
      expect(o.error).toBeNull();
      threads.add(o.thread);
      const here = await pipeline.analyzeFile(o.task.file, { displayPath: o.task.displayPath });
      expect(o.analysis!.extraction).toEqual(here.extraction);
      for (const s of here.extraction.sections) expect(vdoc.locate(o.analysis!.doc, s.span)).toEqual(vdoc.locate(here.doc, s.span));
    }
    expect(seen).toEqual(files);
    expect(threads.size).toBe(2);
    expect(threads.has(0)).toBe(false);
  });

  it('asks skip in input order and keeps at most `window` files ahead of the consumer', async () => {
    const asked: string[] = [];
    const skipped = new Set(files.filter((_, i) => i % 3 === 0));
    let taken = 0;
    const skip = (t: FileTask) => {
      asked.push(t.file);
      // the outcome being handed over counts as taken: window + 1
      if (asked.length > taken + 5) throw new Error(`${asked.length} files asked, ${taken} taken`);
      return skipped.has(t.file);
    };
    for await (const o of batch.analyzeFiles(tasks(), { jobs: 2, minParallel: 1, window: 4, skip })) {
      taken++;
      expect(o.analysis === null, o.task.file).toBe(skipped.has(o.task.file) || o.task.file.endsWith('bad-empty.txt'));
    }
    expect(asked).toEqual(files);
  });

  it('analyses few files in this thread', async () => {
    const few = tasks().slice(0, 3);
    const out = [];
    for await (const o of batch.analyzeFiles(few, { jobs: 2 })) out.push(o);
    expect(out.map((o) => o.thread)).toEqual([0, 0, 0]);
    expect(out.map((o) => o.task)).toEqual(few);
  });

  it('starts no further file when the consumer stops early', async () => {
    const asked: string[] = [];
    const skip = (t: FileTask) => {
      asked.push(t.file);
      return false;
    };
    for await (const o of batch.analyzeFiles(tasks(), { jobs: 2, minParallel: 1, window: 3, skip })) {
      expect(o.error).toBeNull();
      break;
    }
    // the window, and the file started as the first was handed over; leaving the loop stops the rest
    expect(asked).toEqual(files.slice(0, 4));
  });
});

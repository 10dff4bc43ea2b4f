/** The built program as a user runs it: `node bin/vanban.js …` after `npm run build`. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/vanban.js');
let tmp: string;

function vanban(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-bin-'));
  // tsc emits even when files elsewhere in src/ have type errors; the check is that the CLI is there
  try {
    execFileSync(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'pipe' });
  } catch {
    /* type errors are reported by `npm run typecheck`, not here */
  }
  if (!existsSync('dist/cli/main.js')) throw new Error('npm run build did not produce dist/cli/main.js');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bin/vanban.js', () => {
  it('extract --json of two files prints an array', () => {
    const r = vanban('extract', 'corpus/000_7e7f113ccca9c72f.txt', 'corpus/004_c9b331be775b570d.txt', '--json');
    expect(r.code).toBe(0);
    const xs = JSON.parse(r.out) as { source: { path: string } }[];
    expect(xs.map((x) => x.source.path)).toEqual(['corpus/000_7e7f113ccca9c72f.txt', 'corpus/004_c9b331be775b570d.txt']);
  });

  it('exits 0, 1 on a bad file in a batch (the others still import), 2 on bad usage', () => {
    const db = path.join(tmp, 'v.db');
    const r = vanban('import', 'corpus/003_31b3bf059ba1da7a.txt', 'test/fixtures/bad-empty.txt', 'corpus/002_51be01270951ac2e.txt', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('test/fixtures/bad-empty.txt');
    expect(r.out).toContain('2 imported, 0 replaced, 0 unchanged, 1 failed');
    const list = vanban('list', '--db', db, '--json');
    expect(list.code).toBe(0);
    expect((JSON.parse(list.out) as { stem: string }[]).map((d) => d.stem)).toEqual(['002_51be01270951ac2e', '003_31b3bf059ba1da7a']);
    expect(vanban('import', '--db').code).toBe(2);
    expect(vanban('frobnicate').code).toBe(2);
    expect(vanban('--help').code).toBe(0);
  });

  it('says to build when dist/ is missing', () => {
    mkdirSync(path.join(tmp, 'pkg', 'bin'), { recursive: true });
    copyFileSync(BIN, path.join(tmp, 'pkg', 'bin', 'vanban.js'));
    const r = spawnSync(process.execPath, [path.join(tmp, 'pkg', 'bin', 'vanban.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/npm run build/);
  });
});

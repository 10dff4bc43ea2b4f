import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresOf, regressions } from '../../src/eval/baseline.js';
import { evaluate } from '../../src/eval/corpus.js';
import { scoreFolders, scorePairs } from '../../src/eval/score.js';
import { extractFile } from '../../src/pipeline.js';

const GOLD = 'test/gold';
type Json = Record<string, any>; // loose gold JSON

/**
 * Predictions made from the gold files with every kind of mistake the scorer distinguishes:
 * missed, extra and altered citations, targets, agencies, sections, fields and task rows,
 * spelling variants it must forgive, a missing file and a broken one.
 */
function perturb(gold: Json, n: number): Json | string | null {
  if (n === 2) return null; // no prediction file
  if (n === 3) return '{ not json';
  const p: Json = structuredClone(gold);
  if (n === 0) return p;
  p.citations = p.citations.filter((_: unknown, i: number) => i % 3 !== 1);
  p.citations.forEach((c: Json, i: number) => {
    if (i % 2 === 0) c.date = '1999-01-01';
    if (i === 1) c.key = c.key.replace('Đ', 'Ð').toLowerCase();
  });
  p.citations.push({ key: '9999/QĐ-UBND', date: null });
  p.targets = p.targets.filter((_: unknown, i: number) => i % 4 !== 2);
  p.targets.forEach((t: Json, i: number) => {
    if (i % 3 === 0) t.year = (t.year ?? 2000) + 1;
    if (i % 5 === 1) t.comparator = '=';
    if (i % 4 === 3) t.indicator = null;
    if (i === 2) t.text = t.text.toUpperCase();
  });
  p.targets.push({ text: 'phấn đấu 100% trẻ em được ăn bán trú', value: 100, unit: 'percent' });
  p.responsibilities = p.responsibilities.filter((_: unknown, i: number) => i % 3 !== 2);
  p.responsibilities.forEach((r: Json, i: number) => {
    if (i % 2 === 1) r.role = r.role === 'lead' ? 'coordinate' : 'lead';
    if (i === 0 && r.names?.[1]) r.agency = r.names[1];
  });
  p.responsibilities.push({ agency: 'Sở Ngoại vụ', role: 'implement' });
  p.sections = p.sections.filter((_: unknown, i: number) => i % 5 !== 4);
  p.sections.forEach((s: Json, i: number) => {
    if (i % 3 === 0) s.kind = s.kind === 'other' ? 'tasks' : 'other';
    if (i === 1) s.label = `${s.label}.`;
  });
  p.document.date = '2000-01-01';
  p.document.issuer = p.document.issuer?.replace('Ủy ban nhân dân', 'UBND');
  p.document.period = null;
  p.tasks = p.tasks.slice(1);
  p.tasks.forEach((t: Json, i: number) => {
    if (i % 2 === 0) t.lead = ['Sở Tài chính'];
    if (i % 3 === 0) t.deadline = t.deadline?.replace(' – ', '-');
  });
  return p;
}

let predDir: string;
beforeAll(() => {
  predDir = mkdtempSync(path.join(os.tmpdir(), 'vanban-score-'));
  readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .forEach((file, n) => {
      const p = perturb(JSON.parse(readFileSync(path.join(GOLD, file), 'utf8')), n % 5);
      if (p !== null) writeFileSync(path.join(predDir, file), typeof p === 'string' ? p : JSON.stringify(p));
    });
});
afterAll(() => rmSync(predDir, { recursive: true, force: true }));

function scoreMjs(gold: string, pred: string): Json {
  return JSON.parse(execFileSync(process.execPath, ['test/eval/score.mjs', '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' }));
}

describe('score.ts', () => {
  it('gives the same figures and differences as score.mjs', () => {
    const mjs = scoreMjs(GOLD, predDir);
    const ts = scoreFolders(GOLD, predDir);
    expect(ts.summary).toEqual(mjs.summary);
    expect(ts.documents.map(({ file, misses }) => ({ file, misses }))).toEqual(mjs.documents);
    // the comparison is only worth something if the predictions are neither perfect nor empty
    for (const part of ['citations', 'targets', 'agencies', 'roles'] as const) {
      expect(ts.summary[part].f, part).toBeGreaterThan(0);
      expect(ts.summary[part].f, part).toBeLessThan(1);
    }
    expect(ts.summary.document).toBeLessThan(1);
    expect(ts.summary.tasks.fn + ts.summary.tasks.fp).toBeGreaterThan(0);
  });

  it('scores gold against itself as perfect, and an empty folder as all missed', () => {
    const emptyDir = path.join(predDir, 'empty');
    mkdirSync(emptyDir, { recursive: true });
    const self = scoreFolders(GOLD, GOLD).summary;
    expect(self).toEqual(scoreMjs(GOLD, GOLD).summary);
    expect([self.citations.f, self.targets.f, self.agencies.f, self.sectionsRight, self.document, self.tasks.f]).toEqual([1, 1, 1, 1, 1, 1]);
    const none = scoreFolders(GOLD, emptyDir);
    expect(none.summary).toEqual(scoreMjs(GOLD, emptyDir).summary);
    expect(none.summary.citations.tp).toBe(0);
    expect(none.documents.every((d) => d.misses[0] === 'no prediction file (or it does not parse)')).toBe(true);
  });
});

describe('scoring the pipeline', () => {
  it('in memory gives what score.mjs gives on the written files', async () => {
    const corpus = readdirSync('corpus').sort().map((f) => path.join('corpus', f));
    const outDir = path.join(predDir, 'extracted');
    mkdirSync(outDir, { recursive: true });
    for (const file of corpus) {
      const x = await extractFile(file);
      writeFileSync(path.join(outDir, `${path.basename(file, '.txt')}.json`), JSON.stringify(x, null, 2) + '\n');
    }
    const mjs = scoreMjs(GOLD, outDir);
    expect(scoreFolders(GOLD, outDir).summary).toEqual(mjs.summary);
    const inMemory = await evaluate(corpus, GOLD, (f) => extractFile(f));
    expect(inMemory.failures).toEqual([]);
    expect(inMemory.report.summary).toEqual(mjs.summary);
    expect(inMemory.report.documents.map(({ file, misses }) => ({ file, misses }))).toEqual(mjs.documents);
  });

  it('counts an input that fails as a missing prediction and reports it', async () => {
    const result = await evaluate(['corpus/000_7e7f113ccca9c72f.txt'], GOLD, async (f) => {
      throw new Error(`cannot read ${f}`);
    });
    expect(result.failures).toEqual([{ file: 'corpus/000_7e7f113ccca9c72f.txt', reason: 'cannot read corpus/000_7e7f113ccca9c72f.txt' }]);
    expect(result.report.documents.every((d) => d.misses[0] === 'no prediction file (or it does not parse)')).toBe(true);
  });
});

describe('baseline', () => {
  it('flattens the figures and names those that fell', () => {
    const good = figuresOf(scoreFolders(GOLD, GOLD).summary);
    const worse = figuresOf(scoreFolders(GOLD, predDir).summary);
    expect(good['citations.f']).toBe(1);
    expect(good).not.toHaveProperty('citations.tp');
    expect(regressions(good, good)).toEqual([]);
    expect(regressions(good, worse)).toEqual([]);
    const fell = regressions(worse, good).map((r) => r.figure);
    expect(fell).toEqual(expect.arrayContaining(['citations.f', 'targets.r', 'document', 'sectionsRight']));
  });

  it('counts a figure that became n/a as fallen, and ignores figures the baseline lacks', () => {
    const empty = scorePairs([]).summary;
    expect(regressions({ taskLeadAccuracy: null }, { taskLeadAccuracy: 0.5 })).toEqual([{ figure: 'taskLeadAccuracy', baseline: 0.5, current: null }]);
    expect(regressions(figuresOf(empty), { 'new.figure': 1 })).toEqual([]);
  });
});

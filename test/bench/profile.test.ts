/** The CPU profile summary the bench writes into BENCHMARKS.md. */
import { describe, expect, it } from 'vitest';
import { areaOf, summarizeProfile, type CpuProfile } from '../../src/batch/profile.js';

const ROOT = '/home/u/vanban';
const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

describe('areaOf', () => {
  it('names the src/ folder for compiled and source files alike, packages, Node and V8', () => {
    expect(areaOf(frame('segment', `file://${ROOT}/dist/segment/headings.js`), ROOT)).toBe('src/segment');
    expect(areaOf(frame('segment', `file://${ROOT}/src/segment/headings.ts`), ROOT)).toBe('src/segment');
    expect(areaOf(frame('analyzeDoc', `file://${ROOT}/dist/pipeline.js`), ROOT)).toBe('src/pipeline');
    expect(areaOf(frame('run', `file://${ROOT}/node_modules/better-sqlite3/lib/methods/x.js`), ROOT)).toBe('pkg:better-sqlite3');
    expect(areaOf(frame('f', `file://${ROOT}/node_modules/@napi-rs/canvas/index.js`), ROOT)).toBe('pkg:@napi-rs/canvas');
    expect(areaOf(frame('readFile', 'node:fs'), ROOT)).toBe('node');
    expect(areaOf(frame('(garbage collector)', ''), ROOT)).toBe('(garbage collector)');
    expect(areaOf(frame('RegExp: \\s+', ''), ROOT)).toBe('(regular expressions)');
    expect(areaOf(frame('read', ''), ROOT)).toBe('(native code)');
  });
});

describe('summarizeProfile', () => {
  const normalize = frame('normalize', `file://${ROOT}/dist/normalize/index.js`, 11);
  const unbreak = frame('unbreakLines', `file://${ROOT}/dist/normalize/unbreak-lines.js`, 69);
  // (root) → normalize → unbreakLines → unbreakLines (recursion) ; unbreakLines → a RegExp ; (root) → insertDocument
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 6, 4] },
      { id: 2, callFrame: frame('(idle)', '') },
      { id: 6, callFrame: normalize, children: [3] },
      { id: 3, callFrame: unbreak, children: [5, 7] },
      { id: 5, callFrame: unbreak },
      { id: 7, callFrame: frame('RegExp: \\s+$', '') },
      { id: 4, callFrame: frame('insertDocument', `file://${ROOT}/dist/store/sqlite.js`, 247) },
    ],
    samples: [2, 3, 4, 3, 5, 2, 7],
    timeDeltas: [5000, 1000, 2000, 3000, 4000, 9000, 500],
  };

  it('adds self time per function (one function in two call paths counts once), leaving idle out', () => {
    const s = summarizeProfile(profile, ROOT);
    expect(s.totalMs).toBe(10.5);
    expect(s.byFunction).toEqual([
      { name: 'unbreakLines', where: 'dist/normalize/unbreak-lines.js:70', area: 'src/normalize', selfMs: 8, share: 0.7619 },
      { name: 'insertDocument', where: 'dist/store/sqlite.js:248', area: 'src/store', selfMs: 2, share: 0.1905 },
      { name: 'RegExp: \\s+$', where: '', area: '(regular expressions)', selfMs: 0.5, share: 0.0476 },
    ]);
    expect(s.byArea.map((a) => [a.name, a.selfMs])).toEqual([
      ['src/normalize', 8],
      ['src/store', 2],
      ['(regular expressions)', 0.5],
    ]);
  });

  it("counts the project's functions with what they call, a recursive one once per sample", () => {
    expect(summarizeProfile(profile, ROOT).inclusive.map((r) => [r.name, r.selfMs])).toEqual([
      ['normalize', 8.5],
      ['unbreakLines', 8.5],
      ['insertDocument', 2],
    ]);
  });

  it('keeps the top rows only', () => {
    expect(summarizeProfile(profile, ROOT, 1).byFunction.map((f) => f.name)).toEqual(['unbreakLines']);
  });
});

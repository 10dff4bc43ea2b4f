/**
 * The whole pipeline on the development corpus, scored against the hand-made gold the way
 * test/eval/score.mjs scores it (gold entries marked "hard" are optional).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Citation } from '../../src/contract/schema.js';
import { extractCitations, normalizeCitationKey, splitCitationKey } from '../../src/extract/citations/index.js';
import type { ExtractInput } from '../../src/extract/types.js';
import { analyzeFile } from '../../src/pipeline.js';
import { CORPUS, corpus } from '../helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const files = readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).sort();

interface Gold { key: string; altKeys?: string[]; date: string | null; hard?: boolean }

const runs: Array<{ file: string; input: ExtractInput; citations: Citation[]; gold: Gold[] }> = [];

beforeAll(async () => {
  for (const file of files) {
    const { input } = await analyzeFile(path.join(ROOT, 'corpus', file));
    const gold = JSON.parse(readFileSync(path.join(ROOT, 'test/gold', file.replace(/\.txt$/, '.json')), 'utf8')).citations as Gold[];
    runs.push({ file, input, citations: extractCitations(input), gold });
  }
});

function matches(g: Gold, key: string): boolean {
  const p = splitCitationKey(normalizeCitationKey(key));
  return [g.key, ...(g.altKeys ?? [])].some((k) => {
    const gk = splitCitationKey(normalizeCitationKey(k));
    return gk.base === p.base && (gk.year === null || p.year === null || gk.year === p.year);
  });
}

describe('development corpus', () => {
  it('finds the gold citations (F1 ≥ 0.98) with their dates (key+date F1 ≥ 0.97)', () => {
    let tp = 0, fp = 0, fn = 0, exact = 0;
    const misses: string[] = [];
    for (const r of runs) {
      const used = new Set<number>();
      for (const g of r.gold) {
        const i = r.citations.findIndex((c, j) => !used.has(j) && matches(g, c.key));
        if (i < 0) {
          if (!g.hard) { fn++; misses.push(`${r.file}: missed ${g.key}`); }
          continue;
        }
        used.add(i);
        if (g.hard) continue;
        tp++;
        if (!g.date || g.date === r.citations[i]!.date) exact++;
        else misses.push(`${r.file}: ${g.key} dated ${r.citations[i]!.date}, gold ${g.date}`);
      }
      r.citations.forEach((c, j) => { if (!used.has(j)) { fp++; misses.push(`${r.file}: extra ${c.key}`); } });
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    const exactF1 = (2 * exact) / (2 * tp + fp + fn);
    expect(f1, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(exactF1, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('every mention span points at its text', () => {
    for (const r of runs) {
      for (const c of r.citations) {
        for (const m of c.mentions) expect(r.input.text.slice(m.span[0], m.span[1])).toBe(m.text);
      }
    }
  });

  it('self references are not citations: S0 never cites its own 2458/QĐ-UBND', () => {
    const s0 = runs.find((r) => r.file.startsWith('000_'))!;
    expect(s0.citations.some((c) => c.key.startsWith('2458/'))).toBe(false);
  });

  it('S2: Chương trình 1609 and "Quyết định 1609" are mentions of 1609/QĐ-TTg', () => {
    const s2 = runs.find((r) => r.file.startsWith('002_'))!;
    const c = s2.citations.find((x) => x.key === '1609/QĐ-TTg|2022')!;
    expect(c.aliases).toEqual(['Chương trình 1609']);
    expect(c.mentions.map((m) => m.text.replace(/\s+/g, ' '))).toEqual(
      expect.arrayContaining(['Quyết định số 1609/QĐ-TTg ngày 26/12/2022', 'Chương trình 1609', 'Quyết định 1609']),
    );
  });
});

describe('a programme cited by its name only', () => {
  it('003 implements Chương trình 1609 without its number: the registry resolves the name', async () => {
    const { extraction: x } = await corpus(CORPUS.s3);
    const c = x.citations.find((k) => k.key === '1609/QĐ-TTg|2022');
    expect(c).toBeDefined();
    expect(c!.relation).toBe('implements');
    expect(c!.date).toBeNull(); // the text gives none
    expect(c!.mentions[0]!.text).toBe('Chương trình Hỗ trợ phát triển giáo dục mầm non vùng khó khăn');
  });
});

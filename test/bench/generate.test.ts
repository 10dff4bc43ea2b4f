/** The benchmark corpus generator: deterministic, varied, and built from what real documents say. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, loadGenSources, type GenSources } from '../../src/batch/generate.js';
import { analyzeFile } from '../../src/pipeline.js';

const sources = loadGenSources('corpus');
const gen = (docs: number, seed: number, src: GenSources = sources) => [...generateCorpus(src, { docs, seed })];

describe('determinism', () => {
  it('gives the same bytes and names for the same seed, other documents for another seed', () => {
    const a = gen(40, 7);
    const b = gen(40, 7);
    expect(b.map((d) => d.name)).toEqual(a.map((d) => d.name));
    expect(b.map((d) => d.text)).toEqual(a.map((d) => d.text));
    const c = gen(40, 8);
    expect(c.filter((d, i) => d.text === a[i]!.text)).toHaveLength(0);
  });

  it('draws each document from its own stream: a smaller run is a prefix of a larger one', () => {
    const big = gen(60, 3);
    expect(gen(25, 3)).toEqual(big.slice(0, 25));
  });

  it('names files by index and a hash of the text, so they sort in generation order', () => {
    const docs = gen(12, 1);
    docs.forEach((d, i) => {
      expect(d.name).toBe(`${String(i).padStart(6, '0')}_${createHash('sha256').update(d.text).digest('hex').slice(0, 16)}.txt`);
    });
  });
});

describe('variety', () => {
  const docs = gen(300, 1);

  it('never repeats a document', () => {
    expect(new Set(docs.map((d) => d.text)).size).toBe(docs.length);
  });

  it('uses every template and many provinces', () => {
    expect(new Set(docs.map((d) => d.template))).toEqual(new Set(sources.templates.map((t) => t.name)));
    const named = new Set<string>();
    for (const d of docs) for (const p of sources.provinces) if (d.text.includes(p.name)) named.add(p.name);
    expect(named.size).toBeGreaterThan(30);
    // the template's own province is replaced, not kept
    const fromLaiChau = docs.filter((d) => d.template.startsWith('002_'));
    expect(fromLaiChau.filter((d) => d.text.includes('Lai Châu')).length).toBeLessThan(fromLaiChau.length / 4);
  });

  it('spreads lengths from a short annex to a long plan, like the real corpus', () => {
    const lengths = docs.map((d) => d.text.length).sort((a, b) => a - b);
    const real = sources.templates.map((t) => t.text.length);
    expect(lengths[0]!).toBeLessThan(Math.min(...real));
    expect(lengths.at(-1)!).toBeGreaterThan(Math.max(...real) * 0.9);
    // every fifth of the range between them holds documents
    const lo = lengths[0]!;
    const step = (lengths.at(-1)! - lo) / 5;
    const buckets = new Set(lengths.map((l) => Math.min(4, Math.floor((l - lo) / step))));
    expect(buckets.size).toBe(5);
  });
});

describe('variations on a written template', () => {
  const template = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LAI CHÂU',
    'Số: 123/KH-UBND',
    'Lai Châu, ngày 14 tháng 10 năm 2023',
    'KẾ HOẠCH',
    'Thực hiện Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ; Quyết định số 35/QĐ-UBND ngày 05/01/2023 của UBND tỉnh Lai Châu;',
    'I. MỤC ĐÍCH',
    '- Bảo đảm 27% trẻ em được đến trường.',
    '- Sở Giáo dục và Đào tạo chủ trì.',
    'II. MỤC TIÊU',
    '- Mục tiêu hai.',
    'III. NHIỆM VỤ',
    '- Nhiệm vụ ba.',
    'IV. KINH PHÍ',
    '- Kinh phí bốn.',
    'V. TỔ CHỨC THỰC HIỆN',
    'Giao Sở Giáo dục và Đào tạo theo dõi Kế hoạch số 123/KH-UBND.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  ].join('\n');
  const src: GenSources = { ...sources, templates: [{ name: 't.txt', text: template }] };
  const docs = gen(80, 5, src);

  it('keeps national citations as written', () => {
    for (const d of docs) expect(d.text).toContain('Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ');
  });

  it('renumbers local documents, the same number at each mention, and moves their dates within the year', () => {
    let changed = 0;
    for (const d of docs) {
      const own = [...d.text.matchAll(/(\d+)\/KH-UBND/g)].map((m) => m[1]);
      expect(own).toHaveLength(2);
      expect(own[1]).toBe(own[0]);
      if (own[0] !== '123') changed++;
      expect(d.text).toMatch(/\d+\/QĐ-UBND ngày \d\d\/\d\d\/2023 của UBND (tỉnh|thành phố) /);
      expect(d.text).toMatch(/, ngày \d{1,2} tháng \d{1,2} năm 2023\n/);
    }
    expect(changed).toBeGreaterThan(70);
  });

  it('replaces the province in every case with its unit word, one province per document', () => {
    const provinces = new Set<string>();
    for (const d of docs) {
      const m = /^(TỈNH|THÀNH PHỐ) (.+)$/m.exec(d.text)!;
      const p = sources.provinces.find((x) => x.name.toUpperCase() === m[2])!;
      expect(p, m[2]).toBeDefined();
      expect(m[1]).toBe(p.unit.toUpperCase());
      expect(d.text).toContain(`${p.name}, ngày`);
      expect(d.text).toContain(`UBND ${p.unit} ${p.name};`);
      provinces.add(p.name);
    }
    expect(provinces.size).toBeGreaterThan(30);
  });

  it('keeps top-level sections numbered I, II, III … in order, first and last in place, when it drops or swaps some', () => {
    const orders = new Set<string>();
    for (const d of docs) {
      const headings = [...d.text.matchAll(/^([IVX]+)\. (.+)$/gm)];
      expect(headings.map((h) => h[1])).toEqual(['I', 'II', 'III', 'IV', 'V'].slice(0, headings.length));
      expect(headings[0]![2]).toBe('MỤC ĐÍCH');
      expect(headings.at(-1)![2]).toBe('TỔ CHỨC THỰC HIỆN');
      orders.add(headings.map((h) => h[2]).join('|'));
    }
    expect(orders.size).toBeGreaterThan(3);
  });

  it('keeps the recipients and the signature as they are', () => {
    for (const d of docs) expect(d.text.endsWith('\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A')).toBe(true);
  });

  it('writes an agency with another of its spellings from rules/agencies.yaml, throughout a document', () => {
    const spellings = sources.agencySpellings.find((s) => s.includes('Sở Giáo dục và Đào tạo'))!;
    expect(spellings).toContain('Sở GD&ĐT');
    let other = 0;
    for (const d of docs) {
      const used = spellings.filter((s) => new RegExp(`${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} theo dõi`).test(d.text));
      expect(used).toHaveLength(1);
      if (used[0] !== 'Sở Giáo dục và Đào tạo') other++;
    }
    expect(other).toBeGreaterThan(10);
  });

  it('moves percentages below 100 by a few points', () => {
    const values = new Set(docs.map((d) => Number(/Bảo đảm (\d+)% trẻ em/.exec(d.text)?.[1] ?? 27)));
    expect(values.size).toBeGreaterThan(5);
    for (const v of values) expect(Math.abs(v - 27)).toBeLessThanOrEqual(6);
  });
});

describe('the pipeline reads generated documents', () => {
  it('analyses them without failing and finds the province the generator wrote', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-gen-'));
    try {
      for (const d of gen(15, 11)) {
        const file = path.join(dir, d.name);
        writeFileSync(file, d.text);
        const { extraction } = await analyzeFile(file);
        expect(extraction.document.type, d.name).not.toBeNull();
        if (!d.template.startsWith('003_')) expect(extraction.sections.length, d.name).toBeGreaterThan(0);
        // a province's own documents (not a district's) name the province the generator put in
        if (/^(000|002|003)_/.test(d.template)) {
          const province = extraction.document.province!;
          expect(d.text, d.name).toMatch(new RegExp(`^(TỈNH|THÀNH PHỐ) ${province.toUpperCase()}\\s*$|(^|\\s)${province}, ngày`, 'm'));
          expect(extraction.document.issuer).toMatch(new RegExp(`(tỉnh|thành phố) ${province}$`));
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

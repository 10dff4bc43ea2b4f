import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPhrase, foldAligned, ftsPhrase, lineStarts, locateInLines, queryTokens, snippet, splitPassages, type LineEntry } from '../../src/store/passages.js';
import { asciiFold } from '../../src/text/vietnamese.js';
import { SAMPLE_TEXT, sampleExtraction } from './sample.js';

describe('foldAligned', () => {
  it('equals asciiFold on every corpus file, one code unit for one', () => {
    for (const f of readdirSync('corpus')) {
      const text = readFileSync(`corpus/${f}`, 'utf8').normalize('NFC');
      expect(foldAligned(text), f).toBe(asciiFold(text));
    }
  });

  it('folds đ/Đ and the Eth look-alike, and keeps length where asciiFold would not', () => {
    expect(foldAligned('ĐÀO TẠO, Ðào tạo, QĐ-TTg, Uỷ ban')).toBe('dao tao, dao tao, qd-ttg, uy ban');
    expect(foldAligned('İ x')).toHaveLength(3);
    expect(foldAligned('a\u0301')).toHaveLength(2);
  });
});

describe('query', () => {
  it('splits the query into folded words like the FTS tokenizer, as one phrase', () => {
    expect(queryTokens('  Đào   tạo/QĐ-TTg; "giáo dục" ')).toEqual(['dao', 'tao', 'qd', 'ttg', 'giao', 'duc']);
    expect(ftsPhrase(queryTokens('đào tạo'))).toBe('"dao tao"');
    expect(ftsPhrase(queryTokens(' -- '))).toBeNull();
  });

  it('finds the phrase on word boundaries only', () => {
    const folded = foldAligned('Xây dựng kế hoạch đào tạo; đào\ttạo lại');
    expect(findPhrase(folded, ['dao', 'tao'])).toEqual([18, 25]);
    expect(findPhrase(foldAligned('giáo dục'), ['giao', 'du'])).toBeNull();
    expect(findPhrase(foldAligned('chàodao tao'), ['dao', 'tao'])).toBeNull();
  });
});

describe('passages and lines', () => {
  it('cuts at section starts and ends, attributing each piece to its innermost section', () => {
    const x = sampleExtraction();
    const passages = splitPassages(x.text, x.sections);
    expect(passages.map((p) => p.sectionId)).toEqual([null, 's1', 's2', 's2.1']);
    expect(x.text.slice(...passages[2]!.span)).toBe('III. TỔ CHỨC THỰC HIỆN');
    expect(passages.map((p) => p.span[0])).toEqual([0, ...x.sections.map((s) => s.span[0])]);
  });

  it('lists the starts of non-blank lines after their indentation', () => {
    expect(lineStarts('ab\n\n  cd\n \nef')).toEqual([0, 6, 11]);
  });

  it('locates inside verbatim lines, else at the line start, with the page', () => {
    const map: LineEntry[] = [
      [0, 3, 1, 0, 1],
      [10, 5, 3, 2, 0],
    ];
    expect(locateInLines(map, [4, 7])).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 8 });
    expect(locateInLines(map, [12, 15])).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 3, page: 2 });
    expect(locateInLines(map, [8, 12])).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 1 });
    expect(locateInLines([], [0, 1])).toBeNull();
  });

  it('makes a one-line snippet cut at word boundaries', () => {
    const line = SAMPLE_TEXT.split('\n')[5]!;
    const start = SAMPLE_TEXT.indexOf(line);
    const at = SAMPLE_TEXT.indexOf('chăm sóc', start);
    const s = snippet(SAMPLE_TEXT, [start, start + line.length], [at, at + 8], 20);
    expect(s).toBe('…được nuôi dưỡng, «chăm sóc», giáo dục đảm bảo…');
  });
});

import { describe, expect, it } from 'vitest';
import { foldSameLength } from '../../src/extract/citations/fold.js';
import { loadCitationRules } from '../../src/extract/citations/rules.js';
import { parseSymbolString, readSymbol } from '../../src/extract/citations/symbol.js';

const rules = loadCitationRules();
const parse = (s: string) => parseSymbolString(s, rules);

describe('symbol shapes (conventions §1.2)', () => {
  it.each([
    ['105/2020/NĐ-CP', '105/2020/NĐ-CP', 'normative', 2020, 'NĐ', ['CP']],
    ['06/2019/TT-BGDĐT', '06/2019/TT-BGDĐT', 'normative', 2019, 'TT', ['BGDĐT']],
    ['13/2016/TTLT-BYT-BGDĐT', '13/2016/TTLT-BYT-BGDĐT', 'normative', 2016, 'TTLT', ['BYT', 'BGDĐT']],
    ['80/2015/QH13', '80/2015/QH13', 'law', 2015, null, ['QH13']],
    ['2270/QĐ-TTg', '2270/QĐ-TTg', 'administrative', null, 'QĐ', ['TTg']],
    ['2202/TTr-SGDĐT', '2202/TTr-SGDĐT', 'administrative', null, 'TTr', ['SGDĐT']],
    ['2635/SGDĐT-GDMN', '2635/SGDĐT-GDMN', 'congvan', null, null, ['SGDĐT']],
    ['29-NQ/TW', '29-NQ/TW', 'party', null, 'NQ', ['TW']],
    ['36-HD/VPTW', '36-HD/VPTW', 'party', null, 'HD', ['VPTW']],
    ['05/VBHN-BGDĐT', '05/VBHN-BGDĐT', 'administrative', null, 'VBHN', ['BGDĐT']],
    ['101/CP', '101/CP', 'other', null, null, ['CP']],
  ])('%s', (raw, normalized, family, year, typeAbbr, codes) => {
    const s = parse(raw)!;
    expect(s.normalized).toBe(normalized);
    expect(s.family).toBe(family);
    expect(s.year).toBe(year);
    expect(s.typeAbbr).toBe(typeAbbr);
    expect(s.issuerCodes).toEqual(codes);
  });
});

describe('damaged symbols normalize to the real one', () => {
  it.each([
    ['498 /QĐ-UBND', '498/QĐ-UBND'],
    ['2270/QĐ- TTg', '2270/QĐ-TTg'],
    ['2458/QÐ-UBND', '2458/QĐ-UBND'],
    ['3844/KH-Ủy ban nhân dân tỉnh', '3844/KH-UBND'],
    ['50/2020/TT-Bộ GD&ĐT', '50/2020/TT-BGDĐT'],
    ['50/2020/TT-\n\nBộ GD&ĐT', '50/2020/TT-BGDĐT'],
    ['07/2016/TT-\nBGDĐT', '07/2016/TT-BGDĐT'],
    ['51-KL/TƯ', '51-KL/TW'],
    ['2579/Q Đ-UBND', '2579/QĐ-UBND'],
    ['3050/TTr-SGD ĐT', '3050/TTr-SGDĐT'],
    ['6/KH-UBND', '06/KH-UBND'],
    ['2270/QĐ-TTG', '2270/QĐ-TTg'],
  ])('%j → %s', (raw, normalized) => {
    expect(parse(raw)?.normalized).toBe(normalized);
  });

  it('keeps the symbol as written, without the spaces around its separators', () => {
    expect(parse('498 /QĐ-UBND')!.written).toBe('498/QĐ-UBND');
    expect(parse('3844/KH-Ủy ban nhân dân tỉnh')!.written).toBe('3844/KH-Ủy ban nhân dân tỉnh');
    expect(parse('51-KL/TƯ')!.written).toBe('51-KL/TƯ');
  });
});

describe('reading a symbol inside text', () => {
  const read = (text: string, typed = true) => readSymbol(text, foldSameLength(text), 0, rules, { typed })?.normalized ?? null;

  it('stops at the end of the symbol', () => {
    expect(read('2635/SGDĐT-GDMN ngày 30/8/2024')).toBe('2635/SGDĐT-GDMN');
    expect(read('31/2020/QĐ-UBND \n\nngày 18/11/2020')).toBe('31/2020/QĐ-UBND');
  });

  it('does not take a word of the sentence after a spaced hyphen', () => {
    expect(read('123/KH-UBND - Lưu VT')).toBe('123/KH-UBND');
  });

  it('is not a date, a ratio or a range', () => {
    expect(read('26/10/2025')).toBeNull();
    expect(read('17/17 xã')).toBeNull();
    expect(read('2024-2025')).toBeNull();
    expect(read('2 buổi/ngày')).toBeNull();
  });

  it('needs a type word for a one-part symbol', () => {
    expect(read('01/BGDĐT hợp nhất', true)).toBe('01/BGDĐT');
    expect(read('01/BGDĐT hợp nhất', false)).toBeNull();
  });

  it('a blank number is no symbol', () => {
    expect(read('/KH-UBND')).toBeNull();
  });
});

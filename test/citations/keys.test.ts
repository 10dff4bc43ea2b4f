import { describe, expect, it } from 'vitest';
import { documentKey, documentKeys, normalizeCitationKey, splitCitationKey } from '../../src/extract/citations/index.js';
import { cite, NO_META } from './helpers.js';

describe('documentKey: the key a document has when others cite it', () => {
  it.each([
    [{ symbol: '2458/QĐ-UBND', number: '2458', date: '2025-10-31' }, '2458/QĐ-UBND|2025'],
    [{ symbol: '11/2020/NQ-HĐND', number: '11', date: '2020-07-10' }, '11/2020/NQ-HĐND'],
    [{ symbol: '29-NQ/TW', number: '29', date: '2013-11-04' }, '29-NQ/TW|2013'],
    [{ symbol: '2635/SGDĐT-GDMN', number: '2635', date: '2024-08' }, '2635/SGDĐT-GDMN|2024'],
    [{ symbol: '143/KH-UBND', number: '143', date: null }, '143/KH-UBND'],
    [{ symbol: '3844/KH-Ủy ban nhân dân tỉnh', number: '3844', date: '2021-11-18' }, '3844/KH-UBND|2021'],
  ])('%j → %s', (meta, key) => {
    expect(documentKey({ ...NO_META, ...meta })).toBe(key);
  });

  it('null when the number is left blank or there is no symbol', () => {
    expect(documentKey({ ...NO_META, symbol: '/KH-UBND', number: null, date: '2021' })).toBeNull();
    expect(documentKey({ ...NO_META, symbol: '/PGDĐT', number: null, date: '2024-09' })).toBeNull();
    expect(documentKey({ ...NO_META, symbol: null, number: null })).toBeNull();
  });

  it('links to the key its citations get', () => {
    const meta = { ...NO_META, symbol: '2270/QĐ-TTg', number: '2270', date: '2025-10-14' };
    const cited = cite('Căn cứ Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ;')[0]!;
    expect(documentKey(meta)).toBe(cited.key);
  });

  it('a law has its number key and its name key', () => {
    const meta = { ...NO_META, type: 'Luật', symbol: '43/2019/QH14', number: '43', date: '2019-06-14', title: 'LUẬT GIÁO DỤC' };
    expect(documentKeys(meta)).toEqual(['43/2019/QH14', 'Luật Giáo dục|2019']);
    expect(documentKeys(meta)[1]).toBe(cite('Căn cứ Luật Giáo dục ngày 14/6/2019;')[0]!.key);
  });
});

describe('normalizeCitationKey: user input to `vanban cites`', () => {
  it.each([
    ['1609/QĐ-TTg', '1609/QĐ-TTg'],
    ['1609/QĐ-TTg|2022', '1609/QĐ-TTg|2022'],
    [' 1609 / QĐ - TTg ', '1609/QĐ-TTg'],
    ['1609/QĐ-TTg 2022', '1609/QĐ-TTg|2022'],
    ['1609/QD-TTg', '1609/QĐ-TTg'],
    ['1609/qđ-ttg', '1609/QĐ-TTg'],
    ['2458/QÐ-UBND', '2458/QĐ-UBND'],
    ['51-KL/TƯ', '51-KL/TW'],
    ['3844/KH-Ủy ban nhân dân tỉnh|2021', '3844/KH-UBND|2021'],
    ['50/2020/TT-Bộ GD&ĐT', '50/2020/TT-BGDĐT'],
    ['105/2020/NĐ-CP|2020', '105/2020/NĐ-CP'],
    ['6/KH-UBND|2021', '06/KH-UBND|2021'],
    ['Quyết định số 1609/QĐ-TTg ngày 26/12/2022', '1609/QĐ-TTg|2022'],
    ['Luật giáo dục năm 2019', 'Luật Giáo dục|2019'],
    ['Luật Giáo dục 2019', 'Luật Giáo dục|2019'],
    ['luật giáo dục|2019', 'Luật Giáo dục|2019'],
    ['Luật Giáo dục ngày 14/6/2019', 'Luật Giáo dục|2019'],
    ['Luật Ngân sách nhà nước', 'Luật Ngân sách nhà nước'],
  ])('%j → %s', (input, key) => {
    expect(normalizeCitationKey(input)).toBe(key);
  });

  it('is what the extractor writes: extracted keys are already normal', () => {
    const cs = cite(
      'Căn cứ Luật trẻ em ngày 05/4/2016; Kế hoạch số 3844/KH-Ủy ban nhân dân tỉnh ngày 18/11/2021; Thông tư số 50/2020/TT-\nBộ GD&ĐT; Kết luận số 51-KL/TƯ; Nghị định 80/NĐ-CP ngày 17/7/2017.',
    );
    expect(cs).toHaveLength(5);
    for (const c of cs) expect(normalizeCitationKey(c.key)).toBe(c.key);
  });

  it('splits a key into base and year', () => {
    expect(splitCitationKey('2270/QĐ-TTg|2025')).toEqual({ base: '2270/QĐ-TTg', year: 2025 });
    expect(splitCitationKey('105/2020/NĐ-CP')).toEqual({ base: '105/2020/NĐ-CP', year: null });
  });
});

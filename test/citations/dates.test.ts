import { describe, expect, it } from 'vitest';
import { datesDisagree, datesIn, readDateAfter } from '../../src/extract/citations/dates.js';
import { foldSameLength } from '../../src/extract/citations/fold.js';

const read = (s: string, yearOnly = false) => readDateAfter(foldSameLength(s), 0, yearOnly)?.iso ?? null;

describe('dates after a citation (conventions §3.2)', () => {
  it.each([
    [' ngày 14 tháng 10 năm 2025', '2025-10-14'],
    [' ngày 04 tháng 11\u00a0 năm 2020', '2020-11-04'],
    [' ngày 08/9/2020', '2020-09-08'],
    [' ngày 31/12 /2021', '2021-12-31'],
    [' ngày 06/06/2018', '2018-06-06'],
    [', ngày 01-10-1997', '1997-10-01'],
    [' ngày 05.01.2020', '2020-01-05'],
    [' ngày \n\n08/01/2019', '2019-01-08'],
    [' ngày tháng 11 năm 2023', '2023-11'],
    [' ngày       tháng      năm 2021', '2021'],
    [' Ngày 3 Tháng 2 Năm 2020', '2020-02-03'],
  ])('%j → %s', (s, iso) => {
    expect(read(s)).toBe(iso);
  });

  it('impossible days and months are not dates', () => {
    expect(read(' ngày 31/02/2020')).toBeNull();
    expect(read(' ngày 12/13/2020')).toBeNull();
  });

  it('a year alone only where allowed (laws)', () => {
    expect(read(' năm 2019, hỗ trợ')).toBeNull();
    expect(read(' năm 2019, hỗ trợ', true)).toBe('2019');
    expect(read(' 2019;', true)).toBe('2019');
    expect(read(' 2019-2025', true)).toBeNull();
  });

  it('finds the dates written in a mention', () => {
    expect(datesIn(foldSameLength('Quyết định số 1609/QĐ-TTg ngày 26/12/2022')).map((d) => d.iso)).toEqual(['2022-12-26']);
  });

  it('partial dates agree with the full dates inside them', () => {
    expect(datesDisagree('2019', '2019-06-14')).toBe(false);
    expect(datesDisagree('2023-11', '2023-11-30')).toBe(false);
    expect(datesDisagree('2023-11', '2023-12-01')).toBe(true);
    expect(datesDisagree('2020-09-08', '2020-09-09')).toBe(true);
  });
});

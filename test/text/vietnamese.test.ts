import { describe, expect, it } from 'vitest';
import { asciiFold, matchForm } from '../../src/text/vietnamese.js';

describe('matching forms', () => {
  it('folds tone placement, i/y spellings and punctuation but not other words', () => {
    expect(['quản lí', 'kĩ năng', 'tỉ lệ', 'qui định', 'Uỷ ban', 'hoà nhập', 'khoẻ'].map(matchForm)).toEqual([
      'quản lý', 'kỹ năng', 'tỷ lệ', 'quy định', 'ủy ban', 'hòa nhập', 'khỏe',
    ]);
    // letters inside longer words stay ("tỉnh", "lính", "kích")
    expect(['tỉnh', 'lính', 'kích thước', 'sĩ quan'].map(matchForm)).toEqual(['tỉnh', 'lính', 'kích thước', 'sỹ quan']);
    expect(matchForm('Sở Lao động – Thương binh\u00a0và  Xã hội')).toBe('sở lao động - thương binh và xã hội');
    expect(matchForm('Ðào tạo')).toBe('đào tạo');
  });

  it('ASCII-folds for search, đ included', () => {
    expect(asciiFold('Giáo dục và Đào tạo')).toBe('giao duc va dao tao');
  });
});

import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/resolve/agencies.js';
import { S0_EXECUTION } from './snippets.js';

const names = (text: string, level = 'province'): string[] => findAgencies(text, { ctx: { level } }).map((m) => m.canonical);

describe('findAgencies', () => {
  it('expands an elliptical list after a colon, keeping commas inside a name (S0, Điều 3)', () => {
    expect(names(S0_EXECUTION)).toEqual([
      'Văn phòng Ủy ban nhân dân',
      'Sở Giáo dục và Đào tạo',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Y tế',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Xây dựng',
      'Ủy ban nhân dân cấp xã',
    ]);
  });

  it('expands a list that leaves out a repeated head word', () => {
    expect(names('Sở Tài chính, Kế hoạch và Đầu tư phối hợp thực hiện')).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']);
    // a lower-case word after the comma is a verb, not a Sở
    expect(names('Sở Tài chính, xây dựng kế hoạch bố trí kinh phí')).toEqual(['Sở Tài chính']);
  });

  it('gives a bare body the group of the name it is joined to (S3)', () => {
    const found = findAgencies('- UBND và Phòng GDĐT các huyện, thành phố;');
    expect(found.map((m) => m.canonical)).toEqual(['Ủy ban nhân dân cấp huyện', 'Phòng Giáo dục và Đào tạo']);
    expect(found.every((m) => m.group && m.level === 'district')).toBe(true);
  });

  it('finds every body of a multi-agency heading (S2)', () => {
    const heading = 'Đề nghị Ủy ban mặt trận tổ quốc Việt Nam tỉnh Lai Châu, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Khuyến học tỉnh';
    expect(names(heading)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ', 'Hội Khuyến học']);
  });

  it('reads the Nơi nhận lines of S2', () => {
    const text = '- UBMTTQVN tỉnh;\n- Các sở, ban, ngành, đoàn thể tỉnh;\n- UBND huyện, thành phố;\n- Phòng GD&ĐT các huyện, thành phố;\n- Báo Lai Châu;\n- Đài PT-TH Lai Châu;';
    expect(names(text)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban nhân dân cấp huyện', 'Phòng Giáo dục và Đào tạo', 'Báo Lai Châu', 'Đài Phát thanh và Truyền hình']);
  });

  it('returns spans into the text it was given', () => {
    const text = 'Phối hợp với phòng Giáo dục và Đào tạo, phòng Tài chính – Kế hoạch cân đối vốn';
    const found = findAgencies(text, { from: 10 });
    expect(found.map((m) => text.slice(m.span[0], m.span[1]))).toEqual(['phòng Giáo dục và Đào tạo', 'phòng Tài chính – Kế hoạch']);
    expect(found.map((m) => m.canonical)).toEqual(['Phòng Giáo dục và Đào tạo', 'Phòng Tài chính - Kế hoạch']);
  });

  it('does not read document symbols, compounds or verbs as agencies', () => {
    expect(names('theo Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT và Quyết định số 2458/QĐ-UBND')).toEqual([]);
    expect(names('giám sát cơ sở giáo dục thực hiện Kế hoạch')).toEqual([]);
    expect(names('tăng cường công tác thanh tra, kiểm tra')).toEqual([]);
    expect(names('Thanh tra tỉnh chủ trì')).toEqual(['Thanh tra']);
    expect(names('các sở, ban, ngành, đoàn thể tỉnh và các đơn vị có liên quan')).toEqual([]);
  });

  it('reads no agency where a listed phrase only looks like one', () => {
    expect(names('Thực hiện Bộ Quy tắc ứng xử trong trường mầm non; tổ chức Hội thi giáo viên dạy giỏi')).toEqual(['Trường mầm non']);
  });

  it('finds names outside the gazetteer by their head word, stopping at the verb', () => {
    expect(findAgencies('Báo Lai Châu đưa tin; Sở Ngoại vụ tổ chức tập huấn').map((m) => m.asWritten)).toEqual(['Báo Lai Châu', 'Sở Ngoại vụ']);
  });

  it('prefers a longer name found by its head word over a shorter gazetteer name', () => {
    expect(names('Phối hợp với Ban Dân tộc và Tôn giáo tổ chức')).toEqual(['Ban Dân tộc và Tôn giáo']);
  });
});

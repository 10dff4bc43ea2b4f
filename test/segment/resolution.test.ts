/**
 * A provincial council resolution (Nghị quyết of HĐND): articles holding numbered goals, an
 * authority block of two caps lines, list items that start with a number, a law whose name holds
 * a lower-case type word. Written from the conventions (§4.3, §4.4), not from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

const TEXT = [
  'HỘI ĐỒNG NHÂN DÂN',
  'TỈNH BÌNH PHƯỚC',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 12/2022/NQ-HĐND',
  'Bình Phước, ngày 15 tháng 7 năm 2022',
  'NGHỊ QUYẾT',
  'Ban hành chính sách hỗ trợ phát triển giáo dục mầm non giai đoạn 2022-2025',
  'HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC',
  'KHÓA X, KỲ HỌP THỨ TƯ',
  'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;',
  'QUYẾT NGHỊ:',
  'Điều 1. Mục tiêu và chỉ tiêu',
  '1. Chỉ tiêu đến năm 2025',
  'b) Có ít nhất 60% trường mầm non đạt chuẩn quốc gia.',
  'c) 100% trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non.',
  'Điều 2. Tổ chức thực hiện',
  'Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này./.',
  'CHỦ TỊCH',
  'Huỳnh Thị Hằng',
].join('\n');

describe('a council resolution', () => {
  const { extraction: x } = analyzeText(TEXT);

  it('keeps a two-line authority block out of the title', () => {
    expect(x.document).toMatchObject({
      type: 'Nghị quyết',
      symbol: '12/2022/NQ-HĐND',
      issuer: 'Hội đồng nhân dân tỉnh Bình Phước',
      level: 'province',
      title: 'Ban hành chính sách hỗ trợ phát triển giáo dục mầm non giai đoạn 2022-2025',
      signer: 'Huỳnh Thị Hằng',
    });
  });

  it('keeps list items that start with a number on their own lines', () => {
    expect(x.text).toContain('quốc gia.\nc) 100% trẻ em');
    expect(x.targets.map((t) => `${t.comparator} ${t.value} ${t.year}`)).toEqual(['>= 60 2025', '= 100 2025']);
  });

  it('reads a law name holding a lower-case type word', () => {
    expect(x.citations.map((c) => c.key)).toEqual(['Luật Ban hành văn bản quy phạm pháp luật|2015']);
  });

  it('gives articles their kinds from their headings', () => {
    expect(x.sections.map((s) => `${s.label} ${s.kind}`)).toEqual(['Điều 1 goals', '1 goals', 'b goals', 'c goals', 'Điều 2 organization']);
  });
});

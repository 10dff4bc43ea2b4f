import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber, quotedRanges, readNumbers } from '../../src/extract/targets/numbers.js';
import { tokenize } from '../../src/extract/targets/phrases.js';
import { defaultTargetExtractorRules } from '../../src/extract/targets/rules.js';

const rules = defaultTargetExtractorRules().targets;

/** The values read in a sentence, as [value, unit, per, of]. */
function values(text: string) {
  const tokens = tokenize(text);
  return readNumbers(text, tokens, rules, quotedRanges(text, 0, text.length)).map((n) => [n.value, n.unit, n.per, n.of]);
}

describe('parseVietnameseNumber', () => {
  it('reads the decimal comma, the thousands dot and zero padding', () => {
    expect(parseVietnameseNumber('99,6')).toBe(99.6);
    expect(parseVietnameseNumber('40,0')).toBe(40);
    expect(parseVietnameseNumber('1.549')).toBe(1549);
    expect(parseVietnameseNumber('14.660')).toBe(14660);
    expect(parseVietnameseNumber('01')).toBe(1);
  });
  it('refuses outline numbers and dotted dates', () => {
    expect(parseVietnameseNumber('2.1')).toBeNull();
    expect(parseVietnameseNumber('30.08')).toBeNull();
    expect(parseVietnameseNumber('1,2,3')).toBeNull();
  });
});

describe('readNumbers: value forms of the corpus', () => {
  it('percentages with a decimal comma, a space before % and a per-year rate', () => {
    expect(values('99,6% trẻ em trong độ tuổi mẫu giáo')).toEqual([[99.6, 'percent', null, null]]);
    expect(values('giảm trung bình 0,3%/năm')).toEqual([[0.3, 'percent', 'năm', null]]);
    expect(values('thấp còi giảm trung bình 0,2 %/năm')).toEqual([[0.2, 'percent', 'năm', null]]);
    expect(values('40,0% trẻ mẫu giáo')).toEqual([[40, 'percent', null, null]]);
    expect(values('trích lại 5 % kinh phí')).toEqual([[5, 'percent', null, null]]);
  });
  it('counts with zero padding and a thousands dot', () => {
    expect(values('Phấn đấu 01 trường mầm non đạt chuẩn Quốc gia mức độ 2.')).toEqual([[1, 'count', null, null]]);
    expect(values('1.549 nhóm trẻ, lớp mẫu giáo')).toEqual([[1549, 'count', null, null]]);
    expect(values('thành lập mới 3 trường mầm non')).toEqual([[3, 'count', null, null]]);
  });
  it('ratios and counts per unit of time', () => {
    expect(values('Đảm bảo tỷ lệ 2,5 giáo viên nhà trẻ/lớp và 2,2 giáo viên mẫu giáo/lớp.')).toEqual([
      [2.5, 'ratio', 'lớp', null],
      [2.2, 'ratio', 'lớp', null],
    ]);
    expect(values('Mỗi cơ sở GDMN có ít nhất 04 tin bài/tháng/được tuyên truyền')).toEqual([[4, 'count', 'tháng', null]]);
    expect(values('theo dõi sức khỏe ít nhất 01 lần/năm')).toEqual([[1, 'count', 'năm', null]]);
  });
  it('a count out of a total', () => {
    expect(values('Duy trì 17/17 xã, thị trấn đạt chuẩn PCGDMN cho trẻ 5 tuổi.')).toEqual([[17, 'count', null, 17]]);
  });
  it('scale words multiply a count outside quotes', () => {
    expect(values('xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội')).toEqual([[1_000_000, 'count', null, null]]);
  });
});

describe('readNumbers: numbers that are not values', () => {
  it.each([
    ['outline numbers', '2.1. Đối với trẻ em\n1.3.Chất lượng giáo dục trẻ\n3. Rà soát, sắp xếp hệ thống mạng lưới trường'],
    ['dates', 'Công văn số 2635/SGDĐT-GDMN ngày 30/8/2024 (dự kiến tháng 12/2024), tuần 01 tháng 11/2024'],
    ['long dates', 'Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ'],
    ['symbols', 'Nghị định số 105/2020/NĐ-CP; Quyết định số 498 /QĐ-UBND; Kết luận số 51-KL/TƯ'],
    ['year ranges', 'giai đoạn 2025 - 2035, năm học 2024-2025, giai đoạn 2022 – 2030'],
    ['ages', 'trẻ em từ 06 tháng đến 36 tháng tuổi, nhóm trẻ dưới 24 tháng tuổi, trẻ 5 tuổi, trẻ em mẫu giáo từ 3-5 tuổi'],
    ['descriptions', 'Duy trì thực hiện hiệu quả việc dạy học 2 buổi/ngày; quy chuẩn bếp 1 chiều'],
    ['labels', 'chuẩn bị cho trẻ vào lớp 1; đạt chuẩn Quốc gia mức độ 2; đạt chuẩn cấp độ 1 trở lên; giai đoạn 2 chuyên đề; Hội nghị lần thứ 8'],
    ['articles and cited documents by number', 'Điều 7 Nghị định 105/2020/NĐ-CP; theo Thông tư 02, 34; hợp nhất TT 02 và 34; Quyết định 1609 của Thủ tướng'],
    ['a footnote marker', 'sau khi Bộ Xây dựng ban hành bổ sung  [1], Sở Xây dựng rà soát'],
    ['a sum of money', 'hỗ trợ tiền ăn trưa 160.000 đồng/tháng'],
    ['a number inside a quoted title', 'Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp”'],
    ['years', 'theo quy định của Luật Giáo dục năm 2019'],
  ])('%s', (_, text) => {
    expect(values(text)).toEqual([]);
  });
});

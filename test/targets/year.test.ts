import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets/index.js';
import { goals, makeInput } from './input.js';

const years = (body: string, period = { from: 2021, to: 2025 }) => goals(body, { period }).map((t) => [t.value, t.year, t.yearSource]);

describe('deadline year', () => {
  it('stated in the clause', () => {
    expect(years('- 100% xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi vào năm 2027.')).toEqual([[100, 2027, 'clause']]);
    expect(years('Phân đầu đến năm 2030 trên địa bàn toàn tỉnh đạt 100% phòng học được xây dựng kiên cố.')).toEqual([[100, 2030, 'clause']]);
  });

  it('inherited from the lead-in of the sentence', () => {
    expect(years('- Đến năm 2030, có ít nhất 28% trở lên trẻ em trong độ tuổi nhà trẻ và 99,6% trẻ em trong độ tuổi mẫu giáo vùng khó khăn được đến cơ sở Giáo dục mầm non, trong đó có 63% trẻ em được tập trung tăng cường tiếng Việt; 100% các huyện, thành phố triển khai nhân rộng mô hình.')).toEqual([
      [28, 2030, 'lead-in'],
      [99.6, 2030, 'lead-in'],
      [63, 2030, 'lead-in'],
      [100, 2030, 'lead-in'],
    ]);
    expect(years('- Đến năm 2025: Bồi dưỡng 38% trở lên giáo viên biết sử dụng tiếng mẹ đẻ của trẻ.', { from: 2022, to: 2030 })).toEqual([[38, 2025, 'lead-in']]);
    expect(years('- Phấn đấu đến hết năm 2025, 100% giáo viên trong độ tuổi đạt trình độ đào tạo Cao đẳng sư phạm mầm non trở lên, 100% cán bộ quản lý có trình độ Đại học sư phạm trở lên.', { from: 2021, to: 2030 })).toEqual([
      [100, 2025, 'lead-in'],
      [100, 2025, 'lead-in'],
    ]);
  });

  it('inherited from a lead line above a list', () => {
    expect(years('Đến năm 2027, phấn đấu đạt các chỉ tiêu sau:\n- 90% trẻ nhà trẻ được huy động;\n- 100% trẻ 5 tuổi hoàn thành chương trình.')).toEqual([
      [90, 2027, 'lead-in'],
      [100, 2027, 'lead-in'],
    ]);
  });

  const s0 = [
    'I. MỤC TIÊU, CHỈ TIÊU',
    '2. Mục tiêu cụ thể',
    'a) Mục tiêu đến năm 2035',
    '- Đối với trẻ em',
    '+ Tại địa bàn đô thị: 100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng, chăm sóc, giáo dục đảm bảo an toàn.',
    '- Đối với cha mẹ trẻ em',
    'Phấn đấu 100% cha mẹ trẻ em là công nhân làm việc ở khu công nghiệp được phổ biến kiến thức.',
    'b) Định hướng đến năm 2045',
    '- 100% cơ sở giáo dục mầm non đạt chuẩn quốc gia.',
    '',
  ].join('\n');

  it('inherited from the heading that governs it', () => {
    const t = extractTargets(makeInput(s0, { period: { from: 2025, to: 2040 } })).targets;
    expect(t.map((x) => [x.year, x.yearSource])).toEqual([
      [2035, 'heading'],
      [2035, 'heading'],
      [2045, 'heading'],
    ]);
  });

  it('inherited from a labelled line that segmentation did not make a section', () => {
    const input = makeInput(s0, { period: { from: 2025, to: 2040 } });
    input.sections = input.sections.filter((s) => s.level < 4);
    expect(extractTargets(input).targets.map((x) => [x.year, x.yearSource])).toEqual([
      [2035, 'heading'],
      [2035, 'heading'],
      [2045, 'heading'],
    ]);
  });

  it('else the end of the document period (a Công văn for school year 2024-2025)', () => {
    const text = 'II. NHIỆM VỤ CỤ THỂ\n1. Nâng cao chất lượng nuôi dưỡng\na. Chỉ tiêu phấn đấu\n- 100% cơ sở GDMN đạt tiêu chuẩn an toàn, phòng, tránh tai nạn thương tích.\n';
    const t = extractTargets(makeInput(text, { type: 'Công văn', period: { from: 2024, to: 2025 } })).targets;
    expect(t.map((x) => [x.year, x.yearSource])).toEqual([[2025, 'period']]);
    const none = extractTargets(makeInput(text, { period: null })).targets;
    expect(none.map((x) => [x.year, x.yearSource])).toEqual([[null, 'none']]);
  });

  it('null for recurring targets, whatever the wording', () => {
    expect(years('- Hằng năm, 100% trẻ em trong các cơ sở Giáo dục mầm non vùng khó khăn được nuôi dưỡng, chăm sóc, giáo dục theo chương trình.')).toEqual([[100, null, 'recurring']]);
    expect(years('- Hàng năm 100% đội ngũ cán bộ quản lý và giáo viên được bồi dưỡng đạo đức nhà giáo.')).toEqual([[100, null, 'recurring']]);
    expect(years('+ Tại địa bàn có khu công nghiệp: Phấn đấu 100% cán bộ quản lý được bồi dưỡng nâng cao năng lực chuyên môn, nghiệp vụ hằng năm.')).toEqual([[100, null, 'recurring']]);
  });

  it('a rate per year is not recurring', () => {
    expect(years('- duy trì tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân giảm trung bình 0,3%/năm.')).toEqual([[0.3, 2025, 'period']]);
  });

  it('years of a quoted title do not count', () => {
    expect(years('- 100% trường thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm giai đoạn 2021-2025”.', { from: 2024, to: 2030 })).toEqual([[100, 2030, 'period']]);
  });

  it('a baseline takes only a year its sentence states', () => {
    const text = 'I. THỰC TRẠNG\nĐến năm 2020, toàn tỉnh có 150 trường mầm non. Năm học 2022-2023, tỷ lệ huy động trẻ nhà trẻ đạt 31,7%.\n';
    const r = extractTargets(makeInput(text, { date: '2023-09', period: { from: 2023, to: 2030 } }));
    expect(r.targets).toEqual([]);
    expect(r.baselines.map((t) => [t.value, t.year, t.yearSource])).toEqual([
      [150, 2020, 'lead-in'],
      [31.7, 2023, 'lead-in'],
    ]);
    const hiện = extractTargets(makeInput('I. MỤC TIÊU\n- Toàn tỉnh hiện có 179 trường.\n', { period: { from: 2023, to: 2030 } }));
    expect(hiện.baselines.map((t) => [t.value, t.year, t.yearSource])).toEqual([[179, null, 'none']]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets/index.js';
import { brief, goals, makeInput } from './input.js';

const ops = (body: string) => goals(body).map((t) => [t.value, t.comparator]);

describe('comparators (conventions §5.1)', () => {
  it.each([
    ['- Huy động ít nhất 55% trẻ em độ tuổi nhà trẻ.', 55, '>='],
    ['- Tối thiểu 50% cán bộ quản lý, giáo viên là đảng viên.', 50, '>='],
    ['- Bồi dưỡng 38% trở lên giáo viên biết sử dụng tiếng mẹ đẻ của trẻ.', 38, '>='],
    ['- Đến năm 2025, có ít nhất 27% trở lên trẻ em trong độ tuổi nhà trẻ được đến trường.', 27, '>='],
    ['- Tỷ lệ huy động trẻ nhà trẻ thấp nhất là 30%.', 30, '>='],
    ['- Trên 95% trẻ có kỹ năng tự phục vụ phù hợp với độ tuổi.', 95, '>'],
    ['- Các trường sau sáp nhập có không quá 20 nhóm lớp/trường.', 20, '<='],
    ['- Tỷ lệ trẻ suy dinh dưỡng thể thấp còi dưới 5%.', 5, '<'],
    ['- Giảm tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân xuống dưới 5%.', 5, '<'],
    ['- Phấn đấu tăng thêm ít nhất 20% số nhóm trẻ trong cơ sở giáo dục mầm non.', 20, 'increase_by'],
    ['- Giảm 1,5% tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân và thấp còi so với đầu năm học.', 1.5, 'decrease_by'],
    ['- Duy trì 17/17 xã, thị trấn đạt chuẩn PCGDMN cho trẻ 5 tuổi.', 17, 'maintain'],
    ['- Phân đầu đến năm 2030 trên địa bàn toàn tỉnh đạt 100% phòng học được xây dựng kiên cố.', 100, '='],
    ['- Đảm bảo tỷ lệ 2,5 giáo viên nhà trẻ/lớp.', 2.5, '='],
    ['- 100% nhà vệ sinh đạt chuẩn.', 100, '='],
  ])('%s', (body, value, op) => {
    expect(ops(body)).toEqual([[value, op]]);
  });

  it('the nearest cue wins: "duy trì … giảm trung bình 0,3%/năm" is a decrease', () => {
    expect(ops('- duy trì tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân giảm trung bình 0,3%/năm.')).toEqual([[0.3, 'decrease_by']]);
  });

  it('"trở lên" after a level word and "tối thiểu" after the subject do not bind the number', () => {
    expect(ops('- 90% giáo viên mầm non đạt trình độ cao đẳng sư phạm mầm non trở lên.')).toEqual([[90, '=']]);
    expect(ops('- 60% số trường được đánh giá ngoài đạt chuẩn cấp độ 1 trở lên.')).toEqual([[60, '=']]);
    expect(ops('- 98,0% nhóm lớp có đủ ĐDĐCTB tối thiểu theo Thông tư 02, 34.')).toEqual([[98, '=']]);
  });

  it('a bound carries over a bare "và" ("ít nhất 28% trở lên … và 99,6% …"), not over a comma', () => {
    expect(ops('- Đến năm 2030, có ít nhất 28% trở lên trẻ em trong độ tuổi nhà trẻ và 99,6% trẻ em trong độ tuổi mẫu giáo vùng khó khăn được đến cơ sở Giáo dục mầm non.')).toEqual([
      [28, '>='],
      [99.6, '>='],
    ]);
    expect(ops('- Huy động ít nhất 55% trẻ em độ tuổi nhà trẻ, 100% trẻ em độ tuổi mẫu giáo.')).toEqual([
      [55, '>='],
      [100, '='],
    ]);
  });

  it('tolerates runs of spaces and a joined line', () => {
    expect(goals('- Huy động   ít  nhất 55%  trẻ em\nđộ tuổi nhà trẻ.').map(brief)).toEqual([
      { value: 55, unit: 'percent', comparator: '>=', text: 'Huy động ít nhất 55% trẻ em' },
    ]);
  });
});

describe('several targets in one sentence', () => {
  it('a list with a breakdown in parentheses (S1)', () => {
    const t = goals('- Huy động ít nhất 55% trẻ em độ tuổi nhà trẻ, 100% trẻ em độ tuổi mẫu giáo (Tỷ lệ huy động công lập 70%, ngoài công lập 30%). Tiếp tục duy trì chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi.');
    expect(t.map((x) => [x.value, x.text, x.subject])).toEqual([
      [55, 'Huy động ít nhất 55% trẻ em độ tuổi nhà trẻ', 'trẻ em độ tuổi nhà trẻ'],
      [100, '100% trẻ em độ tuổi mẫu giáo', 'trẻ em độ tuổi mẫu giáo'],
      [70, 'Tỷ lệ huy động công lập 70%', 'Tỷ lệ huy động công lập'],
      [30, 'ngoài công lập 30%', 'ngoài công lập'],
    ]);
  });

  it('a breakdown of a total (S2)', () => {
    const t = goals('Phân đầu đến năm 2030 trên địa bàn toàn tỉnh đạt 100% phòng học được xây dựng kiên cố, bán kiên cố (kiên cố 80%, bán kiên cố 20%), xóa bỏ phòng học tạm, học nhờ.');
    expect(t.map((x) => [x.value, x.text])).toEqual([
      [100, 'Phân đầu đến năm 2030 trên địa bàn toàn tỉnh đạt 100% phòng học được xây dựng kiên cố, bán kiên cố'],
      [80, 'kiên cố 80%'],
      [20, 'bán kiên cố 20%'],
    ]);
  });

  it('a list after a colon, separated by semicolons (S4)', () => {
    const t = goals('- Tỷ lệ trẻ huy động đến trường: 80% trẻ mầm non; 100% trẻ 5 tuổi; 45% trẻ nhà trẻ; 98,5% trẻ mẫu giáo.');
    expect(t.map((x) => [x.value, x.text])).toEqual([
      [80, '80% trẻ mầm non'],
      [100, '100% trẻ 5 tuổi'],
      [45, '45% trẻ nhà trẻ'],
      [98.5, '98,5% trẻ mẫu giáo'],
    ]);
  });

  it('subject-first clauses: the subject stands before the value', () => {
    const t = goals('- 100% trẻ đi học được theo dõi sức khỏe, duy trì tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân giảm trung bình 0,3%/năm, tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm trung bình 0,2 %/năm, tỷ lệ trẻ thừa cân béo phì được khống chế.');
    expect(t.map((x) => [x.value, x.per, x.subject])).toEqual([
      [100, null, 'trẻ đi học được theo dõi sức khỏe'],
      [0.3, 'năm', 'tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân'],
      [0.2, 'năm', 'tỷ lệ trẻ em suy dinh dưỡng thể thấp còi'],
    ]);
  });

  it('a list of subject-first clauses joined by commas and "và"', () => {
    const t = goals('- Tỷ lệ huy động trẻ em nhà trẻ đạt 35%, trẻ em mẫu giáo đạt 98% và trẻ em 5 tuổi đạt 99,9%.');
    expect(t.map((x) => [x.value, x.subject])).toEqual([
      [35, 'Tỷ lệ huy động trẻ em nhà trẻ'],
      [98, 'trẻ em mẫu giáo'],
      [99.9, 'trẻ em 5 tuổi'],
    ]);
  });

  it('the verb before a subject-first clause is not part of its subject', () => {
    const t = goals('- Giảm tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân xuống dưới 5%, thể thấp còi xuống dưới 7%.');
    expect(t.map((x) => [x.value, x.comparator, x.subject])).toEqual([
      [5, '<', 'tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân'],
      [7, '<', 'thể thấp còi'],
    ]);
  });

  it('a number inside another target\'s subject is part of it, not a target', () => {
    const t = goals('- 100% trẻ được kiểm tra, theo dõi sức khỏe ít nhất 01 lần/năm và đánh giá tình trạng dinh dưỡng bằng biểu đồ tăng trưởng.\n- 100% bếp ăn được xây dựng và sử dụng đúng quy chuẩn bếp 1 chiều.');
    expect(t.map((x) => x.value)).toEqual([100, 100]);
    expect(t[0]!.text).toContain('ít nhất 01 lần/năm');
  });
});

describe('what is not a target', () => {
  it('a clause that says what must not happen', () => {
    expect(goals('- Không có cơ sở mầm non tư thục hoạt động trái quy định. Không để phát sinh nhóm trẻ tối đa 7 trẻ.')).toEqual([]);
  });

  it('numbers of a quoted programme title', () => {
    const text = 'II. NHIỆM VỤ CỤ THỂ\n- Phối hợp triển khai thực hiện Quyết định số 338/QĐ-TTg ngày 03 tháng 4 năm 2023 của Thủ tướng Chính phủ phê duyệt Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030”.\n';
    expect(extractTargets(makeInput(text))).toEqual({ targets: [], baselines: [] });
  });

  it('outside goals sections a value needs a sign of commitment', () => {
    const text = [
      'II. NHIỆM VỤ GIẢI PHÁP CHỦ YẾU',
      '- Truyền thông thực hiện học tập và làm theo tư tưởng, đạo đức và phong cách Hồ Chí Minh; 02 bộ quy tắc ứng xử của Thành phố.',
      '- Quy hoạch, thiết kế môi trường sáng - xanh - sạch - đẹp - an toàn - thân thiện, đảm bảo 50% diện tích sân vườn là sân cỏ, tận dụng diện tích mặt đất.',
      '- Thực hiện đầy đủ các quy định về công tác y tế trường học. 100% các trường hoàn thiện các điều kiện và hồ sơ trình cơ quan có thẩm quyền.',
      '- Chỉ đạo thực hiện Kế hoạch nâng chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019, phấn đấu đến hết năm 2025, 100% giáo viên trong độ tuổi đạt trình độ đào tạo Cao đẳng sư phạm mầm non trở lên.',
      '- Rà soát, sáp nhập các trường có dưới 5 nhóm lớp; tổ chức 02 lớp tập huấn cho 150 cán bộ quản lý, giáo viên.',
      '- Trên 95% trẻ có kỹ năng tự phục vụ phù hợp với độ tuổi.',
      '- Hàng năm 100% đội ngũ cán bộ quản lý và giáo viên được bồi dưỡng đạo đức nhà giáo.',
    ].join('\n');
    const { targets } = extractTargets(makeInput(text, { period: { from: 2021, to: 2025 } }));
    expect(targets.map((t) => [t.value, t.text])).toEqual([
      [50, 'đảm bảo 50% diện tích sân vườn là sân cỏ, tận dụng diện tích mặt đất'],
      [100, '100% các trường hoàn thiện các điều kiện và hồ sơ trình cơ quan có thẩm quyền'],
      [100, '100% giáo viên trong độ tuổi đạt trình độ đào tạo Cao đẳng sư phạm mầm non trở lên'],
      [95, 'Trên 95% trẻ có kỹ năng tự phục vụ phù hợp với độ tuổi'],
      [100, 'Hàng năm 100% đội ngũ cán bộ quản lý và giáo viên được bồi dưỡng đạo đức nhà giáo'],
    ]);
    expect(targets.every((t) => t.sectionId === 's1')).toBe(true);
  });

  it('a share of a budget in a funding section', () => {
    const text = 'IV. KINH PHÍ THỰC HIỆN\n- 70% kinh phí do ngân sách tỉnh bảo đảm, 30% do ngân sách huyện bố trí.\n';
    const input = makeInput(text);
    input.sections[0]!.kind = 'funding';
    expect(extractTargets(input).targets).toEqual([]);
  });
});

describe('text and subject', () => {
  it('an outline label is not part of the text', () => {
    expect(goals('1. Tỷ lệ huy động trẻ nhà trẻ đạt 35%.').map((t) => [t.text, t.subject])).toEqual([
      ['Tỷ lệ huy động trẻ nhà trẻ đạt 35%', 'Tỷ lệ huy động trẻ nhà trẻ'],
    ]);
    const tasks = extractTargets(makeInput('II. NHIỆM VỤ, GIẢI PHÁP\nc) 100% các trường thực hiện tuyển sinh trực tuyến.\n')).targets;
    expect(tasks.map((t) => t.text)).toEqual(['100% các trường thực hiện tuyển sinh trực tuyến']);
  });

  it('a value alone in parentheses stands for its clause', () => {
    expect(goals('- Huy động trẻ em nhà trẻ đến trường (35%).').map((t) => [t.text, t.subject, t.indicator])).toEqual([
      ['35%', '35%', 'enrol.nursery'],
    ]);
  });
});

describe('baselines are kept apart', () => {
  it('a present-state cue makes a baseline anywhere', () => {
    const r = extractTargets(makeInput('I. MỤC TIÊU\n- Toàn tỉnh hiện có 179 trường mầm non; phấn đấu 100% trường đạt chuẩn quốc gia.\n'));
    expect(r.baselines.map(brief)).toEqual([{ value: 179, unit: 'count', comparator: '=', text: 'Toàn tỉnh hiện có 179 trường mầm non' }]);
    expect(r.targets.map((t) => t.value)).toEqual([100]);
  });

  it('a change states a baseline and the target to reach', () => {
    const r = extractTargets(makeInput('I. MỤC TIÊU\n- Nâng tỷ lệ huy động trẻ nhà trẻ từ 25% (năm 2020) lên 35% vào năm 2025; giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi từ 10% xuống dưới 7%.\n', { period: { from: 2021, to: 2030 } }));
    expect(r.targets.map((t) => [t.value, t.comparator, t.year, t.subject, t.indicator])).toEqual([
      [35, '=', 2025, 'tỷ lệ huy động trẻ nhà trẻ', 'enrol.nursery'],
      [7, '<', 2030, 'tỷ lệ trẻ suy dinh dưỡng thể thấp còi', 'nutrition.stunting'],
    ]);
    expect(r.baselines.map((t) => [t.value, t.subject])).toEqual([
      [25, 'tỷ lệ huy động trẻ nhà trẻ'],
      [10, 'tỷ lệ trẻ suy dinh dưỡng thể thấp còi'],
    ]);
  });

  it('every figure of a status section is a baseline, unless its sentence names a deadline', () => {
    const text = [
      'I. THỰC TRẠNG GIÁO DỤC MẦM NON',
      'Năm học 2022-2023, tỷ lệ huy động đạt 31,7% trẻ nhà trẻ, 97,5% trẻ mẫu giáo.',
      'Tỉnh phấn đấu đến năm 2030 đạt 40% trẻ nhà trẻ.',
    ].join('\n');
    const r = extractTargets(makeInput(text, { period: { from: 2023, to: 2030 } }));
    expect(r.baselines.map((t) => [t.value, t.year, t.indicator])).toEqual([
      [31.7, 2023, 'enrol.nursery'],
      [97.5, 2023, 'enrol.kindergarten'],
    ]);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[40, 2030]]);
  });
});

describe('offsets and sections', () => {
  it('every span points at the text it reports, in the innermost section', () => {
    const text = 'I. MỤC TIÊU\n2. Mục tiêu cụ thể\n-   100% trẻ em   được nuôi dưỡng, chăm sóc, giáo dục theo chương trình.\n';
    const input = makeInput(text);
    const [t] = extractTargets(input).targets;
    expect(t!.text).toBe('100% trẻ em được nuôi dưỡng, chăm sóc, giáo dục theo chương trình');
    expect(text.slice(t!.span[0], t!.span[1])).toBe('100% trẻ em   được nuôi dưỡng, chăm sóc, giáo dục theo chương trình');
    expect(t!.sectionId).toBe('s2');
  });

  it('only the body region is read', () => {
    const text = 'Số: 15/KH-UBND\nI. MỤC TIÊU\n- 100% trẻ em được theo dõi sức khỏe.\nNơi nhận:\n- 100% các đơn vị (để thực hiện);\n';
    const input = makeInput(text);
    input.regions = [
      { kind: 'header', span: [0, 15] },
      { kind: 'body', span: [15, text.indexOf('Nơi nhận')] },
      { kind: 'recipients', span: [text.indexOf('Nơi nhận'), text.length] },
    ];
    expect(extractTargets(input).targets.map((t) => t.text)).toEqual(['100% trẻ em được theo dõi sức khỏe']);
  });
});

describe('negation verbs with a share', () => {
  it('a share right after "xóa" is the commitment; a count in a "không để" clause is not', () => {
    const got = goals('- Xây mới 25 phòng học, xóa 100% phòng học tạm; không để phát sinh nhóm trẻ tối đa 7 trẻ.');
    expect(got.map((t) => `${t.value} ${t.unit} ${t.indicator}`)).toEqual(['25 count school.new', '100 percent facility.classrooms']);
  });
});

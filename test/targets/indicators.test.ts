import { describe, expect, it } from 'vitest';
import { compileIndicators, IndicatorsFile, loadIndicators, resolveIndicatorText } from '../../src/resolve/indicators.js';
import { parseRuleText } from '../../src/rules/load.js';
import { goals } from './input.js';

const index = loadIndicators();
const idOf = (text: string) => resolveIndicatorText(index, text).id;

describe('indicator ids of the preschool pack', () => {
  it('has every core id of spec/indicators.md', () => {
    const core = [
      'enrol.nursery', 'enrol.kindergarten', 'enrol.age5', 'enrol.all', 'enrol.public_share', 'care.programme',
      'care.two_sessions', 'health.checkup', 'nutrition.underweight', 'nutrition.stunting', 'nutrition.kitchen',
      'inclusion.disability', 'language.vietnamese', 'language.english', 'school.national_standard',
      'school.accreditation', 'school.new', 'school.safety', 'school.models', 'facility.classrooms',
      'facility.equipment', 'facility.sanitation', 'staff.qualification', 'staff.standard', 'staff.training',
      'staff.ratio', 'staff.mother_tongue', 'digital.adoption', 'parents.engagement', 'universal.age5',
      'party.membership', 'communication.output',
    ];
    expect([...index.ids].sort()).toEqual([...core].sort());
  });

  it.each([
    ['Huy động ít nhất 55% trẻ em độ tuổi nhà trẻ', 'enrol.nursery'],
    ['99% trở lên trẻ em trong độ tuổi mẫu giáo vùng khó khăn được đến cơ sở Giáo dục mầm non', 'enrol.kindergarten'],
    ['100% trẻ 5 tuổi học 2 buổi/ngày và hoàn thành chương trình GDMN', 'enrol.age5'],
    ['huy động 95% trẻ mầm non đến trường', 'enrol.all'],
    ['Tỷ lệ huy động công lập 70%', 'enrol.public_share'],
    ['100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng, chăm sóc, giáo dục đảm bảo an toàn', 'care.programme'],
    ['100% nhóm, lớp mầm non được học 2 buổi/ngày và ăn bán trú', 'care.two_sessions'],
    ['100% trẻ được kiểm tra, theo dõi sức khoẻ ít nhất 01 lần/năm', 'health.checkup'],
    ['Giảm 1,5% tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân và thấp còi', 'nutrition.underweight'],
    ['tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm trung bình 0,2 %/năm', 'nutrition.stunting'],
    ['100% bếp ăn được xây dựng và sử dụng đúng quy chuẩn bếp 1 chiều', 'nutrition.kitchen'],
    ['85% trẻ mầm non khuyết tật được học hoà nhập', 'inclusion.disability'],
    ['38% trẻ em được tập trung tăng cường tiếng Việt trên cơ sở tiếng mẹ đẻ', 'language.vietnamese'],
    ['40,0% trẻ mẫu giáo được làm quen với tiếng Anh', 'language.english'],
    ['ít nhất 30% trường mầm non đạt chuẩn quốc gia mức độ 2', 'school.national_standard'],
    ['83,0% số trường mầm non hoàn thành tự đánh giá kiểm định chất lượng giáo dục', 'school.accreditation'],
    ['Phấn đấu thành lập mới 3 trường mầm non trên địa bàn Huyện', 'school.new'],
    ['tăng thêm ít nhất 10% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi', 'school.new'],
    ['100% cơ sở GDMN đạt tiêu chuẩn an toàn, phòng, tránh tai nạn thương tích', 'school.safety'],
    ['100% các huyện, thành phố có mô hình về tăng cường tiếng Việt trên cơ sở tiếng mẹ đẻ của trẻ', 'school.models'],
    ['100% phòng học kiên cố, không còn phòng học xuống cấp', 'facility.classrooms'],
    ['98,0% nhóm lớp có đủ ĐDĐCTB tối thiểu', 'facility.equipment'],
    ['100% nhà vệ sinh đạt chuẩn', 'facility.sanitation'],
    ['90% giáo viên mầm non đạt trình độ cao đẳng sư phạm mầm non trở lên', 'staff.qualification'],
    ['100% cán bộ quản lý đạt chuẩn Hiệu trưởng', 'staff.standard'],
    ['Hàng năm 100% đội ngũ cán bộ quản lý và giáo viên được bồi dưỡng đạo đức nhà giáo', 'staff.training'],
    ['Đảm bảo tỷ lệ 2,5 giáo viên nhà trẻ/lớp', 'staff.ratio'],
    ['Bồi dưỡng 38% trở lên giáo viên biết sử dụng tiếng mẹ đẻ của trẻ', 'staff.mother_tongue'],
    ['100% các trường MN thực hiện quản lý nguồn thu không dung tiền mặt', 'digital.adoption'],
    ['100% phụ huynh tham gia phối hợp thực hiện công tác chăm sóc, nuôi dưỡng, giáo dục trẻ', 'parents.engagement'],
    ['Duy trì 17/17 xã, thị trấn đạt chuẩn PCGDMN cho trẻ 5 tuổi', 'universal.age5'],
    ['100% trường mầm non công lập có chi bộ đảng', 'party.membership'],
    ['Mỗi cơ sở GDMN có ít nhất 04 tin bài/tháng', 'communication.output'],
    ['Trên 95% trẻ có kỹ năng tự phục vụ phù hợp với độ tuổi', null],
    ['đảm bảo 50% diện tích sân vườn là sân cỏ', null],
  ])('%s → %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it('tone-mark placement and case do not matter', () => {
    expect(idOf('85% TRẺ MẦM NON KHUYẾT TẬT ĐƯỢC HỌC HÒA NHẬP')).toBe('inclusion.disability');
    expect(resolveIndicatorText(index, '100% trẻ được theo dõi sức khoẻ').cue).toBe('theo dõi sức khỏe');
  });
});

describe('indicators in context', () => {
  const ids = (body: string) => goals(body).map((t) => [t.value, t.indicator, t.indicatorCue]);

  it('what is measured outranks the group counted', () => {
    expect(ids('- 85% trẻ mầm non khuyết tật được học hòa nhập; 40,0% trẻ mẫu giáo được làm quen với tiếng Anh trong các cơ sở GDMN.')).toEqual([
      [85, 'inclusion.disability', 'khuyết tật'],
      [40, 'language.english', 'làm quen với tiếng anh'],
    ]);
  });

  it('a lead-in before a colon names what a bare group is counted for', () => {
    expect(ids('- Tỷ lệ trẻ huy động đến trường: 80% trẻ mầm non; 100% trẻ 5 tuổi; 45% trẻ nhà trẻ; 98,5% trẻ mẫu giáo.')).toEqual([
      [80, 'enrol.all', 'huy động … trẻ mầm non'],
      [100, 'enrol.age5', 'huy động … 5 tuổi'],
      [45, 'enrol.nursery', 'huy động … nhà trẻ'],
      [98.5, 'enrol.kindergarten', 'huy động … mẫu giáo'],
    ]);
    expect(ids('- Tỷ lệ huy động trẻ em đến trường: nhà trẻ đạt 35%, mẫu giáo đạt 95%; riêng trẻ em 5 tuổi đạt 99,5%.')).toEqual([
      [35, 'enrol.nursery', 'huy động … nhà trẻ'],
      [95, 'enrol.kindergarten', 'huy động … mẫu giáo'],
      [99.5, 'enrol.age5', 'huy động … 5 tuổi'],
    ]);
  });

  it('an elliptical clause takes the indicator of the clause before it', () => {
    expect(ids('- 100% cán bộ quản lý đạt chuẩn Hiệu trưởng, 100% giáo viên đạt chuẩn nghề nghiệp, ít nhất 90% mức độ khá trở lên.')).toEqual([
      [100, 'staff.standard', 'chuẩn hiệu trưởng'],
      [100, 'staff.standard', 'chuẩn nghề nghiệp'],
      [90, 'staff.standard', 'chuẩn nghề nghiệp'],
    ]);
  });
});

describe('indicators.yaml can grow', () => {
  it('a new sector pack assigns its own ids', () => {
    const file = IndicatorsFile.parse({
      packs: [{ name: 'health', indicators: [{ id: 'health.vaccination', label: 'children fully vaccinated', cues: ['tiêm chủng đầy đủ'] }] }],
    });
    expect(resolveIndicatorText(compileIndicators(file), '95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ').id).toBe('health.vaccination');
  });

  it('a duplicate id is reported with its line', () => {
    const yaml = 'packs:\n  - name: a\n    indicators:\n      - { id: x.one, label: one }\n      - { id: x.one, label: again }\n';
    expect(() => parseRuleText(yaml, 'indicators.yaml', IndicatorsFile)).toThrow(/indicators\.yaml:5:\d+: duplicate indicator id x\.one/);
  });
});

import { describe, expect, it } from 'vitest';
import { AgencyRulesFile, compileGazetteer, resolveAgency } from '../../src/resolve/agencies.js';
import { parseRuleText, RuleFileError } from '../../src/rules/load.js';

const canonical = (name: string, level: string | null = 'province'): string | null => resolveAgency(name, { level })?.canonical ?? null;

describe('resolveAgency: spellings of one agency', () => {
  // Every left-hand side is written so in the corpus or in its Nơi nhận blocks.
  it.each([
    ['Sở GDĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['SGDĐT', 'Sở Giáo dục và Đào tạo'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['Sở Kế hoạch Đầu tư', 'Sở Kế hoạch và Đầu tư'],
    ['Sở Kế hoạch đầu tư', 'Sở Kế hoạch và Đầu tư'],
    ['Sở Thông tin truyền thông', 'Sở Thông tin và Truyền thông'],
    ['Sở Tư Pháp', 'Sở Tư pháp'],
    ['Sở Lao động – Thương binh và Xã Hội', 'Sở Lao động - Thương binh và Xã hội'],
    ['Phòng Tài chính-Kế hoạch', 'Phòng Tài chính - Kế hoạch'],
    ['phòng Tài chính – Kế hoạch', 'Phòng Tài chính - Kế hoạch'],
    ['Phòng GD&ĐT', 'Phòng Giáo dục và Đào tạo'],
    ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Phòng Giáo dục và Đào tạo'],
    ['Đài PT-TH Lai Châu', 'Đài Phát thanh và Truyền hình'],
    ['Đài phát thanh và truyền hình tỉnh', 'Đài Phát thanh và Truyền hình'],
    ['UBMTTQVN tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
    ['Ủy ban mặt trận tổ quốc Việt Nam tỉnh Lai Châu', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
    ['Hội phụ nữ', 'Hội Liên hiệp Phụ nữ'],
    ['Đoàn Thanh niên', 'Tỉnh đoàn'],
    ['Bộ GD&ĐT', 'Bộ Giáo dục và Đào tạo'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
  ])('%s → %s', (written, name) => {
    expect(canonical(written)).toBe(name);
  });

  it('ignores tone style: Uỷ/Ủy, hoá/hóa', () => {
    expect(canonical('Uỷ ban nhân dân tỉnh')).toBe('Ủy ban nhân dân');
    expect(canonical('Sở Văn hoá, Thể thao và Du lịch')).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('keeps the name as written', () => {
    expect(resolveAgency('Sở Lao động – Thương binh và Xã Hội')?.asWritten).toBe('Sở Lao động – Thương binh và Xã Hội');
  });
});

describe('resolveAgency: groups', () => {
  it.each([
    ['UBND các xã, phường', 'Ủy ban nhân dân cấp xã', 'commune'],
    ['Ủy ban nhân dân các xã, thị trấn', 'Ủy ban nhân dân cấp xã', 'commune'],
    ['UBND xã, thị trấn', 'Ủy ban nhân dân cấp xã', 'commune'],
    ['UBND các huyện, thành phố', 'Ủy ban nhân dân cấp huyện', 'district'],
    ['Ủy ban nhân dân các huyện/thành phố', 'Ủy ban nhân dân cấp huyện', 'district'],
    ['UBND huyện, thành phố', 'Ủy ban nhân dân cấp huyện', 'district'],
    ['UBND cấp huyện', 'Ủy ban nhân dân cấp huyện', 'district'],
    ['Phòng GDĐT các huyện, thành phố', 'Phòng Giáo dục và Đào tạo', 'district'],
    ['các trường mầm non', 'Trường mầm non', null],
    ['Hiệu trưởng các trường Mầm non', 'Trường mầm non', null],
    ['cơ sở GDMN', 'Trường mầm non', null],
    ['Chủ các Nhóm lớp Mầm non độc lập', 'Nhóm trẻ, lớp mẫu giáo độc lập tư thục', null],
  ])('%s → %s', (written, name, level) => {
    const r = resolveAgency(written, {});
    expect(r?.canonical).toBe(name);
    expect(r?.level).toBe(level);
  });

  it('keeps a plural without units as the body itself: "UBND các cấp"', () => {
    expect(resolveAgency('UBND các cấp')).toMatchObject({ canonical: 'Ủy ban nhân dân', locality: null });
  });
});

describe('resolveAgency: locality', () => {
  it('drops the locality from the name and keeps it apart', () => {
    expect(resolveAgency('Ban Dân tộc tỉnh')).toMatchObject({ canonical: 'Ban Dân tộc', locality: 'tỉnh', level: 'province' });
    expect(resolveAgency('Ủy ban mặt trận tổ quốc Việt Nam tỉnh Lai Châu')).toMatchObject({ locality: 'tỉnh Lai Châu' });
    expect(resolveAgency('Đài PT-TH Lai Châu')).toMatchObject({ locality: 'Lai Châu' });
    expect(resolveAgency('UBND HUYỆN AN LÃO')).toMatchObject({ canonical: 'Ủy ban nhân dân', locality: 'HUYỆN AN LÃO', level: 'district' });
  });

  it('reads "thành phố" from the document: the parent city in a district document, a city elsewhere', () => {
    expect(resolveAgency('UBND thành phố', { level: 'district' })?.level).toBe('province');
    expect(resolveAgency('UBND thành phố', { level: 'province' })?.level).toBe('district');
  });

  it('takes the level of a body of any level from the document', () => {
    expect(resolveAgency('UBND', { level: 'district' })?.level).toBe('district');
    expect(resolveAgency('Sở Tài chính', { level: 'district' })?.level).toBe('province');
  });
});

describe('resolveAgency: names not in the gazetteer', () => {
  it('accepts a head word followed by a capital', () => {
    expect(resolveAgency('Sở Ngoại vụ tỉnh Lai Châu')).toMatchObject({ canonical: 'Sở Ngoại vụ', locality: 'tỉnh Lai Châu', kind: 'Sở' });
    expect(resolveAgency('Báo Ninh Thuận')).toMatchObject({ canonical: 'Báo Ninh Thuận', kind: 'báo/đài' });
    expect(resolveAgency('Ban Quản lý rừng phòng hộ huyện Mường Tè')).toMatchObject({ canonical: 'Ban Quản lý rừng phòng hộ', locality: 'huyện Mường Tè', level: 'district' });
  });

  it('keeps the own name of a school, which is not a locality (S4: "trường MN Quang Hưng")', () => {
    expect(resolveAgency('trường MN Quang Hưng')).toMatchObject({ canonical: 'Trường mầm non Quang Hưng', locality: null });
    expect(resolveAgency('Đài PT-TH Lai Châu')).toMatchObject({ canonical: 'Đài Phát thanh và Truyền hình', locality: 'Lai Châu' });
  });

  it('drops office holders before the body ("Bộ trưởng Bộ GD&ĐT", "TT.HĐND tỉnh", "PCT UBND huyện")', () => {
    expect(canonical('Bộ trưởng Bộ GD&ĐT')).toBe('Bộ Giáo dục và Đào tạo');
    expect(canonical('TT.HĐND tỉnh')).toBe('Hội đồng nhân dân');
    expect(canonical('PCT UBND huyện')).toBe('Ủy ban nhân dân');
  });

  it('finds no agency in generic phrases', () => {
    expect(resolveAgency('Các phòng, ban, ngành, đơn vị liên quan')).toBeNull();
    expect(resolveAgency('các đoàn thể và các tổ chức xã hội - nghề nghiệp các cấp')).toBeNull();
    expect(resolveAgency('Các đơn vị có liên quan.')).toBeNull();
    expect(resolveAgency('Các chuyên gia')).toBeNull();
  });
});

describe('agency rules are data', () => {
  const base = `
units: [{ word: tỉnh, level: province }]
plurals: [các]
titles: [Giám đốc]
heads: [{ word: Sở, kind: Sở, level: province }]
notNames: []
agencies:
  - { name: Sở Nội vụ, kind: Sở, level: province }
`;

  it('an alias added in YAML is resolved', () => {
    const without = compileGazetteer(parseRuleText(base, 'agencies.yaml', AgencyRulesFile));
    expect(resolveAgency('SNV', {}, without)).toBeNull();
    const withAlias = compileGazetteer(parseRuleText(base.replace('level: province }\n', 'level: province, aliases: [SNV] }\n'), 'agencies.yaml', AgencyRulesFile));
    expect(resolveAgency('SNV tỉnh', {}, withAlias)).toMatchObject({ canonical: 'Sở Nội vụ', locality: 'tỉnh' });
  });

  it('a spelling claimed by two agencies fails loading and names both', () => {
    const text = base + '  - { name: Ban Tổ chức, kind: Ban, aliases: [Sở Nội vụ] }\n';
    const rules = parseRuleText(text, 'agencies.yaml', AgencyRulesFile);
    expect(() => compileGazetteer(rules, 'agencies.yaml', text)).toThrow(RuleFileError);
    expect(() => compileGazetteer(rules, 'agencies.yaml', text)).toThrow(/Sở Nội vụ.*Ban Tổ chức|Ban Tổ chức.*Sở Nội vụ/);
  });

  it('an unknown key is reported with its line', () => {
    const bad = base.replace('name: Sở Nội vụ, kind: Sở, level', 'name: Sở Nội vụ, kind: Sở, levle');
    expect(() => parseRuleText(bad, 'agencies.yaml', AgencyRulesFile)).toThrow(/agencies\.yaml:8/);
  });
});

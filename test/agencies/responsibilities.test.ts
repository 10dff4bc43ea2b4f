import { describe, expect, it } from 'vitest';
import type { Responsibility } from '../../src/contract/schema.js';
import { roleOf } from '../../src/extract/responsibilities/duties.js';
import { extractResponsibilities, loadResponsibilityRules } from '../../src/extract/responsibilities/index.js';
import { makeInput } from './input.js';
import { S0_ORGANIZATION, S1_ORGANIZATION, S2_ORGANIZATION_END, S4_ORGANIZATION } from './snippets.js';

const roles = (list: Responsibility[]): [string, string][] => list.map((r) => [r.agency, r.role]);
const byAgency = (list: Responsibility[], agency: string): Responsibility => list.find((r) => r.agency === agency)!;
const rules = loadResponsibilityRules().roles;

describe('extractResponsibilities: organization sections of the corpus', () => {
  it('S0: one responsibility per agency part, with its role', () => {
    const list = extractResponsibilities(makeInput(S0_ORGANIZATION, { type: 'Kế hoạch', issuer: 'Ủy ban nhân dân tỉnh Gia Lai', level: 'province' }));
    expect(roles(list)).toEqual([
      ['Sở Giáo dục và Đào tạo', 'lead'], // "Là cơ quan thường trực …"
      ['Sở Nội vụ', 'coordinate'],
      ['Sở Tài chính', 'lead'],
      ['Sở Y tế', 'coordinate'],
      ['Sở Văn hóa, Thể thao và Du lịch', 'coordinate'],
      ['Sở Xây dựng', 'implement'],
      ['Liên đoàn Lao động', 'requested'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'requested'], // "các đoàn thể …" in the same heading is generic
      ['Ủy ban nhân dân cấp xã', 'implement'],
    ]);
  });

  it('S0: duties per bullet, the lead-in line kept, the closing paragraph left out', () => {
    const list = extractResponsibilities(makeInput(S0_ORGANIZATION, { level: 'province' }));
    const xa = byAgency(list, 'Ủy ban nhân dân cấp xã');
    expect(xa.duties).toHaveLength(7);
    expect(xa.duties[0]).toBe('Chịu trách nhiệm toàn diện về thực hiện Kế hoạch trên địa bàn theo phân cấp quản lý, cụ thể:');
    expect(xa.duties.join(' ')).not.toMatch(/Trong quá trình thực hiện/);
    expect(xa).toMatchObject({ asWritten: 'Ủy ban nhân dân các xã, phường', locality: 'các xã, phường' });
    expect(byAgency(list, 'Sở Giáo dục và Đào tạo').duties).toHaveLength(5);
  });

  it('S0: partners are the agencies it works with, not those it reports to', () => {
    const list = extractResponsibilities(makeInput(S0_ORGANIZATION, { issuer: 'Ủy ban nhân dân tỉnh Gia Lai', level: 'province' }));
    expect(byAgency(list, 'Sở Nội vụ').partners).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(byAgency(list, 'Sở Tài chính').partners).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(byAgency(list, 'Sở Giáo dục và Đào tạo').partners).toEqual(['Ủy ban nhân dân cấp xã']);
  });

  it('S1: numbering that restarts, a generic heading, a paragraph split into sentences', () => {
    const list = extractResponsibilities(makeInput(S1_ORGANIZATION, { level: 'district' }));
    expect(roles(list)).toEqual([
      ['Phòng Giáo dục và Đào tạo', 'lead'],
      ['Phòng Nội vụ', 'lead'],
      ['Phòng Tài chính - Kế hoạch', 'coordinate'], // "Phối hợp …. Chịu trách nhiệm …": half coordinate
      ['Ban Quản lý dự án đầu tư xây dựng', 'coordinate'],
      ['Ủy ban nhân dân cấp xã', 'implement'], // opens with "Phối hợp" but does three things alone
      ['Trường mầm non', 'implement'],
      ['Nhóm trẻ, lớp mẫu giáo độc lập tư thục', 'implement'],
    ]);
    expect(byAgency(list, 'Phòng Tài chính - Kế hoạch').duties).toHaveLength(2);
    expect(byAgency(list, 'Ban Quản lý dự án đầu tư xây dựng').partners).toEqual(['Phòng Giáo dục và Đào tạo', 'Phòng Tài chính - Kế hoạch']);
    expect(byAgency(list, 'Nhóm trẻ, lớp mẫu giáo độc lập tư thục').duties).toHaveLength(2); // "Trên đây là …" left out
    // "Phối hợp với UBND xã, thị trấn quản lí tốt nhóm trẻ, lớp mẫu giáo …": the object managed is no partner
    expect(byAgency(list, 'Trường mầm non').partners).toEqual(['Ủy ban nhân dân cấp xã']);
  });

  it('S2: a "Đề nghị" heading naming five bodies gives five requested responsibilities', () => {
    const list = extractResponsibilities(makeInput(S2_ORGANIZATION_END, { level: 'province' }));
    expect(roles(list)).toEqual([
      ['Sở Thông tin và Truyền thông', 'lead'],
      ['Đài Phát thanh và Truyền hình', 'implement'],
      ['Ủy ban nhân dân cấp huyện', 'implement'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'requested'],
      ['Bộ Chỉ huy Bộ đội Biên phòng', 'requested'],
      ['Tỉnh đoàn', 'requested'],
      ['Hội Liên hiệp Phụ nữ', 'requested'],
      ['Hội Khuyến học', 'requested'],
    ]);
    const hoi = byAgency(list, 'Hội Khuyến học');
    expect(hoi.locality).toBe('tỉnh');
    // the closing "Căn cứ nội dung Kế hoạch này …" and the Nơi nhận block are not duties
    expect(hoi.duties.join(' ')).not.toMatch(/Căn cứ nội dung|Nơi nhận|Lưu: VT/);
    expect(hoi.duties[0]).toMatch(/^Theo chức năng, nhiệm vụ của đơn vị/);
  });

  it('S4: a Công văn that leaves the work to "các đơn vị" assigns it to its addressees', () => {
    const meta = { type: 'Công văn', level: 'district' as const, recipients: ['Hiệu trưởng các trường Mầm non', 'Chủ các Nhóm lớp Mầm non độc lập'] };
    const list = extractResponsibilities(makeInput(S4_ORGANIZATION, meta));
    expect(roles(list)).toEqual([
      ['Trường mầm non', 'implement'],
      ['Nhóm trẻ, lớp mẫu giáo độc lập tư thục', 'implement'],
    ]);
    expect(list[0]!.duties[0]).toMatch(/^xây dựng kế hoạch cụ thể đối với GDMN/);
    expect(list[0]!.duties.join(' ')).not.toMatch(/Nơi nhận|PCT UBND/);
    // the same section in a Kế hoạch assigns nothing to anyone
    expect(extractResponsibilities(makeInput(S4_ORGANIZATION, { ...meta, type: 'Kế hoạch' }))).toEqual([]);
  });
});

describe('extractResponsibilities: other layouts', () => {
  it('reads agency parts written inline as "Agency: duties"', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '- Sở Y tế: Phối hợp với Sở GDĐT chỉ đạo hệ thống y tế cơ sở.',
      '- Các trường mầm non: Xây dựng kế hoạch thực hiện nhiệm vụ năm học. Thực hiện chế độ báo cáo.',
      '- Các phòng, ban liên quan: Căn cứ chức năng, nhiệm vụ phối hợp thực hiện.',
    ].join('\n');
    const list = extractResponsibilities(makeInput(text, { level: 'district' }));
    expect(roles(list)).toEqual([
      ['Sở Y tế', 'coordinate'],
      ['Trường mầm non', 'implement'],
    ]);
    expect(list[1]!.duties).toEqual(['Xây dựng kế hoạch thực hiện nhiệm vụ năm học.', 'Thực hiện chế độ báo cáo.']);
  });

  it('reads an elliptical heading: "Giám đốc các Sở: Y tế, Tài chính"', () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Giám đốc các Sở: Y tế, Tài chính\n- Phối hợp với Sở Giáo dục và Đào tạo triển khai Kế hoạch.';
    expect(roles(extractResponsibilities(makeInput(text)))).toEqual([
      ['Sở Y tế', 'coordinate'],
      ['Sở Tài chính', 'coordinate'],
    ]);
  });

  it('stops at Nơi nhận and at the regions that follow the body', () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Tham mưu UBND tỉnh tuyển dụng giáo viên.\nNơi nhận:\n- Như trên;\n- Lưu: VT.';
    const list = extractResponsibilities(makeInput(text));
    expect(list[0]!.duties).toEqual(['Tham mưu UBND tỉnh tuyển dụng giáo viên.']);
  });
});

describe('roleOf', () => {
  it('lead when a duty or one of its clauses starts with a lead cue', () => {
    expect(roleOf(false, ['Tham mưu UBND huyện tuyển dụng.', 'Là cơ quan thường trực, chủ trì phối hợp với các phòng, ngành.'], rules)).toBe('lead');
    expect(roleOf(false, ['Chủ trì Phối hợp với Ban Dân tộc nghiên cứu.'], rules)).toBe('lead');
  });

  it('not lead when "chủ trì" names another body ("phối hợp với đơn vị chủ trì")', () => {
    expect(roleOf(false, ['Phối hợp với đơn vị chủ trì tổ chức tuyên truyền.'], rules)).toBe('coordinate');
  });

  it('coordinate when the duties open with "phối hợp" and at least half of them do', () => {
    expect(roleOf(false, ['Phối hợp với Sở GDĐT kiểm tra.', 'Hằng năm, tham mưu UBND tỉnh.', 'Phối hợp với các đơn vị liên quan.'], rules)).toBe('coordinate');
    expect(roleOf(false, ['Phối hợp với phòng GDĐT tuyên truyền.', 'Triển khai kế hoạch.', 'Thực hiện tốt công tác quản lí.', 'Thực hiện chế độ báo cáo.'], rules)).toBe('implement');
    expect(roleOf(false, ['Trên cơ sở các quy chuẩn, phối hợp với các đơn vị liên quan.'], rules)).toBe('implement');
  });

  it('requested overrides the duties', () => {
    expect(roleOf(true, ['Chủ trì tuyên truyền.'], rules)).toBe('requested');
  });

  it('reads the verb after the agency\'s own name: "Sở Xây dựng chủ trì, phối hợp …"', () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng\nSở Xây dựng chủ trì, phối hợp với các đơn vị liên quan rà soát quỹ đất.';
    expect(roles(extractResponsibilities(makeInput(text)))).toEqual([['Sở Xây dựng', 'lead']]);
  });
});

describe('headings and duties in other words', () => {
  it('reads "Trách nhiệm của …" headings and the role a heading note gives', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Trách nhiệm của Sở Giáo dục và Đào tạo (cơ quan thường trực)',
      '- Hướng dẫn các cơ sở giáo dục mầm non triển khai Kế hoạch.',
      '2. Sở Y tế',
      'Sở Y tế có trách nhiệm phối hợp với Sở Giáo dục và Đào tạo kiểm tra an toàn thực phẩm.',
    ].join('\n');
    expect(roles(extractResponsibilities(makeInput(text)))).toEqual([
      ['Sở Giáo dục và Đào tạo', 'lead'],
      ['Sở Y tế', 'coordinate'],
    ]);
  });
});

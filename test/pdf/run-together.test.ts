import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceOffset } from '../../src/document/mapped-text.js';
import { createDoc } from '../../src/document/vdoc.js';
import { loadRunTogetherRules, splitPoints, splitRunTogether } from '../../src/normalize/run-together.js';
import { DEFAULT_RULES_DIR, RuleFileError } from '../../src/rules/load.js';

const rules = loadRunTogetherRules();
const split = (line: string) => {
  const cuts = splitPoints(line, rules);
  return [0, ...cuts].map((at, i) => line.slice(at, cuts[i]).trim());
};

describe('split run-together lines', () => {
  it('splits the lines document 004’s PDF ran together', () => {
    expect(split('Độc lập - Tự do - Hạnh phúc An Lão, ngày tháng 9 năm 2024')).toEqual(['Độc lập - Tự do - Hạnh phúc', 'An Lão, ngày tháng 9 năm 2024']);
    expect(split('- Chủ các Nhóm lớp Mầm non độc lập. Thực hiện Công văn số 2635/SGDĐT-GDMN ngày')).toEqual([
      '- Chủ các Nhóm lớp Mầm non độc lập.',
      'Thực hiện Công văn số 2635/SGDĐT-GDMN ngày',
    ]);
    expect(split('III. TỔ CHỨC THỰC HIỆN Căn cứ vào hướng dẫn nhiệm vụ năm học của Phòng GD&ĐT, đặc')).toEqual([
      'III. TỔ CHỨC THỰC HIỆN',
      'Căn cứ vào hướng dẫn nhiệm vụ năm học của Phòng GD&ĐT, đặc',
    ]);
    expect(split('KT. TRƯỞNG PHÒNG PHÓ RƯỞNG PHÒNG Nguyễn Thị Thu Hương')).toEqual(['KT. TRƯỞNG PHÒNG', 'PHÓ RƯỞNG PHÒNG', 'Nguyễn Thị Thu Hương']);
  });

  it('splits the other header and signature shapes of the conventions', () => {
    expect(split('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lâm Hải Giang')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lâm Hải Giang']);
    expect(split('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc')).toEqual(['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc']);
    expect(split('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('leaves whole lines alone', () => {
    for (const line of [
      '1. Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ',
      'I. MỤC TIÊU, CHỈ TIÊU',
      '2. UBND TỈNH Gia Lai chỉ đạo',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      '- Lưu: VT, KGVX V7.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Độc lập - Tự do - Hạnh phúc',
      'Thực hiện Công văn số 2635/SGDĐT-GDMN ngày 30/8/2024 của Sở Giáo dục và Đào tạo. Căn cứ tình hình thực tế',
    ]) {
      expect(splitPoints(line, rules), line).toEqual([]);
    }
  });

  it('works on PDF text only, keeping where each character came from', () => {
    const source = 'KT. TRƯỞNG PHÒNG PHÓ RƯỞNG PHÒNG Nguyễn Thị Thu Hương\n';
    const pdf = splitRunTogether(createDoc({ path: 'x.pdf', sha256: 'x', format: 'pdf', source }), rules);
    expect(pdf.mapped.text).toBe('KT. TRƯỞNG PHÒNG\nPHÓ RƯỞNG PHÒNG\nNguyễn Thị Thu Hương\n');
    expect(sourceOffset(pdf.mapped, pdf.mapped.text.indexOf('Nguyễn'))).toBe(source.indexOf('Nguyễn'));
    const txt = splitRunTogether(createDoc({ path: 'x.txt', sha256: 'x', format: 'txt', source }), rules);
    expect(txt.mapped.text).toBe(source);
  });

  it('refuses a broken rule file, naming it and the line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanban-rules-'));
    const text = readFileSync(path.join(DEFAULT_RULES_DIR, 'run-together.yaml'), 'utf8').replace('signatureMarks: [TM, KT, TL, TUQ, Q]', 'signatureMarks: [TM., kt]');
    writeFileSync(path.join(dir, 'run-together.yaml'), text);
    expect(() => loadRunTogetherRules(dir)).toThrow(RuleFileError);
    expect(() => loadRunTogetherRules(dir)).toThrow(/run-together\.yaml:\d+:\d+: .*capitals/);
  });
});

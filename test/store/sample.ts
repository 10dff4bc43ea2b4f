/**
 * A hand-made extraction of lines copied from corpus/000 (Quyết định 2458/QĐ-UBND of Gia Lai),
 * with every kind of item and every optional field, valid against the contract schema.
 */
import type { Extraction, Span } from '../../src/contract/schema.js';

export const SAMPLE_LINES = [
  'Số: 2458/QĐ-UBND',
  'Gia Lai, ngày 31 tháng 10 năm 2025',
  'QUYẾT ĐỊNH',
  'Căn cứ Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ phê duyệt Chương trình “Nâng cao chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp giai đoạn 2025-2035, định hướng đến năm 2045”;',
  'I. MỤC TIÊU, CHỈ TIÊU',
  '+ Tại địa bàn đô thị: 100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng, chăm sóc, giáo dục đảm bảo an toàn, đáp ứng yêu cầu theo chương trình giáo dục mầm non phù hợp với điều kiện thực tiễn.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Giáo dục và Đào tạo',
  '- Là cơ quan thường trực giúp UBND tỉnh chỉ đạo triển khai thực hiện Kế hoạch.',
  '- Xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ quản lý, giáo viên, nhân viên đảm bảo về số lượng và chất lượng.',
  'Lâm Hải Giang',
];

export const SAMPLE_TEXT = SAMPLE_LINES.join('\n');

/** The span of the first occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string): Span {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in sample: ${needle}`);
  return [i, i + needle.length];
}

export function sampleExtraction(opts: { path?: string; sha256?: string; text?: string } = {}): Extraction {
  const text = opts.text ?? SAMPLE_TEXT;
  const at = (needle: string) => spanOf(text, needle);
  const goals = at(SAMPLE_LINES[4]!);
  const org = at(SAMPLE_LINES[6]!);
  const sgd = at(SAMPLE_LINES[7]!);
  const mention = at('Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025');
  const target = at('100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng');
  return {
    schemaVersion: 1,
    source: { path: opts.path ?? 'corpus/000_sample.txt', sha256: opts.sha256 ?? 'a'.repeat(64), format: 'txt' },
    text,
    document: {
      type: 'Quyết định',
      number: '2458',
      symbol: '2458/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      province: 'Gia Lai',
      level: 'province',
      place: 'Gia Lai',
      date: '2025-10-31',
      title: 'VỀ VIỆC BAN HÀNH KẾ HOẠCH',
      period: { from: 2025, to: 2035 },
      signer: 'Lâm Hải Giang',
      signerTitle: 'TM. ỦY BAN NHÂN DÂN',
      // optional fields set to null must read back as null, not as absent
      parentBody: null,
      attachedTo: null,
      recipients: ['Như Điều 2'],
      key: '2458/QĐ-UBND|2025',
    },
    sections: [
      { id: 's1', parentId: null, level: 1, label: 'I', heading: 'MỤC TIÊU, CHỈ TIÊU', kind: 'goals', span: [goals[0], org[0]], loc: { line: 5, column: 1, endLine: 6, endColumn: 40 } },
      { id: 's2', parentId: null, level: 1, label: 'III', heading: 'TỔ CHỨC THỰC HIỆN', kind: 'organization', span: [org[0], text.length] },
      { id: 's2.1', parentId: 's2', level: 2, label: '1', heading: 'Sở Giáo dục và Đào tạo', kind: 'organization', span: [sgd[0], text.length] },
    ],
    targets: [
      {
        text: 'Tại địa bàn đô thị: 100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng',
        value: 100,
        unit: 'percent',
        per: null,
        comparator: '=',
        year: 2035,
        subject: 'trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng',
        indicator: null,
        sectionId: 's1',
        span: target,
        loc: { line: 6, column: 23, endLine: 6, endColumn: 80 },
        indicatorCue: 'nuôi dưỡng',
        yearSource: 'heading',
      },
    ],
    baselines: [
      { text: 'hiện có 179 trường', value: 179, unit: 'count', per: null, comparator: '=', year: null, subject: 'trường', indicator: null, sectionId: null, span: [0, 3], of: 200, indicatorCue: null },
    ],
    citations: [
      {
        key: '2270/QĐ-TTg|2025',
        type: 'Quyết định',
        number: '2270',
        year: 2025,
        symbol: '2270/QĐ-TTg',
        issuer: 'Thủ tướng Chính phủ',
        date: '2025-10-14',
        title: 'phê duyệt Chương trình',
        mentions: [{ span: mention, text: text.slice(mention[0], mention[1]), loc: { line: 4, column: 8, endLine: 4, endColumn: 60 }, relation: 'basis' }],
        relation: 'basis',
        aliases: ['Chương trình'],
      },
    ],
    responsibilities: [
      {
        agency: 'Sở Giáo dục và Đào tạo',
        role: 'lead',
        duties: [SAMPLE_LINES[8]!.slice(2), SAMPLE_LINES[9]!.slice(2)],
        sectionId: 's2.1',
        span: sgd,
        asWritten: 'Sở Giáo dục và Đào tạo',
        locality: null,
        partners: ['UBND tỉnh'],
      },
    ],
    tasks: [
      {
        number: '1',
        text: 'Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.',
        lead: ['Sở Giáo dục và Đào tạo'],
        coordinate: ['Ủy ban nhân dân cấp huyện', 'Sở Tài chính'],
        deadline: '2023 – 2030',
        products: ['Kế hoạch của UBND các đơn vị cấp tỉnh'],
      },
    ],
    warnings: ['signer title has two lines'],
    regions: [{ kind: 'header', span: [0, 10] }],
    footnotes: [],
  };
}

import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/contract/schema.js';
import { parseTargetTable } from '../../src/extract/targets/index.js';

/** Rows and cell spans of a Markdown table, as DOCX/Markdown ingestion will hand them over. */
function markdownTable(md: string): { rows: string[][]; spans: Span[][] } {
  const rows: string[][] = [];
  const spans: Span[][] = [];
  let offset = 0;
  for (const line of md.split('\n')) {
    if (/^\|[\s|:-]+\|$/.test(line.trim()) || !line.trim()) { offset += line.length + 1; continue; }
    const cells: string[] = [];
    const cellSpans: Span[] = [];
    for (const m of line.matchAll(/\|([^|]*)(?=\|)/g)) {
      const raw = m[1]!;
      const lead = raw.length - raw.trimStart().length;
      cells.push(raw.trim());
      cellSpans.push([offset + m.index + 1 + lead, offset + m.index + 1 + lead + raw.trim().length]);
    }
    rows.push(cells);
    spans.push(cellSpans);
    offset += line.length + 1;
  }
  return { rows, spans };
}

const md = [
  '| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Đến năm 2030 |',
  '|---|---|---|---|---|',
  '| 1 | Tỷ lệ huy động trẻ nhà trẻ | % | 35 | 40 |',
  '| 2 | Tỷ lệ huy động trẻ mẫu giáo | % | ≥ 98,5 | 99,6 |',
  '| 3 | Số trường đạt chuẩn quốc gia | trường | 120 | 1.150 |',
  '| 4 | Giáo viên/lớp mẫu giáo | giáo viên/lớp | 2,2 | 2,2 |',
  '| 5 | Trẻ được theo dõi sức khỏe (%) |  | 100 | - |',
].join('\n');

describe('parseTargetTable', () => {
  const { rows, spans } = markdownTable(md);
  const targets = parseTargetTable(rows, { sectionId: 's2', cellSpans: spans });

  it('makes one target per numeric cell, with the column year and the row subject', () => {
    expect(targets.map((t) => [t.subject, t.year, t.value, t.unit, t.per, t.comparator, t.indicator])).toEqual([
      ['Tỷ lệ huy động trẻ nhà trẻ', 2025, 35, 'percent', null, '=', 'enrol.nursery'],
      ['Tỷ lệ huy động trẻ nhà trẻ', 2030, 40, 'percent', null, '=', 'enrol.nursery'],
      ['Tỷ lệ huy động trẻ mẫu giáo', 2025, 98.5, 'percent', null, '>=', 'enrol.kindergarten'],
      ['Tỷ lệ huy động trẻ mẫu giáo', 2030, 99.6, 'percent', null, '=', 'enrol.kindergarten'],
      ['Số trường đạt chuẩn quốc gia', 2025, 120, 'count', null, '=', 'school.national_standard'],
      ['Số trường đạt chuẩn quốc gia', 2030, 1150, 'count', null, '=', 'school.national_standard'],
      ['Giáo viên/lớp mẫu giáo', 2025, 2.2, 'ratio', 'lớp', '=', 'staff.ratio'],
      ['Giáo viên/lớp mẫu giáo', 2030, 2.2, 'ratio', 'lớp', '=', 'staff.ratio'],
      ['Trẻ được theo dõi sức khỏe (%)', 2025, 100, 'percent', null, '=', 'health.checkup'],
    ]);
    expect(targets.every((t) => t.sectionId === 's2' && t.yearSource === 'heading')).toBe(true);
  });

  it('points each target at its cell', () => {
    const t = targets[2]!;
    expect(md.slice(t.span[0], t.span[1])).toBe('≥ 98,5');
    expect(t.text).toBe('Tỷ lệ huy động trẻ mẫu giáo: ≥ 98,5 (Năm 2025)');
  });

  it('a recurring column has no year; a table without year columns gives nothing', () => {
    const r = parseTargetTable([['Chỉ tiêu', 'Hằng năm'], ['Cán bộ quản lý, giáo viên được bồi dưỡng thường xuyên', '100%']]);
    expect(r.map((t) => [t.value, t.year, t.yearSource, t.indicator])).toEqual([[100, null, 'recurring', 'staff.training']]);
    expect(parseTargetTable([['Nhiệm vụ', 'Đơn vị chủ trì'], ['Xây dựng kế hoạch', 'Sở GDĐT']])).toEqual([]);
  });

  it('a task table with deadlines is not a table of targets (S3)', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Sản phẩm dự kiến'],
      ['1', 'Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.', 'Sở GDĐT', '- UBND và Phòng GDĐT các huyện, thành phố;', '2023 – 2030', '- Kế hoạch của UBND các đơn vị cấp tỉnh'],
      ['4', 'Bồi dưỡng đội ngũ cộng tác viên hỗ trợ ngôn ngữ.', 'Sở GDĐT', '- Các chuyên gia;', '2025 - 2030', '- Kế hoạch bồi dưỡng;'],
    ];
    expect(parseTargetTable(rows)).toEqual([]);
  });
});

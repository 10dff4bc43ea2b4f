/**
 * Tables of indicators by year reach the target reader from Markdown and from DOCX (issue 4):
 * one target per numeric cell with the column's year and the row's subject.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/pipeline.js';
import { analyzeText } from '../helpers.js';
import { docxFromBody, paragraphXml, tableXml } from '../support/docx-writer.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-tables-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const brief = (t: { value: number; unit: string; year: number | null; indicator: string | null }) => `${t.indicator} ${t.value}${t.unit === 'percent' ? '%' : ''} ${t.year}`;

describe('target tables', () => {
  it('reads a Markdown table by year under a goals heading', () => {
    const md = [
      '# KẾ HOẠCH',
      'Phát triển giáo dục mầm non tỉnh Bến Tre giai đoạn 2021-2030',
      '## I. MỤC TIÊU',
      '| Chỉ tiêu | 2025 | 2030 |',
      '| --- | --- | --- |',
      '| Tỷ lệ huy động trẻ nhà trẻ (%) | 30 | 35 |',
      '| Tỷ lệ trường mầm non đạt chuẩn quốc gia (%) | 60 | 75 |',
      '',
    ].join('\n');
    const { extraction: x } = analyzeText(md, 'md');
    expect(x.targets.map(brief)).toEqual([
      'enrol.nursery 30% 2025',
      'enrol.nursery 35% 2030',
      'school.national_standard 60% 2025',
      'school.national_standard 75% 2030',
    ]);
    // each target points at its own cell
    const t = x.targets[1]!;
    expect(x.text.slice(t.span[0], t.span[1])).toMatch(/35/);
    expect(t.sectionId).toBe(x.sections[0]!.id);
  });

  it('reads the same table from a Word file', async () => {
    const body = [
      paragraphXml('KẾ HOẠCH'),
      paragraphXml('Phát triển giáo dục mầm non giai đoạn 2021-2030'),
      paragraphXml('I. MỤC TIÊU'),
      tableXml([
        ['Chỉ tiêu', 'Năm 2025', 'Năm 2030'],
        ['Tỷ lệ huy động trẻ nhà trẻ (%)', '30', '35'],
        ['Tỷ lệ trẻ mẫu giáo đến trường (%)', '98,5', '99'],
      ]),
      paragraphXml('II. NHIỆM VỤ'),
    ].join('');
    const file = path.join(tmp, 'plan.docx');
    writeFileSync(file, docxFromBody(body));
    const { extraction: x } = await analyzeFile(file);
    expect(x.targets.map(brief)).toEqual([
      'enrol.nursery 30% 2025',
      'enrol.nursery 35% 2030',
      'enrol.kindergarten 98.5% 2025',
      'enrol.kindergarten 99% 2030',
    ]);
  });

  it('a task table (no year columns) gives no targets', () => {
    const md = ['# KẾ HOẠCH', 'Triển khai', '## I. NHIỆM VỤ', '| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |', '| --- | --- | --- | --- |', '| 1 | Xây dựng kế hoạch | Sở GDĐT | 2025 |', ''].join('\n');
    expect(analyzeText(md, 'md').extraction.targets).toEqual([]);
  });
});

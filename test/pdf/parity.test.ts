/**
 * Every PDF and DOCX rendering of a development document must give the extraction of the .txt of
 * the same name: document fields, section labels and kinds, citation keys, target (value, unit,
 * year) multisets, agencies with their roles, task rows, footnotes and regions.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/contract/schema.js';
import { corpus, ROOT } from '../helpers.js';
import { analyzeFile } from '../../src/pipeline.js';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const renderings = readdirSync(FIXTURES).filter((f) => /^\d{3}_[0-9a-f]+\.(pdf|docx)$/.test(f));

const sorted = (xs: string[]) => [...xs].sort();

function comparable(e: Extraction) {
  return {
    document: e.document,
    sections: e.sections.map((s) => `${s.label} ${s.kind}`),
    citations: sorted(e.citations.map((c) => c.key)),
    targets: sorted(e.targets.map((t) => `${t.value} ${t.unit} ${t.year}`)),
    agencies: sorted(e.responsibilities.map((r) => `${r.agency} | ${r.role}`)),
    tasks: e.tasks.map((t) => ({ number: t.number, text: t.text, lead: t.lead, coordinate: t.coordinate, deadline: t.deadline })),
    footnotes: (e.footnotes ?? []).map((f) => `${f.marker} ${f.text}`),
    regions: (e.regions ?? []).map((r) => r.kind),
  };
}

describe('PDF and DOCX renderings extract like the text', () => {
  it('has a rendering of every development document', () => {
    const stems = new Set(renderings.map((f) => f.replace(/\.(pdf|docx)$/, '')));
    expect(stems.size).toBe(5);
  });

  for (const file of renderings) {
    it(file, async () => {
      const stem = file.replace(/\.(pdf|docx)$/, '');
      const [rendered, text] = await Promise.all([analyzeFile(path.join(FIXTURES, file)), corpus(stem)]);
      const got = comparable(rendered.extraction);
      const want = comparable(text.extraction);
      // field by field, so a failure names what differs
      for (const key of Object.keys(want) as Array<keyof typeof want>) expect({ [key]: got[key] }).toEqual({ [key]: want[key] });
    });
  }

  it.each(['003_31b3bf059ba1da7a.docx', '003_31b3bf059ba1da7a.pdf'])('%s: the table gives the 8 task rows with their agencies', async (file) => {
    const { extraction } = await analyzeFile(path.join(FIXTURES, file));
    expect(extraction.tasks).toHaveLength(8);
    for (const t of extraction.tasks) expect(t.lead).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(extraction.tasks.every((t) => t.coordinate.length > 0)).toBe(true);
    // the last row runs over the page break in the PDF: its cells are whole
    const last = extraction.tasks[7]!;
    expect(last.text).toBe('Sơ kết, Tổng kết Chương trình');
    expect(last.coordinate).toContain('Đài Phát thanh và Truyền hình');
    expect(last.deadline).toMatch(/2030/);
  });
});

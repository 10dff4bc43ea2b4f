import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/contract/schema.js';
import { analyzeText, CORPUS, corpus, ROOT } from '../helpers.js';

const outline = (sections: Section[]) => sections.map((s) => `${s.id} ${s.parentId ?? '-'} ${s.level} ${s.label} ${s.kind}`);

/** Every gold section is found with its label, heading and kind (the contract's section score). */
async function expectGoldSections(stem: string) {
  const gold = JSON.parse(readFileSync(path.join(ROOT, 'test/gold', `${stem}.json`), 'utf8')) as { sections: Section[] };
  const { extraction: x } = await corpus(stem);
  let from = 0; // gold sections are in document order: match them in order
  for (const g of gold.sections) {
    const at = x.sections.findIndex((s, i) => i >= from && s.label === g.label && s.heading.startsWith(g.heading.slice(0, 25)));
    const hit = at >= 0 ? x.sections[at] : undefined;
    from = at + 1;
    expect(hit, `${g.label} ${g.heading}`).toBeDefined();
    expect(hit!.kind, `${g.label} ${g.heading}`).toBe(g.kind);
    if (g.level) expect(hit!.level, `${g.label} ${g.heading}`).toBe(g.level);
  }
}

describe('section tree of the corpus', () => {
  it('000: articles, then the attached plan starts a fresh outline at level 1', async () => {
    await expectGoldSections(CORPUS.s0);
    const { extraction: x } = await corpus(CORPUS.s0);
    expect(outline(x.sections).slice(0, 4)).toEqual(['s1 - 1 Điều 1 other', 's2 - 1 Điều 2 other', 's3 - 1 I goals', 's3.1 s3 2 1 goals']);
    // Điều 2 stops at the recipients block; it does not swallow the attached plan's header
    const d2 = x.sections[1]!;
    expect(x.text.slice(d2.span[0], d2.span[1])).not.toContain('Nơi nhận');
    expect(x.text.slice(d2.span[0], d2.span[1])).not.toContain('KẾ HOẠCH');
  });

  it('001: numbering that restarts inside the organization section stays under it', async () => {
    await expectGoldSections(CORPUS.s1);
    const { extraction: x } = await corpus(CORPUS.s1);
    const org = x.sections.filter((s) => s.parentId === 's3').map((s) => s.label);
    expect(org).toEqual(['1', '2', '3', '4', '5', '3', '4', '5']);
  });

  it('002: decimal labels nest under their number, funding and purpose kinds', async () => {
    await expectGoldSections(CORPUS.s2);
    const { extraction: x } = await corpus(CORPUS.s2);
    expect(x.sections.find((s) => s.label === '2.1')).toMatchObject({ parentId: 's2.2', level: 3, kind: 'goals' });
    expect(x.sections.find((s) => s.label === 'IV')).toMatchObject({ kind: 'funding', heading: 'KINH PHÍ THỰC HIỆN' });
  });

  it('003: an appendix holding only a table has no sections', async () => {
    const { extraction: x } = await corpus(CORPUS.s3);
    expect(x.sections).toEqual([]);
  });

  it('004: a child heading overrides the inherited kind; numbered sentences are not headings', async () => {
    await expectGoldSections(CORPUS.s4);
    const { extraction: x } = await corpus(CORPUS.s4);
    const s11 = x.sections.find((s) => s.label === '1.1')!;
    const kids = x.sections.filter((s) => s.parentId === s11.id);
    expect(kids.map((k) => `${k.label} ${k.kind}`)).toEqual(['a goals', 'b tasks']);
    expect(s11.kind).toBe('tasks');
    // "1. Tổ chức chăm sóc, … an toàn; nâng cao …" under I is a numbered sentence, not a section
    expect(x.sections.filter((s) => s.parentId === 's1')).toEqual([]);
    // a heading wrapped over two lines is read whole
    expect(x.sections.find((s) => s.label === '1.3')!.heading).toBe(
      'Chất lượng giáo dục trẻ; thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn II',
    );
  });

  it('every section span starts at its heading and nests inside its parent', async () => {
    for (const stem of Object.values(CORPUS)) {
      const { extraction: x } = await corpus(stem);
      const byId = new Map(x.sections.map((s) => [s.id, s]));
      for (const s of x.sections) {
        expect(x.text.slice(s.span[0], s.span[1])).toContain(s.label.replace(/^Điều /, ''));
        const p = s.parentId ? byId.get(s.parentId)! : null;
        if (p) expect(p.span[0] <= s.span[0] && s.span[1] <= p.span[1], `${stem} ${s.id}`).toBe(true);
      }
    }
  });
});

describe('kind rules', () => {
  it('children inherit, a cue at the start of a child heading overrides, top level without a cue is other', () => {
    const { extraction: x } = analyzeText(
      [
        'KẾ HOẠCH',
        'Phát triển giáo dục',
        'I. THỰC TRẠNG',
        '1. Kết quả đạt được',
        'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '1. Huy động các nguồn lực cho giáo dục',
        'a) Chỉ tiêu phấn đấu',
        'b) Kinh phí thực hiện',
        'III. PHÂN CÔNG NHIỆM VỤ',
        '1. Sở Giáo dục và Đào tạo',
        'IV. ĐIỀU KHOẢN CHUNG',
      ].join('\n'),
    );
    expect(x.sections.map((s) => `${s.label} ${s.kind}`)).toEqual([
      'I status', '1 status', 'II tasks', '1 tasks', 'a goals', 'b funding', 'III organization', '1 organization', 'IV other',
    ]);
  });

  it('reads headings from Markdown the same way as from text', () => {
    const md = analyzeText('# KẾ HOẠCH\n\nPhát triển giáo dục\n\n## I. MỤC TIÊU\n\n1. Mục tiêu chung\n2. Mục tiêu cụ thể\n\n- *100%* trẻ em được đến trường\n', 'md');
    expect(md.extraction.sections.map((s) => `${s.id} ${s.label} ${s.heading} ${s.kind}`)).toEqual([
      's1 I MỤC TIÊU goals',
      's1.1 1 Mục tiêu chung goals',
      's1.2 2 Mục tiêu cụ thể goals',
    ]);
    expect(md.extraction.text).toContain('- 100% trẻ em được đến trường');
    expect(md.extraction.document.type).toBe('Kế hoạch');
  });
});

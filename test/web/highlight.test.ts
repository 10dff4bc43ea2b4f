import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/contract/schema.js';
import { itemAt, itemsOf, markText, type MarkedItem } from '../../src/web/highlight.js';

// corpus/002: a target inside a sentence that also holds a second target
const TEXT = '- Đến năm 2025, có ít nhất 27% trở lên trẻ em trong độ tuổi nhà trẻ và 99% trở lên trẻ em trong độ tuổi mẫu giáo';
const span = (s: string, from = 0): [number, number] => {
  const at = TEXT.indexOf(s, from);
  if (at < 0) throw new Error(`not in text: ${s}`);
  return [at, at + s.length];
};

const item = (id: string, kind: MarkedItem['kind'], sp: [number, number], line = 1, column = 1): MarkedItem => ({
  id,
  kind,
  span: sp,
  loc: { line, column, endLine: line, endColumn: column + sp[1] - sp[0] },
});

/** The marks of rendered HTML as [text, items, shown kind]. */
function marks(htmlText: string): [string, string, string][] {
  return [...htmlText.matchAll(/<mark class="[^"]*" data-items="([^"]*)" data-show="([^"]*)">([^<]*)<\/mark>/g)].map((m) => [m[3]!, m[1]!, m[2]!]);
}

describe('markText', () => {
  it('marks each item in place and leaves the rest as text', () => {
    const t = span('có ít nhất 27% trở lên trẻ em trong độ tuổi nhà trẻ');
    const out = markText(TEXT, [item('t0', 'target', t)]).value;
    expect(marks(out)).toEqual([['có ít nhất 27% trở lên trẻ em trong độ tuổi nhà trẻ', 't0', 'target']]);
    expect(out.replace(/<[^>]+>/g, '')).toBe(TEXT);
    expect(out).toContain('<span class="anchor" id="t0"></span><mark');
  });

  it('cuts overlapping items into pieces that list every item covering them', () => {
    const row = span('Đến năm 2025, có ít nhất 27%');
    const target = span('27% trở lên trẻ em');
    const out = markText(TEXT, [item('k0', 'task', row), item('t0', 'target', target)]).value;
    expect(marks(out)).toEqual([
      ['Đến năm 2025, có ít nhất ', 'k0', ''],
      ['27%', 'k0 t0', 'target'],
      [' trở lên trẻ em', 't0', 'target'],
    ]);
  });

  it('colours a piece by its narrowest kind: a citation inside an agency duty shows as a citation', () => {
    const out = markText('Sở Giáo dục và Đào tạo thực hiện Quyết định số 1609/QĐ-TTg', [
      { id: 'a0', kind: 'agency', span: [0, 58], loc: null },
      { id: 'c0-0', kind: 'citation', span: [33, 58], loc: null },
    ]).value;
    expect(marks(out).map((m) => m[2])).toEqual(['agency', 'citation']);
  });

  it('escapes the text inside and outside marks', () => {
    const text = 'a <script>alert(1)</script> & b';
    const out = markText(text, [{ id: 't0', kind: 'target', span: [2, 10], loc: null }]).value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;</mark>alert(1)&lt;/script&gt; &amp; b');
  });

  it('puts section anchors and the search hit in place', () => {
    const out = markText(TEXT, [], [{ id: 'sec-s1', at: 2 }], span('27%')).value;
    expect(out.startsWith('- <span class="anchor" id="sec-s1"></span>Đến')).toBe(true);
    expect(out).toContain('<span class="anchor" id="hit"></span><mark class="hl k-hit" data-items="hit" data-show="">27%</mark>');
  });
});

describe('itemsOf and itemAt', () => {
  const text = 'II. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo\nChủ trì triển khai Kế hoạch.';
  const e = {
    text,
    targets: [],
    baselines: [],
    citations: [],
    tasks: [],
    responsibilities: [
      { agency: 'Sở Giáo dục và Đào tạo', role: 'lead', duties: ['Chủ trì triển khai Kế hoạch.'], sectionId: 's1', span: [22, text.length], asWritten: 'Sở Giáo dục và Đào tạo', loc: { line: 2, column: 1, endLine: 3, endColumn: 29 } },
    ],
  } as unknown as Extraction;

  it('marks an agency where its name is written, not its whole section', () => {
    const [a] = itemsOf(e);
    expect(text.slice(...a!.span)).toBe('Sở Giáo dục và Đào tạo');
  });

  it('finds the item a link names by line and column, kind first', () => {
    const items = [item('c0-0', 'citation', [0, 3], 9, 11), item('t2', 'target', [0, 3], 9, 11)];
    expect(itemAt(items, 9, 11, 'target')?.id).toBe('t2');
    expect(itemAt(items, 9, 11)?.id).toBe('c0-0');
    expect(itemAt(items, 9, 11, 'agency')).toBeNull();
    expect(itemAt(items, 9, 12)).toBeNull();
  });
});

/**
 * Builds an ExtractInput from a snippet of real text for extractor tests, standing in for
 * segmentation so a test sees only the extractor under test: "I." headings
 * are level 1, "1." level 2, "1.1." level 3, "a)" / "a." level 4. A heading's kind comes from its
 * words (MỤC TIÊU / CHỈ TIÊU → goals, THỰC TRẠNG → status, NHIỆM VỤ / GIẢI PHÁP → tasks, TỔ CHỨC
 * THỰC HIỆN → organization), else from its parent.
 */
import type { DocumentMeta, Section, SectionKind } from '../../src/contract/schema.js';
import type { ExtractInput } from '../../src/extract/types.js';
import { NO_META } from './meta.js';

const LEVELS: [RegExp, number][] = [
  [/^\s*[IVX]+\.\s/, 1],
  [/^\s*\d+\.\d+\.\s*\S/, 3],
  [/^\s*\d+\.\s*\S/, 2],
  [/^\s*[a-zđ][).]\s/, 4],
];

const KINDS: [RegExp, SectionKind][] = [
  [/mục tiêu|chỉ tiêu/i, 'goals'],
  [/thực trạng|kết quả thực hiện/i, 'status'],
  [/nhiệm vụ|giải pháp/i, 'tasks'],
  [/tổ chức thực hiện/i, 'organization'],
];

export function makeInput(text: string, meta: Partial<DocumentMeta> = {}): ExtractInput {
  const heads: { start: number; level: number; label: string; heading: string }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const hit = LEVELS.find(([re]) => re.test(line));
    if (hit) {
      const m = /^\s*((?:\d+\.)*\d+|[IVX]+|[a-zđ])[.)]\s*(.*)$/.exec(line)!;
      heads.push({ start: pos, level: hit[1], label: m[1]!, heading: m[2]!.trim() });
    }
    pos += line.length + 1;
  }
  const sections: Section[] = [];
  const stack: Section[] = [];
  heads.forEach((h, i) => {
    const next = heads.slice(i + 1).find((o) => o.level <= h.level);
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const kind = KINDS.find(([re]) => re.test(h.heading))?.[1] ?? parent?.kind ?? 'other';
    const s: Section = {
      id: `s${sections.length + 1}`,
      parentId: parent?.id ?? null,
      level: h.level,
      label: h.label,
      heading: h.heading,
      kind,
      span: [h.start, next ? next.start : text.length],
    };
    sections.push(s);
    stack.push(s);
  });
  const document: DocumentMeta = { ...NO_META, ...meta };
  return { text, document, sections, regions: [{ kind: 'body', span: [0, text.length] }], footnotes: [] };
}


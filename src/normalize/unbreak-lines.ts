/**
 * Unbreak lines: join lines that a converter broke inside a paragraph, keep apart the lines that
 * start something (list items, headings, table cells, caps lines).
 *
 * Two signals:
 *  - everywhere: a line that does not end a sentence followed by one that starts with a
 *    lower-case word is a continuation ("… Ủy ban nhân dân các" ⏎ "huyện/thành phố …"); a line
 *    ending in a hyphen glued to a word continues a symbol or range ("50/2020/TT-" ⏎ "Bộ GD&ĐT",
 *    "năm học 2024-" ⏎ "2025");
 *  - in hard-wrapped text (most lines cut near one width, as PDF conversions leave them), any
 *    unfinished long line continues on the next one unless that one starts something.
 * The blank lines between joined lines go; all other blank lines stay.
 */
import { MappedTextBuilder } from '../document/mapped-text.js';
import { withText, type VDoc } from '../document/vdoc.js';
import { isMostlyUpper } from '../text/vietnamese.js';

const TERMINAL = /(?:[.:;!?…]|\.\/\.)["”’)\]]*$/;

/** A line that starts a new block: bullet, outline label, article, caps heading, table cell. */
export function startsBlock(line: string): boolean {
  const t = line.replace(/^[ ]+/, '');
  if (/^\t/.test(t)) return true; // a table cell
  if (/^[-+•–*](?:\s|$)/.test(t)) return true;
  if (/^[-+]\S/.test(t) && !/^[-+]\d/.test(t)) return true;
  if (/^[IVXLC]+\s*[.)]\s*\S/.test(t)) return true;
  if (/^\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*[\p{Lu}"“(]/u.test(t)) return true;
  if (/^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{L}/u.test(t)) return true;
  // "a) Mục tiêu", "c) 100% trẻ em …": a letter label, then a capital, a number or a quote
  if (/^[a-zđ]\s*[.)]\s+[\p{Lu}\d"“(]/u.test(t)) return true;
  if (/^(?:Điều|Chương|Mục|Phần)\s+(?:\d+|[IVXLC]+)\b/u.test(t)) return true;
  if (/^(?:Nơi nhận|Kính gửi|Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)(?![\p{L}\p{N}])/u.test(t)) return true;
  if (/^(?:TM|KT|TL|TUQ|Q)\.\s/u.test(t)) return true;
  if (/^\(\s*(?:Ban hành\s+)?[Kk]èm theo/u.test(t)) return true;
  if (isMostlyUpper(t)) return true;
  return false;
}

interface Wrap {
  hard: boolean;
  width: number;
}

/** Detects hard-wrapping: many lines cut close to the same width without ending a sentence. */
export function detectWrap(lines: string[]): Wrap {
  const lens = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lens.length < 20) return { hard: false, width: 0 };
  const width = lens[Math.floor(lens.length * 0.9)]!;
  if (width < 40 || width > 130) return { hard: false, width };
  let near = 0;
  let unfinishedNear = 0;
  for (const l of lines) {
    const t = l.trim();
    if (!t) continue;
    if (t.length >= width * 0.75 && t.length <= width * 1.1) {
      near++;
      if (!TERMINAL.test(t)) unfinishedNear++;
    }
  }
  const hard = near / lens.length >= 0.45 && unfinishedNear / Math.max(near, 1) >= 0.5;
  return { hard, width };
}

export function unbreakLines(doc: VDoc): VDoc {
  const text = doc.mapped.text;
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lineAt = (k: number) => text.slice(starts[k]!, (starts[k + 1] ?? text.length + 1) - 1);
  const lines = starts.map((_, k) => lineAt(k));
  const detected = detectWrap(lines);
  // PDF text is always cut at the page width: its unfinished lines continue on the next one
  const wrap = doc.format === 'pdf' ? { hard: true, width: detected.width || 60 } : detected;
  const b = new MappedTextBuilder(doc.mapped);
  let cursor = 0;
  let prev = -1; // index of the previous non-blank line
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.trim()) continue;
    if (prev >= 0) {
      const joint = joinKind(lines[prev]!, line, wrap);
      if (joint !== null) {
        // replace everything from the end of the previous line's text to this line's first
        // non-space character by the joint
        const prevEnd = starts[prev]! + lines[prev]!.replace(/\s+$/, '').length;
        const here = starts[k]! + (line.length - line.replace(/^[ ]+/, '').length);
        b.keep(cursor, prevEnd);
        if (joint) b.replace(prevEnd, here, joint);
        cursor = here;
      }
    }
    prev = k;
  }
  if (cursor === 0) return doc;
  b.keep(cursor, text.length);
  return withText(doc, b.build());
}

/** '' joins without a space, ' ' with one, null keeps the line break. */
function joinKind(prevLine: string, line: string, wrap: Wrap): string | null {
  const p = prevLine.replace(/\s+$/, '');
  const n = line.replace(/^[ ]+/, '');
  if (/^\t/.test(line) || /^\t/.test(n)) return null;
  if (/[\p{L}\p{N}]-$/u.test(p) && /^[\p{L}\p{N}]/u.test(n) && !startsBlock(n)) return '';
  if (startsBlock(n)) return null;
  // A lower-case start continues the block above, even after ";" or "," (a wrapped list item);
  // only a closing formula ("./.") or a heading ends it for sure.
  if (/^\p{Ll}/u.test(n) && !/\.\/\.$/.test(p) && !isMostlyUpper(p)) return ' ';
  if (TERMINAL.test(p)) return null;
  // an outline heading is not continued by a new sentence, however long the heading
  // (a capitalised word starts a sentence; an abbreviation such as "GDMN" or a heading cut after
  // a function word such as "về", "của" does not)
  if (isLabelled(p) && /^\p{Lu}\p{Ll}/u.test(n) && !/\s(?:về|của|và|với|các|cho|trong|tại|theo|đối với|trên|để|những)$/u.test(p)) return null;
  if (wrap.hard && p.trim().length >= wrap.width * 0.6 && !isMostlyUpper(p)) return ' ';
  return null;
}

function isLabelled(line: string): boolean {
  const t = line.trim();
  return /^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s*\p{Lu}/u.test(t) || /^Điều\s+\d+/u.test(t);
}

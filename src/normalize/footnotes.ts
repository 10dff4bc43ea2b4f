/**
 * Footnotes out of the body. Text converted from PDF puts footnote bodies where the page broke,
 * often in the middle of a sentence ("… theo quy định đối với" ⏎ "¹ Kế hoạch số …" ⏎ "vùng khó
 * khăn, …"). Footnote blocks are moved to the end of the text (their characters keep their
 * origins) so the cut sentence closes up again; the mark `footnotes` records where each block
 * came from.
 */
import { MappedTextBuilder } from '../document/mapped-text.js';
import { withMarks, withText, type VDoc } from '../document/vdoc.js';

/** A line that starts a footnote body: superscript digits or [n], then text. */
export const FOOTNOTE_START = /^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])[ \t]*(?=\S)/;
const TERMINAL = /[.:;!?…]["”’)]*$|\.\/\.$/;
const LOWER_START = /^[ \t]*\p{Ll}/u;

interface Line {
  start: number;
  end: number; // exclusive, without the newline
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

export function moveFootnotes(doc: VDoc): VDoc {
  const text = doc.mapped.text;
  if (!/^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d)/m.test(text)) return doc;
  const lines = splitLines(text);
  const blocks: Array<[number, number]> = []; // line index ranges [first, last]
  for (let i = 0; i < lines.length; i++) {
    if (!FOOTNOTE_START.test(lines[i]!.text)) continue;
    const prevBody = previousNonBlank(lines, i);
    // The body sentence was cut by the page break when the line before does not end a sentence:
    // the block then runs until the body resumes with a lower-case continuation.
    let last = i;
    if (prevBody >= 0 && !TERMINAL.test(lines[prevBody]!.text.trim())) {
      let j = i + 1;
      let found = -1;
      for (; j < lines.length && j < i + 40; j++) {
        const t = lines[j]!.text;
        if (!t.trim()) continue;
        if (LOWER_START.test(t)) { found = j; break; }
      }
      if (found > 0) last = previousNonBlank(lines, found);
    } else {
      // A footnote after a finished sentence (end of page or of the document): the block is its
      // line and any lower-case continuation lines directly under it.
      while (last + 1 < lines.length && LOWER_START.test(lines[last + 1]!.text)) last++;
    }
    blocks.push([i, last]);
    i = last;
  }
  if (!blocks.length) return doc;
  // Body pieces in order, then a blank line, then each footnote block on its own line.
  const b = new MappedTextBuilder(doc.mapped);
  const moved: number[] = [];
  let cursor = 0;
  const tails: Array<[number, number]> = [];
  for (const [first, last] of blocks) {
    const s = lines[first]!.start;
    const e = last + 1 < lines.length ? lines[last + 1]!.start : text.length;
    b.keep(cursor, s);
    tails.push([s, trimEnd(text, s, e)]);
    moved.push(doc.mapped.origin[s]!);
    cursor = e;
  }
  b.keep(cursor, trimEnd(text, cursor, text.length));
  b.insert(text.length, '\n\n');
  tails.forEach(([s, e], k) => {
    if (k > 0) b.insert(s, '\n');
    b.keep(s, e);
  });
  return withMarks(withText(doc, b.build()), 'footnotes', moved);
}

function previousNonBlank(lines: Line[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.text.trim()) return k;
  return -1;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * Identify headings and build the section tree.
 *
 * A heading is a line that starts with an outline label: a Roman numeral ("II."), an article
 * ("Điều 2."), an Arabic number ("3."), a decimal ("2.1."), a letter ("a)" or "a."), and that
 * reads as a title rather than a numbered sentence (it does not end a sentence, unless it is
 * short). Levels come from the order in which label styles nest (like Markdown lists): a style
 * already open closes everything below it; a new style opens a level under the current one.
 * Roman numerals and articles are always top level (under Phần/Chương when those exist).
 */
import type { Section } from '../contract/schema.js';
import { isMostlyUpper } from '../text/vietnamese.js';
import type { Line } from './lines.js';

export type LabelStyle = 'part' | 'roman' | 'article' | 'arabic' | 'decimal2' | 'decimal3' | 'letter';

export interface Heading {
  line: Line;
  style: LabelStyle;
  label: string;
  heading: string;
  /** offset where the heading line starts */
  start: number;
}

const ROMAN = /^([IVXLC]{1,6})\s*[.)]\s*(\S.*)$/;
const PART = /^((?:Phần|PHẦN|Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+|thứ\s+\p{L}+))\s*[.:]?\s*(.*)$/u;
const ARTICLE = /^(Điều\s+\d{1,3})\s*[.:]?\s*(.*)$/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s*(\S.*)$/;
const ARABIC = /^(\d{1,2})\s*[.)]\s*(\S.*)$/;
const LETTER = /^([a-zđ])\s*[.)]\s+(\S.*)$/u;
const SENTENCE_END = /[.;!?…]["”’)]*$/;

function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const a = v[r[i]!]!;
    const b = v[r[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** Reads a heading off one line, or null. */
export function readHeading(line: Line): Heading | null {
  const t = line.text;
  if (!t) return null;
  const make = (style: LabelStyle, label: string, heading: string): Heading => ({
    line,
    style,
    label,
    heading: heading.replace(/\s+/g, ' ').trim(),
    start: line.start,
  });
  let m = PART.exec(t);
  if (m) return make('part', m[1]!.replace(/\s+/g, ' '), m[2]!);
  m = ARTICLE.exec(t);
  if (m) return make('article', m[1]!.replace(/\s+/g, ' '), m[2]!);
  m = ROMAN.exec(t);
  if (m && romanValue(m[1]!) > 0 && titleLike(m[2]!, true)) return make('roman', m[1]!, m[2]!);
  m = DECIMAL.exec(t);
  if (m && titleLike(m[2]!)) return make(m[1]!.split('.').length === 2 ? 'decimal2' : 'decimal3', m[1]!, m[2]!);
  m = ARABIC.exec(t);
  if (m && titleLike(m[2]!)) return make('arabic', m[1]!, m[2]!);
  m = LETTER.exec(t);
  if (m && titleLike(m[2]!)) return make('letter', m[1]!, m[2]!);
  return null;
}

/**
 * A title does not read as a finished sentence: it starts with a capital (or a quote) and does not
 * end with a full stop or semicolon, unless it is short; a Roman-numbered line is a title when it
 * is in capitals or short.
 */
function titleLike(rest: string, roman = false): boolean {
  const r = rest.trim();
  if (!/^["“(]?[\p{Lu}\d]/u.test(r)) return false;
  if (roman && isMostlyUpper(r)) return true;
  if (r.length > 300) return false;
  if (SENTENCE_END.test(r)) return r.length <= 60 && !/;$/.test(r);
  return true;
}

/** A run of body text (a document may hold several: a decision and the plan attached to it). */
export interface BodyPart {
  start: number;
  end: number;
  headings: Heading[];
}

/**
 * Builds the section tree. Numbering of ids runs on across parts (s1, s2 … ); each part starts a
 * fresh outline, and no section runs past the end of its part.
 */
export function buildTree(parts: BodyPart[]): Omit<Section, 'kind'>[] {
  const sections: Omit<Section, 'kind'>[] = [];
  const roots = { childCount: 0 };
  for (const part of parts) {
    const stack: Array<{ style: LabelStyle; id: string; childCount: number }> = [];
    const first = sections.length;
    for (const h of part.headings) {
      if (h.style === 'part') stack.length = 0;
      else if (h.style === 'roman' || h.style === 'article') {
        const partAt = stack.findIndex((x) => x.style === 'part');
        stack.length = partAt + 1;
      } else {
        const at = stack.findIndex((x) => x.style === h.style);
        if (at >= 0) stack.length = at;
      }
      const parent = stack[stack.length - 1];
      const n = parent ? ++parent.childCount : ++roots.childCount;
      const id = parent ? `${parent.id}.${n}` : `s${n}`;
      sections.push({ id, parentId: parent?.id ?? null, level: stack.length + 1, label: h.label, heading: h.heading, span: [h.start, part.end] });
      stack.push({ style: h.style, id, childCount: 0 });
    }
    // a section ends where the next one of the same or a higher level begins
    for (let i = first; i < sections.length; i++) {
      const s = sections[i]!;
      const next = sections.slice(i + 1).find((x) => x.level <= s.level);
      if (next) s.span = [s.span[0], next.span[0]];
    }
  }
  return sections;
}

/**
 * The body of an agency's part of the organization section, cut into duties, and the role those
 * duties give the agency.
 */
import type { Role } from '../../contract/schema.js';
import { cueAt, cueAtClauseStart, wordsOf, type RoleRules, type Word } from './rules.js';

/** A paragraph or bullet item of a body: [start, end) in the text, without its marker. */
export interface Item {
  start: number;
  end: number;
  bullet: boolean;
}

// "- ", "– ", "• ", "* ", "+ " (sub-bullet), "a) ", "a. ", "1. ", "2) "
const MARKER = /^[ \t]*(?:[-\u2010-\u2015\u2212•*+]|[a-zđ][.)]|\d{1,2}[.)])[ \t]*/u;
const SUB_BULLET = /^[ \t]*\+/;

const closes = (words: Word[], rules: RoleRules): boolean => cueAt(words, 0, rules.end) >= 0 || cueAt(words, 0, rules.closing) >= 0;

/**
 * Bullet items and paragraphs of text[from, to). A line that starts lower-case continues the item
 * before it, a "+" sub-bullet belongs to its "-" item, and a paragraph that opens with a closing cue
 * ("Trong quá trình thực hiện, nếu có khó khăn …", "Trên đây là …") or an end cue ("Nơi nhận")
 * ends the body.
 */
export function bodyItems(text: string, from: number, to: number, rules: RoleRules): Item[] {
  const items: Item[] = [];
  for (let start = from; start < to; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl > to ? to : nl;
    const line = text.slice(start, end);
    const next = end + 1;
    if (!line.trim()) {
      start = next;
      continue;
    }
    const marker = MARKER.exec(line);
    const bodyStart = start + (marker ? marker[0].length : line.length - line.trimStart().length);
    const last = items[items.length - 1];
    if (last && ((SUB_BULLET.test(line) && last.bullet) || (!marker && /^\s*\p{Ll}/u.test(line)))) {
      last.end = end;
    } else if (!marker && closes(wordsOf(text, bodyStart, Math.min(end, bodyStart + 60)), rules)) {
      break;
    } else {
      items.push({ start: bodyStart, end, bullet: !!marker });
    }
    start = next;
  }
  return items;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Sentences of a paragraph ("… đúng quy định. Triển khai …"); the closing "./." loses its "/.". */
export function sentences(s: string): string[] {
  return collapse(s)
    .replace(/\.\/\.$/, '.')
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d“"(])/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Duties of a body: one per bullet item; a paragraph gives one per sentence. */
export function duties(text: string, items: readonly Item[]): string[] {
  return items.flatMap((it) => {
    const body = text.slice(it.start, it.end);
    return it.bullet ? [collapse(body).replace(/\.\/\.$/, '.')] : sentences(body);
  });
}

/**
 * The role duties give (contract, "What counts"): `requested` for a heading that starts with a
 * request cue; `lead` when a duty or one of its clauses starts with a lead cue ("chủ trì", "là cơ
 * quan thường trực"); `coordinate` when the duties open with "phối hợp" and at least half of them
 * do, so the agency does little alone; otherwise `implement`. `openings` are the duties with any
 * leading agency name removed ("Sở Xây dựng chủ trì …" → "chủ trì …").
 */
export function roleOf(requested: boolean, openings: readonly string[], rules: RoleRules): Role {
  if (requested) return 'requested';
  if (openings.some((d) => cueAtClauseStart(d, rules.lead))) return 'lead';
  const coordinating = openings.map((d) => cueAt(wordsOf(d, 0, Math.min(d.length, 60)), 0, rules.coordinate) >= 0);
  if (coordinating[0] && coordinating.filter(Boolean).length * 2 >= coordinating.length) return 'coordinate';
  return 'implement';
}

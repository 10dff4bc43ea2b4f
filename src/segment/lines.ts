/** Lines of the normalized text with their offsets; segmentation works line by line. */
export interface Line {
  index: number;
  /** offset of the line's first character */
  start: number;
  /** offset just past the line's last character (before the newline) */
  end: number;
  /** the line as written */
  raw: string;
  /** trimmed, runs of white space folded to one space */
  text: string;
  /** offset of the first non-space character */
  contentStart: number;
}

export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; ; index++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.replace(/^\s+/, '').length;
    lines.push({ index, start, end, raw, text: raw.replace(/\s+/g, ' ').trim(), contentStart: start + lead });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}


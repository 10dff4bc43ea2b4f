/**
 * The ways a table reaches us as text, reduced to cells that point into the text they came from:
 * the tab-led text a flattened Word table leaves (document 003) and GFM pipe tables.
 */

/** A table cell: `src.slice(from, to)`; spans are meaningful when `src` is the document text. */
export interface Cell {
  src: string;
  from: number;
  to: number;
}

export const cellText = (c: Cell): string => c.src.slice(c.from, c.to);

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let start = from; start < to; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl > to ? to : nl;
    out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

const CELL_START = /^[ \u00A0]*\t/;
const BULLET = /^\s*[-\u2010-\u2015\u2212+•*]\s*/;
// Text that cannot sit inside a cell: a part heading ("II. …"), a caps line, the Nơi nhận block.
const AFTER_TABLE = /^\s*(?:[IVXLC]+\.\s|Nơi nhận|TM\.|KT\.)/u;
// A numbered heading ("2. Sở Y tế", "a) …") after the last cell starts the text after the table.
const HEADING = /^\s*(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s+\p{Lu}/u;

function isHardBreak(line: string): boolean {
  if (AFTER_TABLE.test(line)) return true;
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 6 && letters.every((c) => c === c.toUpperCase());
}

/**
 * Runs of tab-separated cells in text[from, to): a line that starts with a tab (after optional
 * spaces) starts a cell, as does the text before the first tab of a line holding a whole row;
 * further tabs on the line start more cells, and the lines up to the next cell start belong to the
 * open cell. A run ends at a part heading, a caps line or the end of the range; the
 * last cell of a run stops at a numbered heading or at a plain paragraph after a blank line, which
 * is text after the table.
 */
export function tabCellRuns(text: string, from = 0, to = text.length): Cell[][] {
  const runs: Cell[][] = [];
  let run: Cell[] = [];
  const close = (): void => {
    if (!run.length) return;
    trimLastCell(text, run);
    runs.push(run);
    run = [];
  };
  for (const line of linesOf(text, from, to)) {
    const tab = line.text.indexOf('\t');
    if (tab >= 0) {
      // a row on one line ("1\tXây dựng kế hoạch\tSở GDĐT…") starts with a cell before its first tab
      if (!CELL_START.test(line.text)) run.push({ src: text, from: line.start, to: line.start + tab });
      let pos = line.start + tab;
      while (pos < line.end) {
        const next = text.indexOf('\t', pos + 1);
        const end = next < 0 || next > line.end ? line.end : next;
        run.push({ src: text, from: pos + 1, to: end });
        pos = end;
      }
    } else if (run.length && line.text.trim()) {
      if (isHardBreak(line.text)) close();
      else run[run.length - 1]!.to = line.end;
    }
  }
  close();
  return runs;
}

function trimLastCell(text: string, run: Cell[]): void {
  const last = run[run.length - 1]!;
  let sawBlank = false;
  for (const line of linesOf(text, last.from, last.to).slice(1)) {
    if (!line.text.trim()) {
      sawBlank = true;
      continue;
    }
    if (HEADING.test(line.text) || (sawBlank && !BULLET.test(line.text) && /^\s*\p{Lu}/u.test(line.text))) {
      last.to = line.start;
      break;
    }
    sawBlank = false;
  }
  while (last.to > last.from && /\s/.test(text[last.to - 1]!)) last.to--;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;

/** Splits a pipe-table line into cells (an escaped "\|" stays inside its cell). */
function pipeCells(text: string, line: Line): Cell[] {
  const cells: Cell[] = [];
  let start = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || (text[i] === '|' && text[i - 1] !== '\\')) {
      cells.push({ src: text, from: start, to: i });
      start = i + 1;
    }
  }
  // outer pipes leave an empty first and last cell
  if (cells.length && !cellText(cells[0]!).trim() && /^\s*\|/.test(line.text)) cells.shift();
  if (cells.length && !cellText(cells[cells.length - 1]!).trim() && /\|\s*$/.test(line.text)) cells.pop();
  return cells;
}

/** GFM pipe tables in text[from, to), as rows of cells (the delimiter row left out). */
export function markdownTables(text: string, from = 0, to = text.length): Cell[][][] {
  const lines = linesOf(text, from, to);
  const tables: Cell[][][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.text.includes('|') || !DELIMITER_ROW.test(lines[i + 1]!.text)) continue;
    const rows = [pipeCells(text, lines[i]!)];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.text.includes('|'); j++) rows.push(pipeCells(text, lines[j]!));
    tables.push(rows);
    i = j - 1;
  }
  return tables;
}

/**
 * Tab-led runs whose rows are separated by blank lines and all have the same number of cells —
 * the layout vanban's own DOCX and PDF readers write — as rows of cells. A Word table flattened
 * by another tool (blank lines inside cells, as in document 003) does not qualify; its rows are
 * found by the task reader from the header words instead.
 */
export function blankLineTables(text: string, from = 0, to = text.length): Cell[][][] {
  const tables: Cell[][][] = [];
  for (const run of tabCellRuns(text, from, to)) {
    const rows: Cell[][] = [[]];
    run.forEach((cell, i) => {
      const prev = run[i - 1];
      if (prev && /\n[ \t]*\n/.test(text.slice(prev.to, cell.from))) rows.push([]);
      rows[rows.length - 1]!.push(cell);
    });
    const width = rows[0]!.length;
    if (rows.length >= 2 && width >= 2 && rows.every((r) => r.length === width)) tables.push(rows);
  }
  return tables;
}

/** Every table in text[from, to) whose rows are known: GFM pipe tables and blank-line tab tables. */
export function tablesIn(text: string, from = 0, to = text.length): Cell[][][] {
  return [...markdownTables(text, from, to), ...blankLineTables(text, from, to)].sort((a, b) => a[0]![0]!.from - b[0]![0]!.from);
}

/**
 * Page layout → text. A PDF's text layer (or what OCR read) is a bag of positioned runs; this puts
 * each page's text back in reading order, with the structure that positions show and plain text
 * loses:
 *  - runs on one baseline make a line; small digits raised above a line are superscripts (the
 *    footnote markers ¹ ² of conventions §7.6);
 *  - where whitespace channels run down several rows, the rows are columns. Three or more columns
 *    are a table, written in the tab-led cell layout the DOCX reader writes too (each cell on a new
 *    line that starts with a TAB, rows separated by a blank line), so one table reader serves both;
 *    rows are told apart by the horizontal bands where no column has text, since a borderless
 *    table has nothing else to show them. Two columns are boxes side by side (the header's issuer
 *    and motto, Nơi nhận beside the signature), written one column after the other;
 *  - lines that a paragraph wrapped are joined: a line continues on the next one when the next
 *    one's first word would not have fitted at its end, the two sit at the usual line pitch in the
 *    same font size, and the next one does not start a block (list item, heading, caps line...).
 *    Everything else stays a line of its own for normalize to judge.
 * Coordinates are a page viewport's: points, x to the right, y downwards, y = the baseline.
 */
import { isMostlyUpper } from '../../text/vietnamese.js';
import { startsBlock } from '../../normalize/unbreak-lines.js';

/** A piece of text on one baseline. */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** baseline */
  y: number;
  /** font size (em) */
  size: number;
}

export interface PageRuns {
  width: number;
  runs: Run[];
}

/** Runs on one baseline, left to right. */
interface Row {
  y: number;
  size: number;
  runs: Run[];
}

/** A line of text with what the reflow needs to know about it. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** width of the line's first word */
  firstWord: number;
}

/** Free x-interval between columns. */
type Channel = [number, number];

/** A table cell's lines; a cell cut by a page break has one part per page. */
type Cell = Line[][];

interface TableBlock {
  kind: 'table';
  columns: Channel[];
  rows: Cell[][];
  /** each column's text extent */
  extents: Channel[];
  /** the usual distance between a cell's lines */
  pitch: number;
}

interface ColumnsBlock {
  kind: 'columns';
  columns: Line[][];
}

interface FlowBlock {
  kind: 'flow';
  lines: Line[];
}

type Block = TableBlock | ColumnsBlock | FlowBlock;

/** What the reflow measures on the whole document: right margin per page width, line pitch per font size. */
interface Metrics {
  right: (pageWidth: number) => number;
  pitch: (size: number) => number;
}

// --- rows and lines

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (digits: string) => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

/**
 * Small digits raised above a bigger run's baseline, touching it, are a superscript of that run's
 * line (footnote markers, m²): they move onto its baseline as superscript characters.
 */
function liftSuperscripts(runs: Run[]): Run[] {
  const small = runs.filter((r) => /^\d{1,3}$/.test(r.text.trim()));
  if (!small.length) return runs;
  const moved = new Map<Run, Run>();
  for (const r of small) {
    const host = runs.find(
      (h) =>
        h !== r &&
        h.size >= 1.2 * r.size &&
        h.y - r.y >= 0.15 * h.size &&
        h.y - r.y <= 0.7 * h.size &&
        r.x0 >= h.x0 - 0.6 * h.size &&
        r.x1 <= h.x1 + 0.6 * h.size,
    );
    if (host) moved.set(r, { ...r, text: toSuperscript(r.text.trim()), y: host.y, size: host.size });
  }
  return moved.size ? runs.map((r) => moved.get(r) ?? r) : runs;
}

/** Groups runs into baseline rows, top to bottom; drops the overprint copies fake-bold leaves. */
export function rowsOf(input: Run[]): Row[] {
  const runs = liftSuperscripts(input.filter((r) => r.text.trim() && r.size > 0 && r.x1 >= r.x0)).sort(
    (a, b) => a.y - b.y || a.x0 - b.x0,
  );
  const rows: Row[] = [];
  for (const r of runs) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(r.y - row.y) <= 0.3 * Math.max(r.size, row.size)) {
      row.runs.push(r);
      row.size = Math.max(row.size, r.size);
    } else rows.push({ y: r.y, size: r.size, runs: [r] });
  }
  for (const row of rows) {
    row.runs.sort((a, b) => a.x0 - b.x0);
    row.runs = row.runs.filter(
      (r, i) => !row.runs.slice(Math.max(0, i - 3), i).some((p) => p.text === r.text && overlap(p, r) > 0.5 * (r.x1 - r.x0)),
    );
  }
  return rows;
}

const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/** One line from runs on a baseline: a space where runs are apart, whitespace collapsed. */
export function lineOf(runs: Run[]): Line {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  let text = '';
  let prev: Run | undefined;
  for (const r of sorted) {
    if (prev && r.x0 - prev.x1 > 0.12 * Math.max(r.size, prev.size) && !/\s$/.test(text) && !/^\s/.test(r.text)) text += ' ';
    text += r.text;
    prev = r;
  }
  const first = sorted[0]!;
  const lead = first.text.trimStart();
  const word = /^\S+/.exec(lead)?.[0] ?? lead;
  const perChar = (first.x1 - first.x0) / Math.max(1, first.text.length);
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x0: first.x0,
    x1: Math.max(...sorted.map((r) => r.x1)),
    y: sorted.reduce((s, r) => s + r.y, 0) / sorted.length,
    size: Math.max(...sorted.map((r) => r.size)),
    firstWord: perChar * word.length,
  };
}

// --- column blocks

const MIN_CHANNEL = 1; // pt: a channel narrower than this is no gap
const SEED_ROWS = 2;

/**
 * Removes the extents of a row's runs (sorted by x0) from the channels; a channel may narrow or
 * split; null when one is wholly covered.
 */
function narrow(channels: Channel[], runs: Run[]): Channel[] | null {
  const out: Channel[] = [];
  for (const [a, b] of channels) {
    let pieces = [a, b]; // flat pairs
    for (const r of runs) {
      if (r.x0 >= b) break;
      if (r.x1 <= a) continue;
      const next: number[] = [];
      for (let i = 0; i < pieces.length; i += 2) {
        const p = pieces[i]!;
        const q = pieces[i + 1]!;
        if (r.x1 <= p || r.x0 >= q) next.push(p, q);
        else {
          if (r.x0 - p >= MIN_CHANNEL) next.push(p, r.x0);
          if (q - r.x1 >= MIN_CHANNEL) next.push(r.x1, q);
        }
      }
      if (!next.length) return null;
      pieces = next;
    }
    for (let i = 0; i < pieces.length; i += 2) out.push([pieces[i]!, pieces[i + 1]!]);
  }
  return out;
}

/** The x-intervals no run of these rows covers, between their leftmost and rightmost text. */
function openChannels(rows: Row[]): Channel[] {
  const spans = rows.flatMap((r) => r.runs.map((run): Channel => [run.x0, run.x1])).sort((p, q) => p[0] - q[0]);
  const out: Channel[] = [];
  let right = spans[0]?.[1] ?? 0;
  for (const [x0, x1] of spans.slice(1)) {
    if (x0 - right >= MIN_CHANNEL) out.push([right, x0]);
    right = Math.max(right, x1);
  }
  return out;
}

interface Span {
  from: number;
  to: number;
  channels: Channel[];
}

/**
 * Finds runs of rows that whitespace channels cross from top to bottom. From every window of
 * SEED_ROWS rows, the channels open through the window grow the block up and down until a row
 * covers one of them (a row may narrow a channel, or split it for a column the window left
 * empty). Word spacing can leave a channel open through a few rows, never through a whole table,
 * and a line above or below a table closes one of its channels: the block with the most cells
 * (rows × columns) is taken first, then the largest among the rows left, and so on.
 */
function findColumnSpans(rows: Row[]): Span[] {
  const used = new Array<boolean>(rows.length).fill(false);
  const near = (i: number, j: number) => Math.abs(rows[i]!.y - rows[j]!.y) <= 3 * Math.max(rows[i]!.size, rows[j]!.size);
  const grow = (i: number): Span | null => {
    const last = i + SEED_ROWS - 1;
    if (last >= rows.length) return null;
    for (let j = i; j <= last; j++) if (used[j] || (j > i && !near(j - 1, j))) return null;
    let channels = openChannels(rows.slice(i, last + 1));
    if (!channels.length) return null;
    let from = i;
    let to = last;
    for (let j = to + 1; j < rows.length && !used[j] && near(j - 1, j); j++) {
      const next = narrow(channels, rows[j]!.runs);
      if (!next) break;
      channels = next;
      to = j;
    }
    for (let j = from - 1; j >= 0 && !used[j] && near(j, j + 1); j--) {
      const next = narrow(channels, rows[j]!.runs);
      if (!next) break;
      channels = next;
      from = j;
    }
    return { from, to, channels };
  };
  const cells = (s: Span) => (s.to - s.from + 1) * (s.channels.length + 1);
  const spans: Span[] = [];
  for (;;) {
    let best: Span | null = null;
    for (let i = 0; i < rows.length; i++) {
      const s = grow(i);
      if (s && isBlock(rows, s) && (!best || cells(s) > cells(best))) best = s;
    }
    if (!best) break;
    for (let j = best.from; j <= best.to; j++) used[j] = true;
    spans.push(best);
  }
  spans.sort((a, b) => a.from - b.from);
  // a table's header often has fewer columns (merged header cells) or closes a channel its body
  // leaves open: adjacent blocks whose columns line up are one table
  const merged: Span[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    if (prev && prev.to + 1 === s.from) {
      const channels = openChannels(rows.slice(prev.from, s.to + 1));
      if (channels.length >= 2 && channels.length >= Math.min(prev.channels.length, s.channels.length)) {
        merged[merged.length - 1] = { from: prev.from, to: s.to, channels };
        continue;
      }
    }
    merged.push(s);
  }
  return merged.map((s) => ({ ...s, channels: dropPunctuationColumns(rows.slice(s.from, s.to + 1), s.channels) }));
}

/**
 * A column holding nothing but punctuation is the dash of a range a narrow cell spread out
 * ("2023" … "–" / "2030"), not a column: it joins the column on its left.
 */
function dropPunctuationColumns(rows: Row[], channels: Channel[]): Channel[] {
  return channels.filter((ch, c) => {
    const right = channels[c + 1]?.[0] ?? Infinity;
    const inside = rows.flatMap((r) => r.runs.filter((run) => run.x0 >= ch[1] && run.x1 <= right));
    return !inside.length || inside.some((run) => /[\p{L}\p{N}]/u.test(run.text));
  });
}

/**
 * A row where a channel runs through a gap of a letter's width or more, with text on both sides.
 * Word spaces of lines cut into words (OCR, some PDF producers) can line up down a few rows; a
 * table shows itself somewhere by a wider gap (an empty or short cell).
 */
function clearGap(rows: Row[], channels: Channel[]): boolean {
  return rows.some((row) =>
    row.runs.slice(1).some((r, k) => {
      const left = row.runs[k]!.x1;
      return r.x0 - left >= row.size && channels.some(([a, b]) => a < r.x0 && b > left);
    }),
  );
}

/**
 * A table has three columns or more over three rows or more, and a clear gap; side-by-side boxes
 * have a wide channel and a row with text on both sides of it.
 */
function isBlock(rows: Row[], s: Span): boolean {
  const count = s.to - s.from + 1;
  if (s.channels.length >= 2) return count >= 3 && clearGap(rows.slice(s.from, s.to + 1), s.channels);
  const [a, b] = s.channels[0]!;
  const em = Math.max(...rows.slice(s.from, s.to + 1).map((r) => r.size));
  if (b - a < 2 * em) return false;
  return rows.slice(s.from, s.to + 1).some((r) => r.runs.some((x) => x.x1 <= a) && r.runs.some((x) => x.x0 >= b));
}

/** Splits a block's runs into columns (by their middle) and each column into lines. */
function columnLines(rows: Row[], channels: Channel[]): Line[][] {
  const cols: Run[][] = Array.from({ length: channels.length + 1 }, () => []);
  for (const row of rows) {
    for (const r of row.runs) {
      const mid = (r.x0 + r.x1) / 2;
      let c = 0;
      while (c < channels.length && mid > channels[c]![0]) c++;
      cols[c]!.push(r);
    }
  }
  return cols.map((runs) => rowsOf(runs).map((row) => lineOf(row.runs)));
}

const median = (xs: number[]): number | undefined => {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/**
 * A borderless table's rows: each column's lines form chunks (lines at the usual pitch); the
 * horizontal bands no chunk of any column covers separate the rows.
 */
function tableBlock(rows: Row[], channels: Channel[]): TableBlock {
  const cols = columnLines(rows, channels);
  const pitch =
    median(cols.flatMap((ls) => ls.slice(1).map((l, k) => l.y - ls[k]!.y).filter((d, k) => d < 2 * ls[k]!.size))) ??
    1.2 * rows[0]!.size;
  const chunks: Array<[number, number]> = [];
  for (const ls of cols) {
    let start = 0;
    for (let k = 1; k <= ls.length; k++) {
      if (k === ls.length || ls[k]!.y - ls[k - 1]!.y > 1.2 * pitch) {
        const a = ls[start]!;
        const b = ls[k - 1]!;
        chunks.push([a.y - 0.8 * a.size, b.y + 0.25 * b.size]);
        start = k;
      }
    }
  }
  chunks.sort((a, b) => a[0] - b[0]);
  const bands: Array<[number, number]> = [];
  for (const c of chunks) {
    const last = bands[bands.length - 1];
    if (last && c[0] <= last[1]) last[1] = Math.max(last[1], c[1]);
    else bands.push([c[0], c[1]]);
  }
  const tableRows = bands.map(([top, bottom]) => cols.map((ls): Cell => [ls.filter((l) => l.y >= top && l.y <= bottom)]));
  const extents = cols.map((ls): Channel => [Math.min(...ls.map((l) => l.x0)), Math.max(...ls.map((l) => l.x1))]);
  return { kind: 'table', columns: channels, rows: tableRows, extents, pitch };
}

/** The page's blocks in reading order: flow text, tables, side-by-side boxes. */
function pageBlocks(page: PageRuns): Block[] {
  const rows = rowsOf(page.runs);
  const blocks: Block[] = [];
  let flow: Line[] = [];
  const endFlow = () => {
    if (flow.length) blocks.push({ kind: 'flow', lines: flow });
    flow = [];
  };
  let k = 0;
  for (const span of findColumnSpans(rows)) {
    for (; k < span.from; k++) flow.push(lineOf(rows[k]!.runs));
    endFlow();
    const part = rows.slice(span.from, span.to + 1);
    if (span.channels.length >= 2) blocks.push(tableBlock(part, span.channels));
    else blocks.push({ kind: 'columns', columns: columnLines(part, span.channels) });
    k = span.to + 1;
  }
  for (; k < rows.length; k++) flow.push(lineOf(rows[k]!.runs));
  endFlow();
  return blocks;
}

// --- reflow

const TERMINAL = /[.:;!?…]["”’)\]]*$/;
const CELL_END = /[.:!?…]["”’)\]]*$/;
const DASH = /^[-–]\s/;

/**
 * Does `next` carry on the paragraph `prev` is in? (see the file comment) In a table cell a line
 * ending in ";" goes on too (cells list agencies "Sở A; Sở B;" in one paragraph, the paragraph
 * spacing shows where a paragraph ends).
 */
function continues(prev: Line, next: Line, right: number, pitch: number, inCell = false): boolean {
  const em = Math.max(prev.size, next.size);
  if (Math.abs(prev.size - next.size) > 0.15 * em) return false;
  const dy = next.y - prev.y;
  if (dy < 0.5 * em || dy > 1.3 * pitch) return false;
  if (next.x0 > prev.x1 || next.x1 < prev.x0) return false;
  if (prev.x1 + 0.25 * em + next.firstWord <= right) return false; // the word would have fitted
  if (isMostlyUpper(prev.text)) return false;
  const ended = (inCell ? CELL_END : TERMINAL).test(prev.text);
  // a dash after a full, unfinished line is the dash of "Tổ chức – Hành chính" wrapped, not a list item
  if (startsBlock(next.text) && !(DASH.test(next.text) && !ended && !TERMINAL.test(prev.text))) return false;
  if (ended && /^\p{Lu}/u.test(next.text)) return false;
  return true;
}

/** Joins wrapped lines into paragraphs (a hyphen glued to a word at a line end joins without a space). */
export function reflow(lines: Line[], right: number, pitch: (size: number) => number, inCell = false): string[] {
  const out: string[] = [];
  lines.forEach((l, k) => {
    const prev = lines[k - 1];
    if (prev && continues(prev, l, right, pitch(prev.size), inCell)) {
      const glue = /[\p{L}\p{N}]-$/u.test(out[out.length - 1]!) && /^[\p{L}\p{N}]/u.test(l.text) ? '' : ' ';
      out[out.length - 1] += glue + l.text;
    } else out.push(l.text);
  });
  return out;
}

/** Right margin per page width and line pitch per font size, measured on the flow text. */
function measure(pages: Array<{ width: number; blocks: Block[] }>): Metrics {
  const rights = new Map<number, number[]>();
  const gaps = new Map<number, number[]>();
  for (const p of pages) {
    const w = Math.round(p.width);
    for (const b of p.blocks) {
      if (b.kind !== 'flow') continue;
      b.lines.forEach((l, k) => {
        if (!rights.has(w)) rights.set(w, []);
        rights.get(w)!.push(l.x1);
        const prev = b.lines[k - 1];
        const size = Math.round(l.size * 2) / 2;
        const dy = prev ? l.y - prev.y : 0;
        if (prev && Math.abs(prev.size - l.size) < 0.1 && dy >= 0.9 * l.size && dy <= 2.5 * l.size) {
          if (!gaps.has(size)) gaps.set(size, []);
          gaps.get(size)!.push(dy);
        }
      });
    }
  }
  const right = new Map([...rights].map(([w, xs]) => [w, [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!]));
  // the usual pitch is the smaller one (paragraph spacing makes the larger gaps)
  const pitch = new Map([...gaps].map(([s, ds]) => [s, [...ds].sort((a, b) => a - b)[Math.floor(ds.length * 0.25)]!]));
  return {
    right: (width) => right.get(Math.round(width)) ?? width,
    pitch: (size) => pitch.get(Math.round(size * 2) / 2) ?? 1.2 * size,
  };
}

/** A table in the tab-led cell layout (see the file comment), its cells' lines reflowed. */
function tableText(t: TableBlock): string[] {
  const colRight = t.rows[0]!.map((_, c) => Math.max(0, ...t.rows.flatMap((r) => r[c]!.flat().map((l) => l.x1))));
  const out: string[] = [];
  for (const row of t.rows) {
    out.push('');
    row.forEach((cell, c) => {
      const paras: string[] = [];
      for (const part of cell) {
        const more = reflow(part, colRight[c]!, () => t.pitch, true);
        // a paragraph the page break cut goes on (same test as between the lines of a cell)
        const cut = paras[paras.length - 1];
        const listItem = more.length > 0 && startsBlock(more[0]!) && !(DASH.test(more[0]!) && !TERMINAL.test(cut ?? ''));
        if (cut !== undefined && more.length && !CELL_END.test(cut) && !listItem) {
          paras[paras.length - 1] = cut + ' ' + more.shift()!;
        }
        paras.push(...more);
      }
      out.push('\t' + (paras[0] ?? ''), ...paras.slice(1));
    });
  }
  out.push('');
  return out;
}

/**
 * A table that runs on from the previous page: first on the page, each of its columns under a
 * column of the table above (a column may be empty on one page). Its first row continues the last
 * row above when a cell of it starts lower-case (a cell cut in mid-sentence).
 */
function mergeContinuedTable(prev: TableBlock, next: TableBlock): boolean {
  const target: number[] = [];
  for (const [x0, x1] of next.extents) {
    let best = -1;
    let most = 0;
    prev.extents.forEach(([p0, p1], c) => {
      const o = Math.min(x1, p1) - Math.max(x0, p0);
      if (o > most) [best, most] = [c, o];
    });
    if (best < 0 || (target.length && best <= target[target.length - 1]!)) return false;
    target.push(best);
  }
  const place = (row: Cell[]): Cell[] => {
    const out: Cell[] = prev.extents.map(() => [[]]);
    row.forEach((cell, c) => (out[target[c]!] = cell));
    return out;
  };
  const rows = next.rows.map(place);
  const last = prev.rows[prev.rows.length - 1];
  const first = rows[0];
  if (last && first && first.some((cell) => /^\p{Ll}/u.test(cell[0]?.[0]?.text ?? ''))) {
    first.forEach((cell, c) => last[c]!.push(...cell));
    rows.shift();
  }
  prev.rows.push(...rows);
  return true;
}

// the page numbers pdf.ts drops as page furniture
const PAGE_NUMBER = /^\s*(?:[-–]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–])?\s*$/iu;

/**
 * The text of every page: lines in reading order, tables in the tab-led layout, wrapped lines
 * joined. A table that runs over a page break is written whole on the page where it starts.
 */
export function layoutText(pages: PageRuns[]): string[] {
  const laid = pages.map((p) => ({ width: p.width, blocks: pageBlocks(p) }));
  const metrics = measure(laid);
  let open: TableBlock | null = null;
  for (const p of laid) {
    // a page number may stand above the table's next part
    const at = p.blocks[0]?.kind === 'flow' && p.blocks[0].lines.every((l) => PAGE_NUMBER.test(l.text)) ? 1 : 0;
    const first = p.blocks[at];
    if (open && first?.kind === 'table' && mergeContinuedTable(open, first)) p.blocks.splice(at, 1);
    const last = p.blocks[p.blocks.length - 1];
    if (last?.kind === 'table') open = last;
    else if (p.blocks.length > at) open = null;
  }
  return laid.map((p) => {
    const out: string[] = [];
    for (const b of p.blocks) {
      if (b.kind === 'flow') out.push(...reflow(b.lines, metrics.right(p.width), metrics.pitch));
      else if (b.kind === 'table') out.push(...tableText(b));
      else for (const col of b.columns) out.push(...col.map((l) => l.text));
    }
    return out.join('\n').replace(/^\n+|\n+$/g, '');
  });
}

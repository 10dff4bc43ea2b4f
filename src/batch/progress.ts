/**
 * Progress of a long import: on a terminal a bar redrawn in place (done/total, rate, ETA); when
 * the output goes to a file or a pipe, a plain line every few seconds, which a log keeps readable.
 * Nothing shows before the first interval, so a short import prints what it always printed.
 */

export interface ProgressSink {
  write(text: string): void;
  /** true: redraw one line in place; false: append plain lines */
  isTTY: boolean;
  /** terminal width (TTY only) */
  columns?: number;
}

export interface ProgressOptions {
  /** milliseconds; injectable for tests */
  now?: () => number;
  /** between plain lines (default 5,000 ms) */
  lineInterval?: number;
  /** before the bar first shows, and between redraws (default 500 and 100 ms) */
  barDelay?: number;
  barInterval?: number;
  /** what is counted (default "documents") */
  unit?: string;
}

const CLEAR = '\r\x1b[K';

export class Progress {
  private done = 0;
  private readonly started: number;
  private lastShown: number;
  private shown = false;
  /** the bar is on screen (TTY) */
  private drawn = false;
  private readonly now: () => number;
  private readonly opts: Required<Omit<ProgressOptions, 'now'>>;

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink,
    opts: ProgressOptions = {},
  ) {
    this.now = opts.now ?? (() => performance.now());
    this.opts = { lineInterval: 5000, barDelay: 500, barInterval: 100, unit: 'documents', ...opts };
    this.started = this.now();
    this.lastShown = this.started;
  }

  tick(n = 1): void {
    this.done += n;
    const t = this.now();
    const wait = this.sink.isTTY ? (this.shown ? this.opts.barInterval : this.opts.barDelay) : this.opts.lineInterval;
    if (t - this.lastShown < wait) return;
    this.lastShown = t;
    this.shown = true;
    if (this.sink.isTTY) this.draw(t);
    else this.sink.write(`progress: ${this.status(t)}\n`);
  }

  /** Ends the display: the bar is wiped; plain output gets a last line if it showed any. */
  finish(): void {
    if (this.sink.isTTY) this.clear();
    else if (this.shown) this.sink.write(`progress: ${this.status(this.now())}\n`);
  }

  /** A writer whose text appears above the bar rather than through it. */
  around(write: (text: string) => void): (text: string) => void {
    return (text) => {
      if (!this.drawn) return write(text);
      this.clear();
      write(text);
      this.draw(this.now());
    };
  }

  /** "1,200/10,000 documents (12%), 310/s, ETA 28 s" */
  status(t: number): string {
    const secs = Math.max(t - this.started, 1) / 1000;
    const rate = this.done / secs;
    const pct = this.total ? Math.floor((100 * this.done) / this.total) : 100;
    const left = this.total - this.done;
    const eta = left <= 0 ? `${duration(secs)} elapsed` : rate > 0 ? `ETA ${duration(left / rate)}` : 'ETA -';
    return `${count(this.done)}/${count(this.total)} ${this.opts.unit} (${pct}%), ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s, ${eta}`;
  }

  private draw(t: number): void {
    const text = this.status(t);
    const room = (this.sink.columns ?? 80) - text.length - 4;
    const width = Math.min(30, room);
    const bar = width >= 10 ? `[${'#'.repeat(Math.round((width * this.done) / Math.max(this.total, 1))).padEnd(width, '-')}] ` : '';
    this.sink.write(`${CLEAR}${bar}${text}`);
    this.drawn = true;
  }

  private clear(): void {
    if (!this.drawn) return;
    this.sink.write(CLEAR);
    this.drawn = false;
  }
}

const count = (n: number): string => n.toLocaleString('en-US');

function duration(secs: number): string {
  if (secs < 60) return `${secs < 10 ? secs.toFixed(1) : Math.round(secs)} s`;
  const m = Math.floor(secs / 60);
  const s = Math.floor(secs % 60);
  return m < 60 ? `${m} min ${s} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/**
 * Where a command's progress goes: a bar on the process's stderr when that is a terminal and the
 * command writes there, else plain lines through `write` (a log, a pipe, a test's buffer).
 */
export function progressSink(write: (text: string) => void, writesToProcess: boolean): ProgressSink {
  if (writesToProcess && process.stderr.isTTY) return { write: (s) => void process.stderr.write(s), isTTY: true, columns: process.stderr.columns };
  return { write, isTTY: false };
}

/**
 * Parallel analysis for imports: worker threads run `analyzeFile` while the caller (the main
 * thread, the single SQLite writer) consumes the results in input order. At most `window` files
 * are in flight or waiting to be taken, so memory does not grow with the number of files, and the
 * order of what is stored (hence ids) is the order a serial import gives.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createDoc } from '../document/vdoc.js';
import { analyzeFile, InputError, type Analysis } from '../pipeline.js';
import type { WorkerError, WorkerReply, WorkerRequest } from './protocol.js';

export interface FileTask {
  file: string;
  /** the path recorded in source.path */
  displayPath: string;
  /** OCR scanned pages (default true) */
  ocr?: boolean;
}

/** What an import needs of an analysis: the extraction and the document its spans locate in. */
export type Analysed = Pick<Analysis, 'doc' | 'extraction'>;

export interface Outcome<T extends FileTask> {
  task: T;
  /** null when `skip` left the file out or the analysis failed */
  analysis: Analysed | null;
  /** what `skip` or the analysis threw (an InputError for input that cannot be processed) */
  error: unknown;
  /** the id of the worker thread that analysed the file; 0 when it ran in this thread, was skipped or failed */
  thread: number;
}

export interface AnalyzeOptions<T extends FileTask> {
  /** worker threads (1: analyse in this thread) */
  jobs: number;
  /** asked in input order before a file is analysed; true leaves it out */
  skip?: (task: T) => boolean | Promise<boolean>;
  /** files in flight or waiting to be taken, at most (default 48) */
  window?: number;
  /**
   * Fewer files than this are analysed in this thread: a worker loads the program and its rules
   * first, which costs about as much as analysing a dozen documents.
   */
  minParallel?: number;
}

/**
 * The import stores documents in batches of 32 while the workers wait for room: a window of one
 * batch and a half keeps them busy through a batch's commit, at a few tens of MB.
 */
const DEFAULT_WINDOW = 48;

/** The default number of jobs: the cores this process may use. */
export const defaultJobs = (): number => os.availableParallelism();

/*
 * Workers run the compiled program: from src/batch (tests) and dist/batch alike this is the
 * package's dist/batch/worker.js. Without a build the analysis runs in this thread.
 */
const WORKER_URL = new URL('../../dist/batch/worker.js', import.meta.url);

export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

export async function* analyzeFiles<T extends FileTask>(tasks: readonly T[], opts: AnalyzeOptions<T>): AsyncGenerator<Outcome<T>> {
  const parallel = opts.jobs > 1 && tasks.length >= (opts.minParallel ?? 24) && workersAvailable();
  if (!parallel) {
    for (const task of tasks) yield await analyzeHere(task, opts.skip);
    return;
  }
  const pool = new Pool(Math.min(opts.jobs, tasks.length));
  const window = Math.max(1, opts.window ?? DEFAULT_WINDOW);
  const pending = new Map<number, Promise<Outcome<T>>>();
  let next = 0;
  let closed = false;
  const fill = (): void => {
    while (!closed && next < tasks.length && pending.size < window) {
      const i = next++;
      pending.set(i, analyzeThere(tasks[i]!, pool, opts.skip));
    }
  };
  try {
    fill();
    for (let i = 0; i < tasks.length; i++) {
      const outcome = await pending.get(i)!;
      pending.delete(i);
      // the next file starts before this one is handed over, so workers stay busy meanwhile
      fill();
      yield outcome;
    }
  } finally {
    // a consumer that stops early (break, error) ends the import: start no further file
    closed = true;
    await pool.close();
  }
}

async function analyzeHere<T extends FileTask>(task: T, skip: AnalyzeOptions<T>['skip']): Promise<Outcome<T>> {
  try {
    if (skip && (await skip(task))) return { task, analysis: null, error: null, thread: 0 };
    return { task, analysis: await analyzeFile(task.file, { displayPath: task.displayPath, ocr: task.ocr ?? true }), error: null, thread: 0 };
  } catch (error) {
    return { task, analysis: null, error, thread: 0 };
  }
}

async function analyzeThere<T extends FileTask>(task: T, pool: Pool, skip: AnalyzeOptions<T>['skip']): Promise<Outcome<T>> {
  try {
    if (skip && (await skip(task))) return { task, analysis: null, error: null, thread: 0 };
    const { analysis, thread } = await pool.analyze(task);
    return { task, analysis, error: null, thread };
  } catch (error) {
    return { task, analysis: null, error, thread: 0 };
  }
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, { resolve: (a: { analysis: Analysed; thread: number }) => void; reject: (e: unknown) => void }>;
}

class Pool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  analyze(task: FileTask): Promise<{ analysis: Analysed; thread: number }> {
    const slot = this.slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.inFlight.set(id, { resolve, reject });
      slot.worker.postMessage({ id, file: task.file, displayPath: task.displayPath, ocr: task.ocr ?? true } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), inFlight: new Map() };
    let crash: unknown = null;
    slot.worker.on('message', (reply: WorkerReply) => {
      const waiting = slot.inFlight.get(reply.id);
      if (!waiting) return;
      slot.inFlight.delete(reply.id);
      if (!reply.ok) return waiting.reject(rebuildError(reply.error));
      const { extraction, located } = reply;
      const doc = createDoc({ ...located, mapped: { text: extraction.text, origin: located.origin } });
      waiting.resolve({ analysis: { doc, extraction }, thread: reply.thread });
    });
    slot.worker.on('error', (err) => void (crash = err));
    // a worker that dies (out of memory, a crash) fails the files it held; a fresh one goes on
    slot.worker.on('exit', (code) => {
      if (this.closing) return;
      const reason = crash ?? new Error(`the worker analysing it stopped (exit code ${code})`);
      for (const w of slot.inFlight.values()) w.reject(reason);
      slot.inFlight.clear();
      this.slots[this.slots.indexOf(slot)] = this.spawn();
    });
    return slot;
  }
}

function rebuildError(e: WorkerError): Error {
  if (e.kind === 'input') return new InputError(e.file, e.reason);
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}

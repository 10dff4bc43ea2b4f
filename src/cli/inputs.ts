/** Turns the paths given on the command line into the files to process. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isSupported } from '../ingest/index.js';
import { stemOf } from '../store/index.js';

export interface InputProblem {
  file: string;
  reason: string;
}

export interface Inputs {
  files: string[];
  problems: InputProblem[];
}

/**
 * Files stay as given (the pipeline names unsupported formats itself); a folder expands to its
 * supported files, sorted, not descending into subfolders. Paths that do not exist and folders
 * without a supported file are problems. Each file is listed once.
 */
export function expandInputs(paths: readonly string[]): Inputs {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      problems.push({ file: p, reason: 'no such file or folder' });
      continue;
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    const found = readdirSync(p, { withFileTypes: true })
      .filter((e) => e.isFile() && isSupported(e.name))
      .map((e) => path.join(p, e.name))
      .sort();
    if (!found.length) problems.push({ file: p, reason: 'folder holds no supported file' });
    files.push(...found);
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(path.resolve(f)) && seen.add(path.resolve(f))), problems };
}

/**
 * Remembers the stems of the files a batch has produced: a second file with the same stem would
 * overwrite the first one's <stem>.json and database rows, so it is refused. Claimed only after a
 * file was extracted, so a file that fails anyway is reported with its own reason.
 */
export class StemClaims {
  private readonly byStem = new Map<string, string>();

  /** Null when the stem is free (and now taken by `file`), else the problem to report. */
  claim(file: string): InputProblem | null {
    const stem = stemOf(file);
    const first = this.byStem.get(stem);
    if (first !== undefined && first !== file) return { file, reason: `same file stem as ${first}; rename one of them` };
    this.byStem.set(stem, file);
    return null;
  }
}

/** The path recorded in source.path: relative to the current folder, with forward slashes. */
export function displayPathOf(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
}

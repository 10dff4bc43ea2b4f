import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDoc, analyzeFile, loadRules, type Analysis } from '../src/pipeline.js';
import { createDoc } from '../src/document/vdoc.js';
import { markdownToText } from '../src/ingest/markdown.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = {
  s0: '000_7e7f113ccca9c72f',
  s1: '001_8e02962e2ec160c3',
  s2: '002_51be01270951ac2e',
  s3: '003_31b3bf059ba1da7a',
  s4: '004_c9b331be775b570d',
} as const;

const cache = new Map<string, Promise<Analysis>>();

/** Runs the pipeline on a corpus document (once per test file). */
export function corpus(stem: string): Promise<Analysis> {
  let p = cache.get(stem);
  if (!p) {
    p = analyzeFile(path.join(ROOT, 'corpus', `${stem}.txt`), { displayPath: `corpus/${stem}.txt` });
    cache.set(stem, p);
  }
  return p;
}

/** Runs the pipeline on text written in the test. */
export function analyzeText(text: string, format: 'txt' | 'md' = 'txt'): Analysis {
  const doc = createDoc({
    path: `inline.${format}`,
    sha256: 'inline',
    format,
    source: text,
    ...(format === 'md' ? { mapped: markdownToText(text) } : {}),
  });
  return analyzeDoc(doc, loadRules());
}

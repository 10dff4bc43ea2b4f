/**
 * Hand-made extractions for the query tests: a document is a few lines (copied from the corpus or
 * written from the conventions doc) and items that point into them by quoting their text, so spans
 * and locations are computed, never typed.
 */
import { createHash } from 'node:crypto';
import type { Citation, DocumentMeta, Extraction, Loc, Mention, Responsibility, Span, Target, Task } from '../../src/contract/schema.js';
import type { SqliteStore } from '../../src/store/sqlite.js';
import { NO_META } from '../support/meta.js';

/** 1-based line and column of a span in a text, as the pipeline's locator gives them. */
export function locIn(text: string, span: Span): Loc {
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    return { line: before.split('\n').length, column: offset - nl };
  };
  const a = at(span[0]);
  const b = at(span[1]);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

export interface MentionSpec {
  /** the mention as it stands in the text; the next occurrence after the previous mention's */
  text: string;
  /** look from this line on (1-based), past a declaration that repeats the words */
  line?: number;
  pinpoint?: string;
  relation?: string;
}

export type CitationSpec = Omit<Citation, 'mentions' | 'type' | 'number' | 'year' | 'symbol' | 'issuer' | 'date' | 'title'> &
  Partial<Pick<Citation, 'type' | 'number' | 'year' | 'symbol' | 'issuer' | 'date' | 'title'>> & { mentions: (string | MentionSpec)[] };

export type TargetSpec = Pick<Target, 'text' | 'value' | 'unit' | 'comparator' | 'year' | 'indicator'> & { per?: string };

export type ResponsibilitySpec = Omit<Responsibility, 'span' | 'loc' | 'sectionId'> & { sectionId?: string | null };

export interface DocSpec {
  stem: string;
  meta?: Partial<DocumentMeta>;
  lines: string[];
  citations?: CitationSpec[];
  targets?: TargetSpec[];
  /** each located at its agency as written (or canonically): in a heading ("2. Sở Tài chính") if one names it, else first in the text */
  responsibilities?: ResponsibilitySpec[];
  /** each located at its text */
  tasks?: Omit<Task, 'span' | 'loc'>[];
  /** false: items carry spans but no locations (the store then locates them from its line map) */
  locs?: boolean;
}

const META: DocumentMeta = NO_META;

export function extraction(spec: DocSpec): Extraction {
  const text = spec.lines.join('\n');
  const withLocs = spec.locs !== false;
  const find = (needle: string, from = 0): Span => {
    const i = text.indexOf(needle, from);
    if (i < 0) throw new Error(`${spec.stem}: not in the text: ${needle}`);
    return [i, i + needle.length];
  };
  const located = <T extends object>(item: T, span: Span): T & { span: Span; loc?: Loc } =>
    withLocs ? { ...item, span, loc: locIn(text, span) } : { ...item, span };

  const citations = (spec.citations ?? []).map((c): Citation => {
    let from = 0;
    const mentions = c.mentions.map((m): Mention => {
      const ms = typeof m === 'string' ? { text: m } : m;
      const lineStart = ms.line ? spec.lines.slice(0, ms.line - 1).join('\n').length + 1 : 0;
      const span = find(ms.text, Math.max(from, lineStart));
      from = span[1];
      const { text: _t, line: _l, ...extra } = ms;
      return located({ text: ms.text, ...extra }, span);
    });
    const { mentions: _m, ...rest } = c;
    return { type: null, number: null, year: null, symbol: null, issuer: null, date: null, title: null, ...rest, mentions };
  });
  const targets = (spec.targets ?? []).map((t): Target =>
    located({ subject: t.text, sectionId: null, ...t, per: t.per ?? null }, find(t.text)),
  );
  const heading = (name: string): Span => {
    const line = spec.lines.findIndex((l) => l.replace(/^\d+\.\s*/, '') === name);
    if (line < 0) return find(name);
    const start = spec.lines.slice(0, line).join('\n').length + (line ? 1 : 0) + spec.lines[line]!.indexOf(name);
    return [start, start + name.length];
  };
  const responsibilities = (spec.responsibilities ?? []).map((r): Responsibility =>
    located({ ...r, sectionId: r.sectionId ?? null }, heading(r.asWritten ?? r.agency)),
  );
  const tasks = (spec.tasks ?? []).map((t): Task => located(t, find(t.text)));
  return {
    schemaVersion: 1,
    source: { path: `corpus/${spec.stem}.txt`, sha256: createHash('sha256').update(spec.stem).digest('hex'), format: 'txt' },
    text,
    document: { ...META, ...spec.meta },
    sections: [],
    targets,
    citations,
    responsibilities,
    tasks,
    warnings: [],
  };
}

/** Imports documents in the order given, each with a locator, so the store keeps a line map. */
export async function importAll(store: SqliteStore, specs: readonly DocSpec[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const spec of specs) {
    const x = extraction(spec);
    const r = await store.importExtraction(x, { locate: (span) => locIn(x.text, span) });
    ids.set(spec.stem, r.id);
  }
  return ids;
}

/**
 * Loads a rule file (YAML or JSON) and validates it with a zod schema. A broken file fails with
 * its path, line, column and the reason, so a staff member can fix it without reading code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import type { z } from 'zod';

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'RuleFileError';
  }
}

/** The project's rules/ folder (next to src/ and dist/). */
export const DEFAULT_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

export function parseRuleText<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const pos = lineCounter.linePos(e.pos[0]);
    throw new RuleFileError(file, pos.line, pos.col, e.message.split('\n')[0] ?? e.message);
  }
  const data: unknown = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // Find the deepest YAML node on the issue's path to report its line.
  let where = 0;
  for (let n = issue.path.length; n >= 0; n--) {
    const node = doc.getIn(issue.path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) { where = node.range[0]; break; }
  }
  // an unknown key is reported at the key itself, not at the map holding it
  if (issue.code === 'unrecognized_keys') {
    const map = doc.getIn(issue.path as (string | number)[], true);
    if (isMap(map)) {
      const pair = map.items.find((p) => isScalar(p.key) && issue.keys.includes(String(p.key.value)));
      if (pair && isScalar(pair.key) && pair.key.range) where = pair.key.range[0];
    }
  }
  const pos = lineCounter.linePos(where);
  const at = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
  throw new RuleFileError(file, pos.line, pos.col, `${issue.message}${at}`);
}

export function loadRuleFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new RuleFileError(file, 1, 1, `cannot read rule file: ${(err as Error).message}`);
  }
  return parseRuleText(text, file, schema);
}

import { mkdtempSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRuleText, RuleFileError } from '../../src/rules/load.js';
import { loadRules } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';

describe('rule files', () => {
  it('a YAML syntax error names the file, line and column', () => {
    const err = (() => { try { parseRuleText('kinds:\n  goals: [a, b\n  tasks: x\n', 'rules/x.yaml', z.any()); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(RuleFileError);
    expect((err as RuleFileError).file).toBe('rules/x.yaml');
    expect((err as Error).message).toMatch(/^rules\/x\.yaml:\d+:\d+: /);
  });

  it('a value of the wrong shape names the line of that value', () => {
    const schema = z.object({ types: z.array(z.object({ name: z.string(), abbr: z.array(z.string()) })) });
    const text = 'types:\n  - name: Luật\n    abbr: []\n  - name: Nghị định\n    abbr: NĐ\n';
    expect(() => parseRuleText(text, 'rules/document-types.yaml', schema)).toThrow(/^rules\/document-types\.yaml:5:11: .*\(at types\.1\.abbr\)/);
  });

  it('the pipeline refuses a broken rules folder with the file and line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vanban-rules-'));
    for (const f of readdirSync(path.join(ROOT, 'rules'))) copyFileSync(path.join(ROOT, 'rules', f), path.join(dir, f));
    writeFileSync(path.join(dir, 'section-kinds.yaml'), 'kinds:\n  goals:\n    - mục tiêu\n  budget:\n    - kinh phí\n');
    expect(() => loadRules(dir)).toThrow(/section-kinds\.yaml:4:\d+: .*budget/);
  });

  it('the shipped rule files load', () => {
    const r = loadRules();
    expect(r.segment.types.map((t) => t.name)).toContain('Quyết định');
    expect(r.segment.places.provinceByForm.get('gia lai')).toBe('Gia Lai');
  });
});

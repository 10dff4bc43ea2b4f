import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCitationRules } from '../../src/extract/citations/rules.js';
import { DEFAULT_RULES_DIR, RuleFileError } from '../../src/rules/load.js';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A copy of the rules folder with one file edited. */
function rulesWith(file: string, edit: (text: string) => string): string {
  dir = mkdtempSync(path.join(tmpdir(), 'vanban-rules-'));
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
  const p = path.join(dir, file);
  writeFileSync(p, edit(readFileSync(p, 'utf8')));
  return dir;
}

describe('citation rule files', () => {
  it('the shipped files load, with every registry key normalized', () => {
    const rules = loadCitationRules();
    expect(rules.registry.byKey.get('80/NĐ-CP|2017')?.key).toBe('80/2017/NĐ-CP');
    expect(rules.registry.byKey.has('Luật Giáo dục|2019')).toBe(true);
    expect(rules.typeWord.get('vb hợp nhất')).toBe('Văn bản hợp nhất');
  });

  it('a wrong value names the file and line', () => {
    const d = rulesWith('citations.yaml', (t) => t.replace('relationStrength: [replaces,', 'relationStrength: [supersedes,'));
    let err: unknown;
    try {
      loadCitationRules(d);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RuleFileError);
    const e = err as RuleFileError;
    expect(e.file).toBe(path.join(d, 'citations.yaml'));
    expect(readFileSync(e.file, 'utf8').split('\n')[e.line - 1]).toContain('relationStrength');
  });

  it('a type word must name a type of document-types.yaml', () => {
    const d = rulesWith('citations.yaml', (t) => t.replace('{ word: VB hợp nhất, type: Văn bản hợp nhất }', '{ word: VB hợp nhất, type: Văn bản gộp }'));
    expect(() => loadCitationRules(d)).toThrow(/unknown type "Văn bản gộp"/);
  });

  it('a registry date must be ISO', () => {
    const d = rulesWith('registry.yaml', (t) => t.replace('date: "2025-10-14"', 'date: "14/10/2025"'));
    expect(() => loadCitationRules(d)).toThrow(/YYYY-MM-DD/);
  });

  it('a new issuer body is recognised in symbols and after "của"', async () => {
    const d = rulesWith('issuers.yaml', (t) => t.replace('bodies:\n', 'bodies:\n  - { name: Kiểm toán Nhà nước, code: KTNN, national: true }\n'));
    const { extractCitations } = await import('../../src/extract/citations/index.js');
    const { inputOf } = await import('./helpers.js');
    const [c] = extractCitations(inputOf('Căn cứ Quyết định số 01/2024/QĐ-KTNN ngày 02/01/2024 của Kiểm toán Nhà nước về việc ban hành quy chế;'), loadCitationRules(d));
    expect(c).toMatchObject({ key: '01/2024/QĐ-KTNN', issuer: 'Kiểm toán Nhà nước', title: 'ban hành quy chế' });
  });
});

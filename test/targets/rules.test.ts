import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, parseRuleText, RuleFileError } from '../../src/rules/load.js';
import { compileTargetRules, TargetRulesFile } from '../../src/extract/targets/rules.js';
import { extractTargets } from '../../src/extract/targets/index.js';
import { loadIndicators } from '../../src/resolve/indicators.js';
import { makeInput } from './input.js';

const original = readFileSync(path.join(DEFAULT_RULES_DIR, 'targets.yaml'), 'utf8');

describe('rules/targets.yaml', () => {
  it('loads, and a staff member\'s typo is reported with its line and column', () => {
    expect(() => parseRuleText(original, 'targets.yaml', TargetRulesFile)).not.toThrow();
    const broken = original.replace('{ phrase: "không quá", op: "<=" }', '{ phrase: "không quá", op: "at most" }');
    const line = broken.split('\n').findIndex((l) => l.includes('at most')) + 1;
    try {
      parseRuleText(broken, 'targets.yaml', TargetRulesFile);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RuleFileError);
      expect((err as RuleFileError).line).toBe(line);
      expect((err as RuleFileError).message).toMatch(/comparators\.before\.\d+\.op/);
    }
  });

  it('a new comparator phrase takes effect without touching code', () => {
    const text = 'I. MỤC TIÊU\n- Tỷ lệ trẻ suy dinh dưỡng thể thấp còi khống chế ở mức 5%.\n';
    const file = parseRuleText(original, 'targets.yaml', TargetRulesFile);
    const before = extractTargets(makeInput(text), { targets: compileTargetRules(file), indicators: loadIndicators() });
    expect(before.targets.map((t) => t.comparator)).toEqual(['=']);
    file.comparators.before.push({ phrase: 'khống chế ở mức', op: '<=' });
    const after = extractTargets(makeInput(text), { targets: compileTargetRules(file), indicators: loadIndicators() });
    expect(after.targets.map((t) => t.comparator)).toEqual(['<=']);
  });
});

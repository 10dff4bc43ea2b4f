import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isVietnameseSyllable,
  loadSyllableRules,
  SyllableRulesFile,
  useSyllableRules,
  vietnameseScore,
} from '../../src/ingest/encodings/syllables.js';
import { parseRuleText, RuleFileError } from '../../src/rules/load.js';
import { CORPUS, ROOT } from '../helpers.js';

describe('isVietnameseSyllable', () => {
  it('accepts the syllables of real headings and body text, in any case', () => {
    const words = 'QUYẾT ĐỊNH Về việc ban hành Kế hoạch thực hiện Chương trình nâng cao chất lượng giáo dục mầm non người được nghĩa khuya giếng gìn giữ quốc quyền khuỷu ngoằn ngoèo xoong';
    for (const w of words.split(' ')) expect(isVietnameseSyllable(w), w).toBe(true);
  });

  it('accepts both tone-placement styles where they differ (oa, oe, uy without a final), and only there', () => {
    for (const w of ['hoà', 'hòa', 'hoá', 'hóa', 'khoẻ', 'khỏe', 'thuỷ', 'thủy', 'Uỷ', 'Ủy', 'tuỳ', 'tùy']) expect(isVietnameseSyllable(w), w).toBe(true);
    // with a final consonant both styles agree: the mark sits on the last vowel
    for (const w of ['hoàn', 'hoạch', 'thuyền']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['hòan', 'họach', 'thúyên', 'ngừơi', 'mùôn']) expect(isVietnameseSyllable(w), w).toBe(false);
  });

  it('accepts decomposed input and Eth for Đ, as they arrive before normalisation', () => {
    expect(isVietnameseSyllable('Quye\u0302\u0301t')).toBe(true);
    expect(isVietnameseSyllable('Ðiều')).toBe(true);
  });

  it('rejects what damaged text layers and wrong decodings produce', () => {
    // huyền on a stop final (Quyềt), no tone on a stop final (chât), two tones, no vowel, non-Vietnamese letters
    for (const w of ['Quyềt', 'chât', 'cac', 'ấ\u0300', 'nh', 'Uû', 'Së', 'nhaân', 'Ä', 'QÄ', 'Quyêt']) expect(isVietnameseSyllable(w), w).toBe(false);
  });

  it('follows the spelling rules for k/c, gh/g, ngh/ng and qu', () => {
    for (const w of ['kế', 'ghi', 'nghiệp', 'cũng', 'gà', 'ngày', 'quý', 'gì']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['cế', 'gi\u0301a', 'ngiệp', 'kũng', 'ghà', 'nghày', 'quu']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});

describe('vietnameseScore', () => {
  it('scores every corpus document as Vietnamese (loan words like "internet" are the only misses)', () => {
    for (const stem of Object.values(CORPUS)) {
      const s = vietnameseScore(readFileSync(path.join(ROOT, 'corpus', `${stem}.txt`), 'utf8'));
      expect(s.words, stem).toBeGreaterThan(800);
      expect(s.score, stem).toBeGreaterThan(0.99);
      expect(s.strays, stem).toBeLessThanOrEqual(1); // S1 has one stray backtick ("Gia Lâm`")
    }
  });

  it('does not judge abbreviations and list letters, but judges capitals with diacritics', () => {
    const s = vietnameseScore('UBND tỉnh; QĐ-TTg; TTr-SGDĐT; GD&ĐT; b) đ) KẾ HOẠCH');
    // judged: tỉnh, KẾ, HOẠCH
    expect(s).toMatchObject({ words: 3, valid: 3, strays: 0 });
  });

  it('counts symbols glued to words, as a damaged text layer has them, and not ordinary punctuation', () => {
    expect(vietnameseScore('VẾ)VIỆC BAN HÀNH; U=Y BAN NHÂN DÂN TI=NH').strays).toBe(3);
    expect(vietnameseScore('Uû ban nh©n d©n').strays).toBe(2);
    expect(vietnameseScore('(Kèm theo Quyết định số 2458/QĐ-UBND); “Nâng cao…”, a) 50%; m² đất').strays).toBe(0);
  });
});

describe('syllable rules file', () => {
  afterEach(() => useSyllableRules(loadSyllableRules()));

  it('is the source of the inventory: a rhyme left out of the rules is rejected', () => {
    expect(isVietnameseSyllable('xoong')).toBe(true);
    const rules = loadSyllableRules();
    useSyllableRules({ ...rules, rhymes: rules.rhymes.filter((r) => r !== 'oong') });
    expect(isVietnameseSyllable('xoong')).toBe(false);
    expect(isVietnameseSyllable('xong')).toBe(true);
  });

  it('rejects an entry with capitals or tone marks, naming the line', () => {
    const text = 'onsets: [b]\nfrontOnly: []\nnotBeforeFront: []\nfrontVowels: [e]\nstopFinals: [c]\nrhymes:\n  - a\n  - Án\n';
    expect(() => parseRuleText(text, 'vietnamese-syllables.yaml', SyllableRulesFile)).toThrow(RuleFileError);
    expect(() => parseRuleText(text, 'vietnamese-syllables.yaml', SyllableRulesFile)).toThrow(/vietnamese-syllables\.yaml:8:5: .*lower-case Vietnamese letters/);
  });
});

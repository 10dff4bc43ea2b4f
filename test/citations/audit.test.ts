import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Span } from '../../src/contract/schema.js';
import { auditCitations, buildRegistry, type AuditDoc } from '../../src/extract/citations/index.js';
import { parseRuleText } from '../../src/rules/load.js';
import { RegistryFile } from '../../src/extract/citations/rules.js';
import { cite, NO_META } from './helpers.js';

function doc(id: string, text: string, meta: Partial<DocumentMeta> = {}): AuditDoc {
  return {
    id,
    path: `${id}.txt`,
    document: { ...NO_META, ...meta },
    citations: cite(text, meta),
    lineOf: (span: Span) => text.slice(0, span[0]).split('\n').length,
  };
}

const kinds = (docs: AuditDoc[]) => auditCitations(docs).map((f) => f.kind);

describe('same document cited with different dates', () => {
  it('names the documents, lines and dates', () => {
    const a = doc('a', 'Mở đầu.\nThực hiện Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ;');
    const b = doc('b', 'Căn cứ Quyết định số 1609/QĐ-TTg ngày 27/12/2022 của Thủ tướng Chính phủ;');
    const f = auditCitations([a, b]).filter((x) => x.kind === 'date-conflict');
    expect(f).toHaveLength(1);
    expect(f[0]!.key).toBe('1609/QĐ-TTg|2022');
    expect(f[0]!.occurrences.map((o) => [o.docId, o.line, o.date])).toEqual([
      ['a', 2, '2022-12-26'],
      ['b', 1, '2022-12-27'],
    ]);
    expect(f[0]!.message).toContain('a.txt:2 (2022-12-26)');
  });

  it('within one document', () => {
    const a = doc('a', 'Căn cứ Nghị định số 105/2020/NĐ-CP ngày 08/9/2020;\nTheo Nghị định số 105/2020/NĐ-CP ngày 09/9/2020.');
    expect(kinds([a])).toContain('date-conflict');
  });

  it('the same day in another year is a wrong year (conventions §2.6); another day is another document', () => {
    const a = doc('a', 'Thực hiện Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ;');
    const wrongYear = doc('b', 'Thực hiện Quyết định số 1609/QĐ-TTg ngày 26/12/2023 của Thủ tướng Chính phủ;');
    const other = doc('c', 'Thực hiện Quyết định số 1609/QĐ-TTg ngày 05/3/2021 của Thủ tướng Chính phủ;');
    const f = auditCitations([a, wrongYear]).filter((x) => x.kind === 'date-conflict');
    expect(f).toHaveLength(1);
    expect(f[0]!.occurrences.map((o) => o.date)).toEqual(['2022-12-26', '2023-12-26']);
    expect(auditCitations([a, other]).filter((x) => x.kind === 'date-conflict')).toEqual([]);
  });

  it('local symbols of different places are different documents', () => {
    const a = doc('a', 'Kế hoạch 143/KH-UBND ngày 19/6/2017 của UBND Thành phố Hà Nội;');
    const b = doc('b', 'Kế hoạch 143/KH-UBND ngày 19/6/2018 của UBND tỉnh Lai Châu;');
    expect(kinds([a, b])).not.toContain('date-conflict');
  });

  it('a year and a full date of that year agree', () => {
    const a = doc('a', 'Căn cứ Luật Giáo dục ngày 14/6/2019;');
    const b = doc('b', 'theo Luật Giáo dục năm 2019.');
    expect(kinds([a, b])).not.toContain('date-conflict');
  });
});

describe('citing a document issued later', () => {
  it('flags a cited date after the citing document', () => {
    const a = doc('a', 'Căn cứ Quyết định số 1609/QĐ-TTg ngày 26/12/2022;', { date: '2020-01-15' });
    const f = auditCitations([a]).find((x) => x.kind === 'cited-before-issued')!;
    expect(f.key).toBe('1609/QĐ-TTg|2022');
    expect(f.occurrences[0]!.date).toBe('2022-12-26');
  });

  it('compares partial dates by the latest day the citing date allows', () => {
    expect(kinds([doc('a', 'Căn cứ Kế hoạch số 12/KH-UBND ngày 14/11/2023;', { date: '2023-11' })])).not.toContain('cited-before-issued');
    expect(kinds([doc('a', 'Căn cứ Kế hoạch số 12/KH-UBND ngày 01/12/2023;', { date: '2023-11' })])).toContain('cited-before-issued');
  });
});

describe('symbol missing the year its type requires', () => {
  it('80/NĐ-CP of 2017 should be 80/2017/NĐ-CP', () => {
    const f = auditCitations([doc('a', 'Nghị định 80/NĐ-CP ngày 17/7/2017 của Chính phủ;')]).find((x) => x.kind === 'symbol-missing-year')!;
    expect(f.expected).toBe('80/2017/NĐ-CP');
    expect(f.key).toBe('80/NĐ-CP|2017');
  });

  it('not for types without a year, nor for symbols older than the rule', () => {
    expect(kinds([doc('a', 'Quyết định số 2270/QĐ-TTg ngày 14/10/2025; Nghị định số 101/CP ngày 23 tháng 9 năm 1997;')])).not.toContain('symbol-missing-year');
  });
});

describe('nicknames used but never declared', () => {
  it('flags a registry nickname the text does not declare', () => {
    const f = auditCitations([doc('a', 'Thực hiện Chương trình 1609 trên địa bàn tỉnh.')]).find((x) => x.kind === 'undeclared-nickname')!;
    expect(f.key).toBe('1609/QĐ-TTg|2022');
    expect(f.occurrences[0]!.text).toBe('Chương trình 1609');
  });

  it('a declared nickname and formal mentions are fine', () => {
    const text =
      'Thực hiện Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình “Hỗ trợ” (sau đây gọi tắt là Chương trình 1609);\nUBND tỉnh triển khai Chương trình 1609; theo Quyết định 1609.';
    expect(kinds([doc('a', text)])).not.toContain('undeclared-nickname');
  });
});

describe('dates that disagree with the registry', () => {
  it('uses rules/registry.yaml by default', () => {
    const f = auditCitations([doc('a', 'Căn cứ Nghị định số 105/2020/NĐ-CP ngày 09/9/2020 của Chính phủ;')]).find((x) => x.kind === 'registry-date')!;
    expect(f.expected).toBe('2020-09-08');
    expect(f.occurrences[0]!.date).toBe('2020-09-09');
  });

  it('takes another registry, with keys in any spelling', () => {
    const file = parseRuleText('documents:\n  - { key: "Quyết định 77/QĐ-UBND ngày 01/3/2021", date: "2021-03-01" }\n', 'test.yaml', RegistryFile);
    const registry = buildRegistry(file.documents);
    expect([...registry.byKey.keys()]).toEqual(['77/QĐ-UBND|2021']);
    const a = doc('a', 'Căn cứ Quyết định số 77/QĐ-UBND ngày 02/3/2021;');
    expect(auditCitations([a], registry).map((f) => f.kind)).toEqual(['registry-date']);
    expect(auditCitations([doc('b', 'Căn cứ Quyết định số 77/QĐ-UBND ngày 01/3/2021;')], registry)).toEqual([]);
  });

  it('the right day in a wrong year is checked against the registry entry of that symbol', () => {
    const f = auditCitations([doc('a', 'Triển khai Quyết định số 1609/QĐ-TTg ngày\n26/12/2023 của Thủ tướng Chính phủ phê duyệt Chương trình')]).find((x) => x.kind === 'registry-date')!;
    expect(f.key).toBe('1609/QĐ-TTg|2023');
    expect(f.expected).toBe('2022-12-26');
    expect(kinds([doc('b', 'Triển khai Quyết định số 1609/QĐ-TTg ngày 05/3/2023 của Thủ tướng Chính phủ')])).not.toContain('registry-date');
  });

  it('a registry date of only a year accepts any day of it', () => {
    expect(kinds([doc('a', 'theo Luật Ngân sách nhà nước ngày 25/6/2015;')])).not.toContain('registry-date');
  });
});

it('a clean set of documents has no findings', () => {
  const a = doc('a', 'Căn cứ Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ;', { date: '2025-10-31' });
  expect(auditCitations([a])).toEqual([]);
});

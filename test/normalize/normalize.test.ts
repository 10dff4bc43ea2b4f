import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identity, replaceAll } from '../../src/document/mapped-text.js';
import { createDoc, locate } from '../../src/document/vdoc.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { normalize } from '../../src/normalize/index.js';
import { detectWrap } from '../../src/normalize/unbreak-lines.js';
import { CORPUS, corpus, ROOT } from '../helpers.js';

const norm = (source: string) => normalize(createDoc({ path: 't.txt', sha256: '', format: 'txt', source }));

describe('offsets survive every edit', () => {
  it('replaceAll keeps origins of unchanged characters and anchors replacements', () => {
    const mt = replaceAll(identity('ab\r\ncd'), /\r\n/g, () => '\n');
    expect(mt.text).toBe('ab\ncd');
    expect(Array.from(mt.origin)).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it('a span in the repaired text of 004 points back to the source lines it came from', async () => {
    const { doc, extraction: x } = await corpus(CORPUS.s4);
    const at = x.text.indexOf('Thông tư số 50/2020/TT-Bộ GD&ĐT');
    expect(at).toBeGreaterThan(0);
    const loc = locate(doc, [at, at + 'Thông tư số 50/2020/TT-Bộ GD&ĐT'.length]);
    const src = doc.source.split('\n');
    expect(src[loc.line - 1]!.slice(loc.column - 1)).toMatch(/^Thông tư số 50\/2020\/TT-/);
    expect(loc.endLine).toBeGreaterThan(loc.line); // the symbol was split over two source lines
    expect(src[loc.endLine - 1]).toMatch(/^Bộ GD&ĐT/);
  });
});

describe('character stages', () => {
  it('composes NFD, unifies CRLF, maps Eth to Đ and NBSP to a space', () => {
    const nfd = 'Quyết định số 2270/QĐ-TTg\r\nSở Giáo dục và Ðào tạo\u00a0tỉnh'.normalize('NFD');
    expect(norm(nfd).mapped.text).toBe('Quyết định số 2270/QĐ-TTg\nSở Giáo dục và Đào tạo tỉnh');
  });

  it('the NFD + CRLF fixture gives the same text as the UTF-8 original', async () => {
    const fixture = readFileSync(path.join(ROOT, 'test/fixtures/enc-utf8-nfd-crlf.txt'));
    const original = readFileSync(path.join(ROOT, 'corpus', `${CORPUS.s0}.txt`), 'utf8');
    const doc = await ingestBytes(fixture, 'txt', 'f.txt');
    expect(doc.source).toContain('\r\n');
    expect(doc.source.normalize('NFC')).not.toBe(doc.source);
    const a = normalize(doc).mapped.text;
    const lines = doc.source.replace(/\r?\n$/, '').split('\n').length;
    const b = norm(original.split('\n').slice(0, lines).join('\n')).mapped.text;
    expect(a.trim()).toBe(b.trim());
  });

  it('unwraps Markdown left in plain text but keeps "*" bullets', () => {
    const t = norm('(sau đây gọi tắt là *Chương trình 1609*);\n* Công tác xã hội hóa\nPhát triển huyện Gia Lâm` giai đoạn').mapped.text;
    expect(t).toBe('(sau đây gọi tắt là Chương trình 1609);\n* Công tác xã hội hóa\nPhát triển huyện Gia Lâm giai đoạn');
  });
});

describe('footnotes out of the body (002)', () => {
  it('closes the sentence the page break cut and moves the footnotes to the end', async () => {
    const { extraction: x } = await corpus(CORPUS.s2);
    expect(x.text).toContain('theo quy định đối với vùng khó khăn, ưu tiên đối với giáo viên');
    expect(x.text).toContain('xây dựng mô hình môi trường giáo dục đậm đà văn hóa, bản sắc dân tộc, phát huy ưu thế ở mỗi địa phương');
    const foot = x.regions!.find((r) => r.kind === 'footnotes')!;
    const tail = x.text.slice(foot.span[0]);
    expect(tail).toMatch(/^¹ Kế hoạch số 3844/);
    expect(tail).toContain('- Điều 7 Nghị định 105/2020/NĐ-CP');
    expect(x.footnotes!.map((f) => f.marker)).toEqual(['1', '2', '3']);
    // the body no longer holds footnote text
    expect(x.text.slice(0, foot.span[0])).not.toContain('Nghị quyết số 11/2020/NQ-HĐND');
  });

  it('a footnote at the end of the document stays there (000)', async () => {
    const { extraction: x } = await corpus(CORPUS.s0);
    expect(x.footnotes).toHaveLength(1);
    expect(x.footnotes![0]!.text).toMatch(/^Theo Quyết định số 655\/QĐ-TTg/);
  });
});

describe('unbreak lines', () => {
  it('detects hard-wrapped text only where lines are cut at one width', async () => {
    const src = (stem: string) => readFileSync(path.join(ROOT, 'corpus', `${stem}.txt`), 'utf8').split('\n');
    expect(detectWrap(src(CORPUS.s4)).hard).toBe(true);
    for (const stem of [CORPUS.s0, CORPUS.s1, CORPUS.s2, CORPUS.s3]) expect(detectWrap(src(stem)).hard, stem).toBe(false);
  });

  it('joins symbols, ranges and sentences split across lines in 004, keeps list items apart', async () => {
    const { extraction: x } = await corpus(CORPUS.s4);
    expect(x.text).toContain('Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT.');
    expect(x.text).toContain('Nghị quyết 07/2013/NQ-HĐND của Hội đồng nhân dân thành phố');
    expect(x.text).toContain('năm học 2024-2025, Phòng Giáo dục và Đào tạo (GD&ĐT)');
    expect(x.text).toContain('Duy trì 17/17 xã, thị trấn đạt chuẩn PCGDMN cho trẻ 5 tuổi.');
    expect(x.text).toMatch(/a\. Chỉ tiêu phấn đấu\n+- 100% cơ sở GDMN/);
  });

  it('leaves the tab-led cells of a flattened table alone (003)', async () => {
    const { extraction: x } = await corpus(CORPUS.s3);
    expect(x.text).toContain('\tTT\n\tNhiệm vụ\n\tĐơn vị chủ trì');
    expect(x.text).toContain('\tSở GDĐT (Phòng Nghiệp vụ Dạy học;');
  });

  it('does not join a caps type line to its title in text that is not hard-wrapped', () => {
    expect(norm('KẾ HOẠCH\nPhát triển giáo dục mầm non').mapped.text).toBe('KẾ HOẠCH\nPhát triển giáo dục mầm non');
  });
});

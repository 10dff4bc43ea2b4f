import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tcvn3FromLatin1, utf8FromCp1252, vniToUnicode } from '../../src/ingest/encodings/legacy.js';
import { describeRepair, repairMojibake } from '../../src/ingest/encodings/mojibake.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { CORPUS, ROOT } from '../helpers.js';
import { makeDocx } from '../support/docx-writer.js';
import { tcvn3Mojibake, utf8AsCp1252, vniMojibake } from './encoders.js';

const corpusText = (stem: string) => readFileSync(path.join(ROOT, 'corpus', `${stem}.txt`), 'utf8');
/** TCVN3 (.VnTime) has no toned capitals (headings used a caps font): lines without them. */
const tcvn3Lines = (text: string) =>
  text.split('\n').filter((l) => !/[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ“”…–¹²³\u00A0]/u.test(l));

describe('the mojibake samples of the conventions (§7.2)', () => {
  it('TCVN3 read as Latin-1', () => {
    expect(tcvn3FromLatin1('Uû ban nh©n d©n')).toBe('Uỷ ban nhân dân');
    expect(repairMojibake('Së Gi¸o dôc vµ §µo t¹o').text).toBe('Sở Giáo dục và Đào tạo');
    expect(repairMojibake('§éc lËp - Tù do - H¹nh phóc').text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(repairMojibake('QuyÕt ®Þnh vÒ gi¸o dôc mÇm non').text).toBe('Quyết định về giáo dục mầm non');
  });

  it('VNI read as Windows-1252', () => {
    expect(vniToUnicode('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    expect(repairMojibake('Sôû Giaùo duïc vaø Ñaøo taïo').text).toBe('Sở Giáo dục và Đào tạo');
    expect(repairMojibake('UÛy ban nhaân daân').text).toBe('Ủy ban nhân dân');
    expect(repairMojibake('Ñoäc laäp - Töï do - Haïnh phuùc').text).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('UTF-8 read as Windows-1252, including a no-break space turned into a space and Đ turned into "Ä�"', () => {
    expect(utf8FromCp1252('Quyáº¿t Ä‘á»‹nh')).toBe('Quyết định');
    expect(repairMojibake('á»¦y ban nhÃ¢n dÃ¢n').text).toBe('Ủy ban nhân dân');
    expect(repairMojibake('Cá»˜NG HÃ’A XÃƒ Há»˜I').text).toBe('CỘNG HÒA XÃ HỘI');
    expect(repairMojibake('Sá»Ÿ GiÃ¡o dá»¥c vÃ  Ä\uFFFDÃ o táº¡o').text).toBe('Sở Giáo dục và Đào tạo');
  });
});

describe('round trips of real documents', () => {
  it('TCVN3: corpus lines encoded with the table, then repaired, equal the original', () => {
    for (const stem of [CORPUS.s0, CORPUS.s1, CORPUS.s4]) {
      const original = tcvn3Lines(corpusText(stem)).join('\n');
      const mojibake = tcvn3Mojibake(original);
      expect(mojibake).toContain('®'); // đ
      const r = repairMojibake(mojibake);
      expect(r.text, stem).toBe(original);
      expect(r.repairs.map((x) => x.kind)).toEqual(['tcvn3']);
    }
  });

  it('VNI: whole documents, capitals included, come back', () => {
    for (const stem of Object.values(CORPUS)) {
      const original = corpusText(stem);
      const r = repairMojibake(vniMojibake(original));
      expect(r.text, stem).toBe(original);
      expect(r.repairs.map((x) => x.kind)).toEqual(['vni']);
    }
  });

  it('UTF-8 read as Windows-1252: whole documents come back', () => {
    for (const stem of Object.values(CORPUS)) {
      const original = corpusText(stem);
      const r = repairMojibake(utf8AsCp1252(original));
      expect(r.text, stem).toBe(original);
      expect(r.repairs.map((x) => x.kind)).toEqual(['utf8-as-cp1252']);
    }
  });

  it('UTF-8 mojibake whose undefined bytes became U+FFFD: Đ always comes back, other letters when only one makes a word', () => {
    const lossy = (s: string) => utf8AsCp1252(s).replace(/[\u0081\u008D\u008F\u0090\u009D]/g, '\uFFFD').replace(/\u00A0/g, ' ');
    // Đ is C4 90; ờ in "người" is E1 BB 9D, and only "người" is a syllable among ngư[ềọỏỐờ]i
    expect(repairMojibake(lossy('Đào tạo người lao động')).text).toBe('Đào tạo người lao động');
    // "Tờ": tề, tọ, tỏ, tờ are all words; the letter is lost and one U+FFFD says so
    expect(repairMojibake(lossy('Tờ trình số 2202')).text).toBe('T\uFFFD trình số 2202');
  });
});

describe('what must stay as it is', () => {
  it('correct Unicode documents are not touched', () => {
    for (const stem of Object.values(CORPUS)) {
      const original = corpusText(stem);
      expect(repairMojibake(original)).toEqual({ text: original, repairs: [] });
    }
  });

  it('Latin-1 symbols and foreign names in correct text are left alone', () => {
    const text = 'Tài liệu © 2025 Bộ GD&ĐT; chuyên gia Müller (Đức) và Søren; nhiệt độ 25°C; § 3.';
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });

  it('a document with a Unicode header and a TCVN3 body: only the body lines change', () => {
    const header = 'ỦY BAN NHÂN DÂN TỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const body = tcvn3Lines(corpusText(CORPUS.s0)).slice(5, 25).join('\n');
    const r = repairMojibake(`${header}\n${tcvn3Mojibake(body)}`);
    expect(r.text).toBe(`${header}\n${body}`);
    expect(r.repairs).toHaveLength(1);
    expect(r.repairs[0]).toMatchObject({ kind: 'tcvn3', lines: 20 });
    expect(describeRepair(r.repairs[0]!)).toMatch(/^repaired TCVN3 \(\.VnTime\/ABC font\) text read as Windows-1252 on 20 lines \(quality 0\.\d\d → 1\.00\)$/);
  });
});

describe('ingestion repairs mojibake in text files and Word files, with a warning', () => {
  const body = tcvn3Lines(corpusText(CORPUS.s0)).slice(0, 30).join('\n') + '\n';

  it('a UTF-8 .txt holding TCVN3 mojibake', async () => {
    const doc = await ingestBytes(Buffer.from(tcvn3Mojibake(body), 'utf8'), 'txt', 'old.txt');
    expect(doc.source).toBe(body);
    expect(doc.messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^repaired TCVN3 .* on \d+ lines/)]);
  });

  it('a .docx typed in .VnTime (TCVN3) under a Unicode heading', async () => {
    const lines = body.trimEnd().split('\n');
    const docx = makeDocx([
      { text: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI', font: 'Times New Roman' },
      ...lines.map((l) => ({ text: tcvn3Mojibake(l), font: '.VnTime' })),
    ]);
    const doc = await ingestBytes(docx, 'docx', 'old.docx');
    // Word paragraphs come out with single spaces (see docx.ts)
    const expected = ['ỦY BAN NHÂN DÂN TỈNH GIA LAI', ...lines.map((l) => l.replace(/ +/g, ' ').trimEnd()).filter((l) => l.trim())];
    expect(doc.source).toBe(expected.join('\n') + '\n');
    expect(doc.messages.map((m) => `${m.stage}: ${m.reason}`)).toEqual([expect.stringMatching(/^ingest: repaired TCVN3 \(\.VnTime\/ABC font\) text read as Windows-1252 on \d+ lines/)]);
  });

  it('a .docx typed in VNI-Times', async () => {
    const text = corpusText(CORPUS.s3).split('\n').filter((l) => l.trim() && !l.includes('\t')).slice(0, 20);
    const doc = await ingestBytes(makeDocx(text.map((l) => ({ text: vniMojibake(l), font: 'VNI-Times' }))), 'docx', 'vni.docx');
    expect(doc.source).toBe(text.map((l) => l.replace(/ +/g, ' ').trim()).join('\n') + '\n');
    expect(doc.messages[0]?.reason).toMatch(/^repaired VNI font text read as Windows-1252 on 20 lines/);
  });
});

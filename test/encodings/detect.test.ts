import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { rankCandidates, utf16ByteOrder } from '../../src/ingest/encodings/detect.js';
import { decodeLegacy } from '../../src/ingest/encodings/legacy.js';
import { ingestBytes, ingestFile } from '../../src/ingest/index.js';
import { analyzeFile, InputError } from '../../src/pipeline.js';
import { analyzeText, CORPUS, ROOT } from '../helpers.js';
import { encodeTcvn3, encodeViscii, vniMojibake } from './encoders.js';

const fixture = (name: string) => path.join(ROOT, 'test/fixtures', name);
const corpusText = (stem: string) => readFileSync(path.join(ROOT, 'corpus', `${stem}.txt`), 'utf8');
/** The fixtures hold the first 60 lines of document 000. */
const first60 = corpusText(CORPUS.s0).split('\n').slice(0, 60).join('\n') + '\n';
/** VISCII and TCVN3 have no curly quotes or ellipsis; the fixtures were made with ASCII for them. */
const inEightBits = (s: string) => s.replace(/[“”]/g, '"').replace(/…/g, '...');

describe('legacy fixtures', () => {
  const cases: Array<[string, string, string, string]> = [
    ['enc-viscii.txt', 'viscii', 'VISCII', inEightBits(first60)],
    ['enc-tcvn5712-1.txt', 'tcvn3', 'TCVN3 (TCVN 5712:1993)', inEightBits(first60)],
    ['enc-windows-1258.txt', 'windows-1258', 'Windows-1258', first60],
  ];
  for (const [file, encoding, name, expected] of cases) {
    it(`${file}: recognised as ${name} and decoded to the NFC text of the original lines`, () => {
      const bytes = readFileSync(fixture(file));
      const decoded = decodeText(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(expected);
      expect(decoded.text.normalize('NFC')).toBe(decoded.text);
      expect(decoded.warning).toMatch(new RegExp(`^decoded as ${name.replace(/[()]/g, '\\$&')} \\(score 1\\.00; next best .*, 0\\.\\d\\d\\); the file had no encoding label$`));
      // the right reading wins by a wide margin
      const [best, next] = rankCandidates(bytes);
      expect(best!.encoding).toBe(encoding);
      expect(best!.quality - next!.quality).toBeGreaterThan(0.4);
    });
  }

  it('every legacy fixture goes through the pipeline to the same extraction as the UTF-8 lines, with the guess as a warning', async () => {
    const cases: Array<[string, string]> = [
      ['enc-viscii.txt', inEightBits(first60)],
      ['enc-tcvn5712-1.txt', inEightBits(first60)],
      ['enc-windows-1258.txt', first60],
    ];
    for (const [file, utf8] of cases) {
      const a = await analyzeFile(fixture(file), { displayPath: file });
      expect(a.extraction.warnings[0]).toMatch(/^ingest: decoded as .*; the file had no encoding label$/);
      expect(a.doc.info['encodingScore']).toBe(1);
      const { source: _s, warnings: _w, ...legacy } = a.extraction;
      const { source: _s2, warnings: _w2, ...expected } = analyzeText(utf8).extraction;
      expect(legacy, file).toEqual(expected);
      expect(legacy.citations.length + legacy.targets.length, file).toBeGreaterThan(3);
    }
  });

  it('UTF-16LE with a BOM and decomposed UTF-8 with CRLF are read as labelled, without a warning', async () => {
    for (const file of ['enc-utf16le-bom.txt', 'enc-utf8-nfd-crlf.txt']) {
      const doc = await ingestFile(fixture(file));
      expect(doc.messages).toEqual([]);
      expect(doc.source.replace(/\r\n/g, '\n').normalize('NFC')).toBe(first60);
    }
  });
});

describe('detection on text encoded here from the corpus', () => {
  it('VISCII and TCVN3 bytes of other documents come back exactly', () => {
    // what VISCII cannot hold (quotes, superscript footnote marks, dashes) becomes "?"
    const s2 = corpusText(CORPUS.s2).replace(/[^\p{L}0-9\n\t !-~]/gu, '?');
    expect(decodeText(encodeViscii(s2))).toMatchObject({ encoding: 'viscii', text: s2 });
    // TCVN3 proper (.VnTime) has no toned capitals: take the lines without them
    const lower = corpusText(CORPUS.s1).split('\n').filter((l) => !/[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ\t`“”…–]/u.test(l)).join('\n');
    expect(lower.length).toBeGreaterThan(5000);
    expect(decodeText(encodeTcvn3(lower))).toMatchObject({ encoding: 'tcvn3', text: lower });
  });

  it('VNI bytes (a VNI-Times text file) are recognised and composed', () => {
    const s3 = corpusText(CORPUS.s3).replace(/[“”…–]/g, '-');
    const bytes = Buffer.from(vniMojibake(s3), 'latin1');
    expect(decodeText(bytes)).toMatchObject({ encoding: 'vni', text: s3 });
  });

  it('UTF-16 without a byte-order mark is recognised by its NUL bytes, either order', () => {
    const text = first60;
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(utf16ByteOrder(le)).toBe('utf-16le');
    expect(utf16ByteOrder(be)).toBe('utf-16be');
    expect(utf16ByteOrder(Buffer.from(text, 'utf8'))).toBeNull();
    expect(decodeText(le)).toMatchObject({ encoding: 'utf-16le', text });
    expect(decodeText(be)).toMatchObject({ encoding: 'utf-16be', text });
    expect(decodeText(be).warning).toMatch(/^decoded as UTF-16BE \(the file has no byte-order mark/);
  });

  it('UTF-8 with a few broken bytes is read as UTF-8, saying how many were replaced', () => {
    const bytes = Buffer.from(first60, 'utf8');
    // two ASCII letters become bytes that never occur in UTF-8
    bytes[bytes.indexOf('Gia Lai')] = 0xff;
    bytes[bytes.lastIndexOf('Gia Lai')] = 0xc0;
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-8-lenient');
    expect(decoded.warning).toMatch(/^decoded as UTF-8 with 2 invalid byte sequences replaced \(score (?:1\.00|0\.9\d)/);
  });

  it('Windows-1258 decoding composes its separate tone bytes', () => {
    // "Quyết định" in cp1258: ê + combining acute (0xEC), i + combining dot below (0xF2)
    expect(decodeLegacy(Uint8Array.from([0x51, 0x75, 0x79, 0xea, 0xec, 0x74, 0x20, 0xf0, 0x69, 0xf2, 0x6e, 0x68]), 'windows-1258')).toBe('Quyết định');
  });
});

describe('refusal', () => {
  it('random bytes are refused with the best guess and its score', async () => {
    const bytes = randomBytes(20_000);
    expect(() => decodeText(bytes)).toThrow(/^cannot recognise the text encoding \(best guess .+, score 0\.[0-5]\d\)$/);
    await expect(ingestBytes(bytes, 'txt', 'noise.txt')).rejects.toThrow(/cannot recognise the text encoding/);
  });

  it('reaches the user as an input error naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanban-enc-'));
    try {
      const file = path.join(dir, 'noise.txt');
      writeFileSync(file, randomBytes(5000));
      const err = await analyzeFile(file, { displayPath: 'noise.txt' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toMatch(/^noise\.txt: cannot recognise the text encoding \(best guess/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

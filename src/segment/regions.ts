/**
 * Split the text into regions: header (number, place-date line, type, title), preamble ("Căn
 * cứ …" lines, the authority line, "QUYẾT ĐỊNH:", the enacting sentence ending "như sau:"), body
 * (the sections), recipients ("Nơi nhận:"), signature (TM./KT. … and the signer's name), and the
 * footnotes moved to the end by normalize. A document may carry another one attached to it (a
 * decision and its plan): the attached document's header starts after the first signature.
 */
import type { Region } from '../extract/types.js';
import { isMostlyUpper, matchForm } from '../text/vietnamese.js';
import { readHeading } from './headings.js';
import type { Line } from './lines.js';

export const PREAMBLE_START = /^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Triển khai|Tiếp tục thực hiện|Thi hành)(?![\p{L}\p{N}])/u;
export const SIGNATURE_START = /^(?:TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}/u;
const RECIPIENTS_START = /^Nơi nhận\s*:?/iu;
const ENACTING = /(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|KẾT LUẬN)\s*:$|\bnhư sau\s*:$/u;
export const ATTACHMENT = /^\(?\s*(?:Ban hành\s+)?[Kk]èm theo\b/u;

export interface Zoned {
  regions: Region[];
  /** header line ranges, one per document part (the main document first) */
  headers: Array<{ from: number; to: number }>;
  /** body parts as line ranges [from, to) */
  bodies: Array<{ from: number; to: number }>;
}

/** Lines that name a document type on their own ("QUYẾT ĐỊNH", "KẾ HOẠCH", "PHỤ LỤC II"). */
export function typeLine(text: string, typeNames: readonly string[]): string | null {
  if (!isMostlyUpper(text)) return null;
  const f = matchForm(text).replace(/\s+[ivxlc\d]+$/u, '').replace(/[:.]$/, '');
  return typeNames.find((n) => matchForm(n) === f) ?? null;
}

export function findRegions(lines: Line[], footnotesAt: number, typeNames: readonly string[]): Zoned {
  type State = 'header' | 'preamble' | 'body' | 'recipients' | 'signature' | 'after';
  const kinds: Array<Region['kind']> = [];
  let state: State = 'header';
  let bodyNext = false;
  let titleNext = false;
  let closed = false; // the last body line ended with the closing formula
  let sawName = false;
  const lastLine = footnotesAt >= 0 ? lines.findIndex((l) => l.start >= footnotesAt) : lines.length;
  const end = lastLine < 0 ? lines.length : lastLine;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    const t = l.text;
    if (!t) { kinds.push(state === 'after' ? 'signature' : state); continue; }
    const h = readHeading(l);
    const topHeading = h && (h.style === 'roman' || h.style === 'article' || h.style === 'part');
    if (bodyNext) { state = 'body'; bodyNext = false; }
    switch (state) {
      case 'header':
        if (titleNext) titleNext = false; // a type line is always followed by its subject line
        else if (typeLine(t, typeNames)) { /* stays in the header */ }
        else if (PREAMBLE_START.test(t) || (isMostlyUpper(t) && authorityBefore(lines, i))) state = 'preamble';
        else if (topHeading) state = 'body';
        else if (ATTACHMENT.test(t)) bodyNext = true;
        if (typeLine(t, typeNames)) titleNext = true;
        break;
      case 'preamble':
        if (topHeading) state = 'body';
        else if (ENACTING.test(t)) bodyNext = true;
        break;
      case 'body':
        if (RECIPIENTS_START.test(t)) state = 'recipients';
        else if (SIGNATURE_START.test(t)) state = 'signature';
        // a signer's title in capitals right after the closing formula "./." ("CHỦ TỊCH")
        else if (closed && isMostlyUpper(t) && !readHeading(l)) state = 'signature';
        closed = /\.\/\.\s*$/.test(t);
        break;
      case 'recipients':
        if (SIGNATURE_START.test(t) || (isMostlyUpper(t) && !/^-/.test(t))) state = 'signature';
        break;
      case 'signature':
      case 'after':
        if (state === 'signature' && !isMostlyUpper(t) && !SIGNATURE_START.test(t) && !sawName) {
          sawName = true; // the signer's name closes the block
          kinds.push('signature');
          state = 'after';
          continue;
        }
        if (state === 'after') {
          state = typeLine(t, typeNames) ? 'header' : 'body';
          sawName = false;
        }
        break;
    }
    kinds.push(state);
  }
  // merge consecutive lines of the same kind into regions
  const regions: Region[] = [];
  const headers: Zoned['headers'] = [];
  const bodies: Zoned['bodies'] = [];
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i]!;
    let j = i;
    while (j + 1 < kinds.length && kinds[j + 1] === k) j++;
    regions.push({ kind: k, span: [lines[i]!.start, j + 1 < lines.length ? lines[j + 1]!.start : lines[j]!.end] });
    if (k === 'header') headers.push({ from: i, to: j + 1 });
    if (k === 'body') bodies.push({ from: i, to: j + 1 });
    i = j;
  }
  if (footnotesAt >= 0) regions.push({ kind: 'footnotes', span: [footnotesAt, lines[lines.length - 1]!.end] });
  return { regions, headers, bodies };
}

/** A caps line naming the body that enacts ("ỦY BAN NHÂN DÂN TỈNH", "HỘI ĐỒNG NHÂN DÂN …"). */
const AUTHORITY = /^(?:[ỦU][YỶ] BAN|UBND|HỘI ĐỒNG|HĐND|CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC|BAN CHẤP HÀNH|CHÍNH PHỦ|QUỐC HỘI)(?![\p{L}])/u;

/**
 * Whether caps line i is the authority line that opens the preamble: "Căn cứ …" follows it, or,
 * for a line naming an authority, follows the caps lines under it ("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH
 * PHƯỚC" ⏎ "KHÓA X, KỲ HỌP THỨ TƯ" ⏎ "Căn cứ …"). A wrapped caps title is not one.
 */
function authorityBefore(lines: Line[], i: number): boolean {
  const multi = AUTHORITY.test(lines[i]!.text);
  for (let k = i + 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (!t) continue;
    if (multi && isMostlyUpper(t)) continue;
    return PREAMBLE_START.test(t);
  }
  return false;
}

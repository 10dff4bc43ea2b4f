/**
 * Header metadata (contract `document`): type, number, symbol, issuer, province, level, place,
 * date, title, period, signer. Header parts are found independently of their order (conventions
 * §4.1): the "Số:" symbol, the place-date line, the caps type line, the issuer lines above them,
 * a Công văn's "V/v" subject and "Kính gửi:" addressees, an attachment line "(Kèm theo …)".
 */
import type { DocumentMeta, Level } from '../contract/schema.js';
import type { Gazetteer } from '../rules/places.js';
import type { DocumentTypeRule } from '../rules/document-types.js';
import { isMostlyUpper, lowerVi, matchForm, newToneStyle, titleCaseVi } from '../text/vietnamese.js';
import type { Line } from './lines.js';
import { ATTACHMENT, PREAMBLE_START, SIGNATURE_START, typeLine } from './regions.js';

export interface HeaderInput {
  /** header lines of the main document */
  header: Line[];
  /** header lines of attached documents (their attachment lines may name this document) */
  attachedHeaders: Line[][];
  preamble: Line[];
  signature: Line[];
  /** the whole normalized text, for the province when the header does not name it */
  text: string;
  places: Gazetteer;
  types: readonly DocumentTypeRule[];
}

const SYMBOL_BODY = String.raw`[\p{Lu}\d&][\p{L}\d&]*(?:\s*-\s*[\p{Lu}\d&][\p{L}\d&]*)*`;
const STATE_SYMBOL = new RegExp(String.raw`(\d{1,6})?\s*\/\s*(?:((?:19|20)\d{2})\s*\/\s*)?(${SYMBOL_BODY})`, 'u');
const PARTY_SYMBOL = new RegExp(String.raw`(\d{1,6})\s*-\s*([\p{Lu}][\p{L}]*)\s*\/\s*([\p{Lu}][\p{L}\d]*)`, 'u');
const NUMBER_LINE = /\bSố\s*:?\s*/u;
const DATE_LONG = /ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*((?:19|20)\d{2})/u;
const PLACE_DATE = new RegExp(
  String.raw`(?:^|\s)(\p{Lu}[\p{L}'.]*(?:[ -]\p{Lu}[\p{L}'.]*){0,4})\s*,\s*` + DATE_LONG.source,
  'u',
);
const MOTTO = /C[ỘO]NG\s+H[ÒOÕ][AÀ]\s+X[ÃA]\s+H[ỘO]I|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM|^\*$/iu;
const LOCALITY = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$/u;
const PERIOD = /(?:giai đoạn|năm học|thời kỳ|niên học)\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/iu;

export function isoDate(day?: string, month?: string, year?: string): string | null {
  if (!year) return null;
  if (!month) return year;
  const mm = month.padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

function parseSymbol(s: string): { number: string | null; symbol: string } | null {
  const party = PARTY_SYMBOL.exec(s);
  if (party) return { number: party[1]!, symbol: `${party[1]}-${party[2]}/${party[3]}` };
  const m = STATE_SYMBOL.exec(s);
  if (!m) return null;
  const body = m[3]!.replace(/\s+/g, '');
  const number = m[1] ?? null;
  return { number, symbol: `${number ?? ''}/${m[2] ? m[2] + '/' : ''}${body}` };
}

/** "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "Phòng Giáo dục và Đào tạo"; "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân". */
export function agencyCase(caps: string): string {
  const l = lowerVi(caps.replace(/\s+/g, ' ').trim());
  const fixed = l
    .replace(/^ubnd\b/u, 'ủy ban nhân dân')
    .replace(/^hđnd\b/u, 'hội đồng nhân dân')
    .replace(/\bgd\s*&\s*đt\b/u, 'giáo dục và đào tạo');
  const words = fixed.split(' ');
  const KIND = new Set(['sở', 'phòng', 'bộ', 'ban', 'cục', 'vụ', 'viện', 'trung', 'tổng', 'chi', 'đài', 'báo', 'trường', 'văn']);
  // capitalise the first word and the first word of each domain group after the kind word
  let out = words.map((w, i) => (i === 0 ? cap(w) : w)).join(' ');
  if (KIND.has(words[0]!) && !/^(ủy|hội) /u.test(fixed)) {
    const rest = out.slice(words[0]!.length + 1);
    const groups = rest.split(/(\s+và\s+|,\s+|\s+-\s+)/u);
    out = `${cap(words[0]!)} ${groups.map((g, i) => (i % 2 === 0 ? cap(g) : g)).join('')}`;
  }
  return out;
}

function cap(w: string): string {
  return w.replace(/\p{L}/u, (c) => c.toUpperCase());
}

function localityCase(levelWord: string, name: string): string {
  return `${lowerVi(levelWord)} ${titleCaseVi(name)}`;
}

export function parseHeader(input: HeaderInput): DocumentMeta {
  const { header, preamble, signature, places, types } = input;
  const texts = header.map((l) => l.text).filter(Boolean);
  const typeNames = types.map((t) => t.name);

  // --- number and symbol
  let number: string | null = null;
  let symbol: string | null = null;
  for (const t of texts) {
    const at = NUMBER_LINE.exec(t);
    if (!at || ATTACHMENT.test(t)) continue;
    const sym = parseSymbol(t.slice(at.index + at[0].length));
    if (sym) ({ number, symbol } = sym);
    break;
  }

  // --- place and date
  let place: string | null = null;
  let date: string | null = null;
  for (const t of texts) {
    const m = PLACE_DATE.exec(t);
    if (m) { place = m[1]!.trim(); date = isoDate(m[2], m[3], m[4]); break; }
  }

  // --- type and title
  let type: string | null = null;
  let title: string | null = null;
  const typeAt = texts.findIndex((t) => typeLine(t, typeNames));
  if (typeAt >= 0) {
    type = typeLine(texts[typeAt]!, typeNames);
    const titleLines: string[] = [];
    for (const t of texts.slice(typeAt + 1)) {
      // the subject line right after the type line belongs to the title whatever its first word
      const stop =
        ATTACHMENT.test(t) || MOTTO.test(t) || PLACE_DATE.test(t) || NUMBER_LINE.test(t) ||
        (titleLines.length > 0 && (PREAMBLE_START.test(t) || (isMostlyUpper(t) && !isMostlyUpper(titleLines[0]!))));
      if (stop) break;
      titleLines.push(t);
    }
    title = titleLines.join(' ').trim() || null;
  }
  const vv = texts.findIndex((t) => /^V\/v\b/iu.test(t));
  if (vv >= 0) {
    const parts = [texts[vv]!.replace(/^V\/v\s*:?\s*/iu, '')];
    for (const t of texts.slice(vv + 1)) {
      if (MOTTO.test(t) || PLACE_DATE.test(t) || /^Kính gửi/u.test(t) || isMostlyUpper(t)) break;
      parts.push(t);
    }
    if (!title) title = parts.join(' ').trim();
  }
  const recipients = readRecipients(texts);
  if (!type && (vv >= 0 || recipients.length)) type = 'Công văn';

  // --- attachment line: "(Kèm theo Kế hoạch số: /KH-UBND ngày … tháng 9 năm 2023 của …)"
  const attachment = texts.find((t) => ATTACHMENT.test(t)) ?? null;
  let attachedTo: string | null = null;
  let attachedIssuer: string | null = null;
  if (attachment) {
    const att = readAttachment(attachment);
    attachedTo = attachment.replace(/^\(\s*|\s*\)$/g, '');
    if (!symbol && att.symbol) ({ number, symbol } = att.symbol);
    const d = DATE_LONG.exec(attachment);
    if (!date && d) date = isoDate(d[1], d[2], d[3]);
    attachedIssuer = att.issuer;
  }
  if (!type && symbol) {
    const abbr = /^[^/]*\/(?:\d{4}\/)?([\p{L}]+)-/u.exec(symbol)?.[1];
    type = types.find((t) => abbr && t.abbr.includes(abbr))?.name ?? null;
  }

  // --- issuer: caps lines above the motto, else an attached part naming this document, else
  // the authority that signs (TM. ỦY BAN NHÂN DÂN) with the level word and the place
  const caps = issuerFromCaps(header, typeNames);
  const parentBody = caps?.parent ?? null;
  let issuerName = caps?.name ?? null;
  if (!issuerName) {
    for (const part of input.attachedHeaders) {
      const line = part.map((l) => l.text).find((t) => ATTACHMENT.test(t));
      if (!line) continue;
      const att = readAttachment(line);
      if (att.symbol && symbol && att.symbol.symbol === symbol) issuerName = att.issuer;
    }
  }
  if (!issuerName && type === 'Phụ lục' && attachedIssuer) issuerName = attachedIssuer;
  if (!issuerName) issuerName = issuerFromAuthority(preamble, signature, symbol, place, places);

  // --- level and province
  const { level, province } = levelAndProvince(issuerName, input.text, places);

  // --- period: "giai đoạn 2021-2025", "năm học 2024 -2025" in the title, else the enacting sentence
  const periodSource = [title ?? '', ...preamble.map((l) => l.text)].join(' ');
  const pm = PERIOD.exec(periodSource);
  const period = pm ? { from: Number(pm[1]), to: Number(pm[2]) } : null;

  // --- signer
  const sig = signature.map((l) => l.text).filter(Boolean);
  const name = [...sig].reverse().find((t) => !isMostlyUpper(t) && !SIGNATURE_START.test(t) && /^\p{Lu}/u.test(t)) ?? null;
  const signerTitle = sig.filter((t) => isMostlyUpper(t) || SIGNATURE_START.test(t)).join(' / ') || null;

  return {
    type,
    number,
    symbol,
    issuer: issuerName,
    province,
    level,
    place,
    date,
    title,
    period,
    signer: name,
    parentBody,
    attachedTo,
    signerTitle,
    recipients,
  };
}

/** "(Kèm theo Quyết định số 2458/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh Gia Lai)" → its symbol and issuer. */
function readAttachment(line: string): { symbol: ReturnType<typeof parseSymbol>; issuer: string | null } {
  return {
    symbol: parseSymbol(line.replace(/^[^]*?\bsố\s*:?/u, '')),
    issuer: /\bcủa\s+(.+?)\s*\)?$/u.exec(line)?.[1] ?? null,
  };
}

function readRecipients(texts: string[]): string[] {
  const at = texts.findIndex((t) => /^Kính gửi\s*:?/u.test(t));
  if (at < 0) return [];
  const out: string[] = [];
  const inline = texts[at]!.replace(/^Kính gửi\s*:?\s*/u, '');
  if (inline) out.push(inline);
  for (const t of texts.slice(at + 1)) {
    if (!/^[-+•]/.test(t)) break;
    out.push(t);
  }
  return out.map((r) => r.replace(/^[-+•]\s*/, '').replace(/[;.,]\s*$/, '').trim()).filter(Boolean);
}

/** Issuer from the caps lines at the top: "ỦY BAN NHÂN DÂN" ⏎ "HUYỆN GIA LÂM"; "UBND HUYỆN AN LÃO" ⏎ "PHÒNG GD…". */
function issuerFromCaps(header: Line[], typeNames: string[]): { name: string; parent: string | null } | null {
  const caps: string[] = [];
  for (const l of header) {
    const t = l.text;
    if (!t) continue;
    if (typeLine(t, typeNames) || /^V\/v/iu.test(t)) break; // the issuer stands above the type and subject
    if (MOTTO.test(t) || NUMBER_LINE.test(t) || PLACE_DATE.test(t)) {
      if (caps.length) break;
      continue;
    }
    if (!isMostlyUpper(t)) { if (caps.length) break; continue; }
    caps.push(t.replace(/\s*\*\s*$/, ''));
  }
  if (!caps.length) return null;
  // merge an organisation line with the locality line under it
  const units: Array<{ org: string; locality: string | null }> = [];
  for (const c of caps) {
    const loc = LOCALITY.exec(c);
    if (loc && units.length && !units[units.length - 1]!.locality) {
      units[units.length - 1]!.locality = localityCase(loc[1]!, loc[2]!);
      continue;
    }
    const inner = /^(.*?)\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$/u.exec(c);
    if (inner) units.push({ org: inner[1]!, locality: localityCase(inner[2]!, inner[3]!) });
    else units.push({ org: c, locality: null });
  }
  const own = units[units.length - 1]!;
  const parent = units.length > 1 ? units[units.length - 2]! : null;
  const locality = own.locality ?? parent?.locality ?? null;
  const name = `${agencyCase(own.org)}${locality ? ' ' + locality : ''}`;
  const parentName = parent ? `${agencyCase(parent.org)}${parent.locality ? ' ' + parent.locality : ''}` : null;
  return { name, parent: parentName };
}

function issuerFromAuthority(preamble: Line[], signature: Line[], symbol: string | null, place: string | null, places: Gazetteer): string | null {
  const all = [...preamble, ...signature].map((l) => l.text);
  const auth = all.find((t) => /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN/u.test(t));
  const fromSymbol = symbol && /-(UBND|HĐND)\b/u.exec(symbol)?.[1];
  if (!auth && !fromSymbol) return null;
  const body = /HỘI ĐỒNG/u.test(auth ?? '') || fromSymbol === 'HĐND' ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân';
  // the level word: on the authority line ("ỦY BAN NHÂN DÂN TỈNH"), in the enacting sentence
  // ("UBND tỉnh ban hành …"), or the place's own unit in the gazetteer
  let levelWord = /(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s*$/u.exec(auth ?? '')?.[1]?.toLowerCase() ?? null;
  if (!levelWord) {
    const enact = preamble.map((l) => l.text).join(' ');
    levelWord = /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\p{L}\p{N}])/iu.exec(enact)?.[1]?.toLowerCase() ?? null;
  }
  if (!levelWord && place) levelWord = places.unitOf.get(places.provinceByForm.get(matchForm(place)) ?? '') ?? null;
  if (!place) return levelWord ? `${body} ${levelWord}` : body;
  return `${body} ${levelWord ?? ''} ${place}`.replace(/\s+/g, ' ');
}

/** Level from the issuer's name; province from it, the districts table, or the text's own mentions. */
export function levelAndProvince(issuer: string | null, text: string, places: Gazetteer): { level: Level | null; province: string | null } {
  if (!issuer) return { level: null, province: inferProvince(text, places) };
  const f = matchForm(issuer);
  if (/^(chính phủ|thủ tướng|quốc hội|ủy ban thường vụ quốc hội|chủ tịch nước|ban chấp hành trung ương|bộ chính trị|ban bí thư)/u.test(f)) return { level: 'central', province: null };
  if (/^bộ\s/u.test(f)) return { level: 'ministry', province: null };
  const loc = /(?<![\p{L}\p{N}])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+([^,()]+)$/u.exec(f);
  if (loc) {
    const unit = loc[1]!;
    const name = loc[2]!.trim();
    const prov = places.provinceByForm.get(name);
    if ((unit === 'tỉnh' || unit === 'thành phố') && prov) return { level: 'province', province: prov };
    const level: Level = unit === 'xã' || unit === 'phường' || unit === 'thị trấn' ? 'commune' : 'district';
    return { level, province: places.districtProvince.get(name) ?? inferProvince(text, places) };
  }
  if (/^sở\s/u.test(f)) return { level: 'province', province: inferProvince(text, places) };
  if (/^phòng\s/u.test(f)) return { level: 'district', province: inferProvince(text, places) };
  return { level: null, province: inferProvince(text, places) };
}

/** The province-level unit the text names most often ("thành phố Hải Phòng", "tỉnh Lai Châu"). */
export function inferProvince(text: string, places: Gazetteer): string | null {
  const counts = new Map<string, number>();
  const re = provinceMention(places);
  for (const m of newToneStyle(lowerVi(text)).matchAll(re)) {
    const p = places.provinceByForm.get(m[1]!.replace(/\s+/g, ' '));
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [p, n] of counts) if (n > bestN) { best = p; bestN = n; }
  return best;
}

const mentionRegex = new WeakMap<Gazetteer, RegExp>();

/** One pattern for every province form after its unit word, longest forms first. */
function provinceMention(places: Gazetteer): RegExp {
  let re = mentionRegex.get(places);
  if (!re) {
    const forms = places.forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    re = new RegExp(String.raw`(?:tỉnh|thành phố|tp\.?)\s+(${forms.join('|')})(?![\p{L}])`, 'gu');
    mentionRegex.set(places, re);
  }
  return re;
}

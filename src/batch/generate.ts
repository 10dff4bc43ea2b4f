/**
 * A synthetic corpus for benchmarks: documents built by recombining and varying the real corpus
 * (corpus/*.txt), so an import of thousands of documents exercises the same text as the real ones
 * while no two files are byte-identical (the store would skip a repeat).
 *
 * What varies, all drawn from a seeded generator (same seed and count → same bytes):
 *   - the province (every spelling the template uses, with its unit word "tỉnh"/"thành phố"),
 *     from rules/places.yaml;
 *   - numbers of local documents (symbols whose issuer is `local` in rules/issuers.yaml) and the
 *     dates written after them and in the header line; national citations (TTg, CP, BGDĐT …) are
 *     kept, so cross-document queries find the fan-in a real corpus has;
 *   - percentages, by a few points;
 *   - agency names, between the spellings rules/agencies.yaml lists for them;
 *   - section order and length: middle top-level sections (I, II, III …) swapped or dropped and
 *     renumbered, runs of bullet items shuffled and thinned, which spreads the lengths from a short
 *     annex to a long plan.
 * Each document is drawn from its own seed (seed, index), so the first 100 documents of a run of
 * 1,000 are the 100 documents of a run of 100.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IssuersFile } from '../extract/citations/rules.js';
import { AgencyRulesFile } from '../resolve/agencies.js';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../rules/load.js';
import { PlacesFile } from '../rules/places.js';

export interface Template {
  name: string;
  text: string;
}

export interface Province {
  name: string;
  unit: 'tỉnh' | 'thành phố';
  spellings: readonly string[];
}

export interface GenSources {
  templates: readonly Template[];
  provinces: readonly Province[];
  /** per agency, the spellings that may replace one another ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT") */
  agencySpellings: readonly (readonly string[])[];
  /** issuer codes of local bodies (UBND, SGDĐT, HĐND …): their documents' numbers are varied */
  localCodes: ReadonlySet<string>;
}

export interface GeneratedDoc {
  /** file name: index and a hash of the text, like the real corpus ("000123_3f2a….txt") */
  name: string;
  text: string;
  /** the template it was built from */
  template: string;
}

export interface GenOptions {
  docs: number;
  seed: number;
}

/** Agency kinds whose names have written abbreviations worth swapping ("Sở GD&ĐT"). */
const SWAPPABLE_KINDS = new Set(['Sở', 'Phòng', 'Bộ']);

/** Reads the templates (corpus/*.txt, sorted) and the rule files the variations draw from. */
export function loadGenSources(corpusDir: string, rulesDir = DEFAULT_RULES_DIR): GenSources {
  const templates = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(corpusDir, f), 'utf8') }));
  if (!templates.length) throw new Error(`no .txt documents in ${corpusDir} to build a corpus from`);
  const places = loadRuleFile(path.join(rulesDir, 'places.yaml'), PlacesFile);
  const issuers = loadRuleFile(path.join(rulesDir, 'issuers.yaml'), IssuersFile);
  const agencies = loadRuleFile(path.join(rulesDir, 'agencies.yaml'), AgencyRulesFile);
  return {
    templates,
    provinces: places.provinces.map((p) => ({ name: p.name, unit: p.unit, spellings: [p.name, ...(p.aliases ?? [])] })),
    agencySpellings: agencies.agencies
      .filter((a) => SWAPPABLE_KINDS.has(a.kind) && a.aliases?.length)
      .map((a) => swappableSpellings([a.name, ...a.aliases!]))
      .filter((s) => s.length > 1),
    localCodes: new Set(issuers.bodies.filter((b) => b.local && b.code).map((b) => b.code!)),
  };
}

/**
 * Spellings written as words (a bare code like "SGDĐT" also occurs inside symbols) and not the
 * start of a longer spelling ("Sở Giáo dục" would cut "Sở Giáo dục và Đào tạo" in two when a line
 * break splits the longer one).
 */
function swappableSpellings(names: readonly string[]): string[] {
  const worded = names.filter((n) => n.includes(' ') && n[0] === n[0]!.toUpperCase());
  return worded.filter((n) => !worded.some((m) => m !== n && m.startsWith(n)));
}

export function* generateCorpus(sources: GenSources, opts: GenOptions): Generator<GeneratedDoc> {
  const compiled = compile(sources);
  const seen = new Set<string>();
  for (let i = 0; i < opts.docs; i++) {
    // a repeat (vanishingly rare) is drawn again from the next stream of the same index
    for (let attempt = 0; ; attempt++) {
      const rng = mulberry32(mix(opts.seed, i, attempt));
      const template = sources.templates[Math.floor(rng() * sources.templates.length)]!;
      const text = varyDocument(template.text, compiled, rng);
      const hash = createHash('sha256').update(text).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      yield { name: `${String(i).padStart(6, '0')}_${hash.slice(0, 16)}.txt`, text, template: template.name };
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Random numbers

type Rng = () => number;

/** A small, fast generator with a 32-bit state; plenty for choosing variations. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
  }
  return h >>> 0;
}

const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

// ---------------------------------------------------------------------------------------------
// Compiled patterns

interface Compiled {
  provinces: readonly Province[];
  provinceOf: Map<string, Province>;
  /** an optional unit word, then any province spelling in title or upper case */
  provinceRe: RegExp;
  agencies: { spellings: readonly string[]; re: RegExp }[];
  localCodes: ReadonlySet<string>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** letters or digits on neither side: Vietnamese letters count as letters */
const bounded = (alternatives: readonly string[]): string => `(?<![\\p{L}\\p{Nd}])(?:${alternatives.join('|')})(?![\\p{L}\\p{Nd}])`;
const longestFirst = (xs: Iterable<string>): string[] => [...new Set(xs)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

const UNIT_WORDS = ['tỉnh', 'Tỉnh', 'TỈNH', 'thành phố', 'Thành phố', 'THÀNH PHỐ'];

function compile(sources: GenSources): Compiled {
  const provinceOf = new Map<string, Province>();
  for (const p of sources.provinces) for (const s of p.spellings) for (const form of [s, s.toUpperCase()]) provinceOf.set(form, p);
  const names = longestFirst(provinceOf.keys()).map(escapeRe);
  return {
    provinces: sources.provinces,
    provinceOf,
    provinceRe: new RegExp(`(?:(${UNIT_WORDS.map(escapeRe).join('|')})[ \\t]+)?(${bounded(names)})`, 'gu'),
    agencies: sources.agencySpellings.map((spellings) => ({
      spellings,
      re: new RegExp(bounded(longestFirst(spellings).map(escapeRe)), 'gu'),
    })),
    localCodes: sources.localCodes,
  };
}

// ---------------------------------------------------------------------------------------------
// One document

function varyDocument(text: string, c: Compiled, rng: Rng): string {
  let out = varyStructure(text, rng);
  out = varyProvinces(out, c, rng);
  out = varyAgencies(out, c, rng);
  out = varyNumbersAndDates(out, c, rng);
  return varyPercentages(out, rng);
}

const ROMAN_HEADING = /^(\s*)([IVX]{1,5})(\.\s+\S)/;
const RECIPIENTS = /^\s*Nơi nhận\s*:/;
/** a line that starts a new item: a bullet, or a label like "1.", "2.1.", "a)", "3)" */
const ITEM_START = /^\s*(?:[-+•–]\s|(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\d{1,2}\))\s)/;
const BULLET = /^\s*[-+•–]\s/;

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** How much of a template one document keeps: most keep nearly all, some are cut to an outline. */
const PROFILES = [
  { weight: 5, dropItem: 0.05, dropSection: 0, swapSections: 0.2 },
  { weight: 3, dropItem: 0.35, dropSection: 0.25, swapSections: 0.3 },
  { weight: 2, dropItem: 0.75, dropSection: 0.6, swapSections: 0.3 },
] as const;

/**
 * Top-level sections (roman numerals) between the header part and the recipients: middle ones
 * may be dropped or swapped, then renumbered; inside each section, runs of bullet items are
 * shuffled and thinned. Labelled items keep their order so their numbering stays a sequence.
 */
function varyStructure(text: string, rng: Rng): string {
  const total = PROFILES.reduce((n, p) => n + p.weight, 0);
  let r = rng() * total;
  const profile = PROFILES.find((p) => (r -= p.weight) < 0) ?? PROFILES[0];

  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ROMAN_HEADING.exec(lines[i]!);
    if (m && m[2] === ROMANS[starts.length]) starts.push(i);
  }
  let tailAt = lines.length;
  if (starts.length) {
    const after = lines.findIndex((l, i) => i > starts[0]! && RECIPIENTS.test(l));
    if (after >= 0) tailAt = after;
  }
  const head = lines.slice(0, starts[0] ?? tailAt);
  let sections = starts.map((s, k) => lines.slice(s, k + 1 < starts.length ? starts[k + 1] : tailAt));
  const tail = lines.slice(tailAt);

  if (sections.length > 2) {
    const first = sections[0]!;
    const last = sections[sections.length - 1]!;
    let middle = sections.slice(1, -1).filter(() => rng() >= profile.dropSection);
    if (middle.length > 1 && rng() < profile.swapSections) middle = shuffle(rng, middle);
    sections = [first, ...middle, last];
  }
  const renumbered = sections.map((s, k) => [s[0]!.replace(ROMAN_HEADING, (_, sp: string, _r: string, rest: string) => sp + ROMANS[k] + rest), ...s.slice(1)]);
  // the header part and the recipients and signature keep their lines: only the body varies
  return [head, ...renumbered.map((part) => varyItems(part, profile.dropItem, rng)), tail].flat().join('\n');
}

/** Shuffles and thins runs of consecutive bullet items (each with its continuation lines). */
function varyItems(lines: string[], dropItem: number, rng: Rng): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!BULLET.test(lines[i]!)) {
      out.push(lines[i++]!);
      continue;
    }
    const run: string[][] = [];
    while (i < lines.length && BULLET.test(lines[i]!)) {
      const item = [lines[i++]!];
      while (i < lines.length && !ITEM_START.test(lines[i]!) && !ROMAN_HEADING.test(lines[i]!)) item.push(lines[i++]!);
      run.push(item);
    }
    const kept = run.filter(() => rng() >= dropItem);
    out.push(...shuffle(rng, kept.length ? kept : [run[0]!]).flat());
  }
  return out;
}

function caseLike(model: string, s: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return s.toUpperCase();
  if (model[0] === model[0]!.toUpperCase()) return s[0]!.toUpperCase() + s.slice(1);
  return s;
}

/** Every province the template names becomes another one, the same one at each mention. */
function varyProvinces(text: string, c: Compiled, rng: Rng): string {
  const found = new Set<Province>();
  for (const m of text.matchAll(c.provinceRe)) found.add(c.provinceOf.get(m[2]!)!);
  if (!found.size) return text;
  const free = shuffle(rng, [...c.provinces]);
  const to = new Map([...found].map((p, k) => [p, free[k % free.length]!]));
  return text.replace(c.provinceRe, (_all, unit: string | undefined, name: string) => {
    const p = to.get(c.provinceOf.get(name)!)!;
    const newName = name === name.toUpperCase() ? p.name.toUpperCase() : p.name;
    return unit ? `${caseLike(unit, p.unit)} ${newName}` : newName;
  });
}

/** Some agencies are written with another of their spellings throughout the document. */
function varyAgencies(text: string, c: Compiled, rng: Rng): string {
  let out = text;
  for (const a of c.agencies) {
    if (rng() < 0.6) continue;
    const spelling = pick(rng, a.spellings);
    out = out.replace(a.re, spelling);
  }
  return out;
}

const SYMBOL = /(?<![\p{L}\p{N}])(\d{1,5})([ \t]*\/[ \t]*)((?:\d{4}\/)?[A-ZĐ][A-Za-zĐđ&]*(?:-[A-ZĐ][A-Za-zĐđ&]*)+)/gu;
/** "Số:    /KH-UBND": a number left blank for the clerk to fill in */
const BLANK_NUMBER = /(Số[ \t]*:?)[ \t]+\/([A-ZĐ])/gu;
const DATE_SLASH = /^(\s*ngày\s+)(\d{1,2})\/(\d{1,2})\/(\d{4})/u;
const DATE_WORDS = /^(\s*ngày\s+)(\d{1,2})(\s+tháng\s+)(\d{1,2})(\s+năm\s+)(\d{4})/u;
/** "Gia Lai, ngày 31 tháng 10 năm 2025", day and month possibly left blank */
const HEADER_DATE = /,[ \t]*ngày[ \t]+(\d{1,2}|)[ \t]*tháng[ \t]+(\d{1,2}|)[ \t]*năm[ \t]+(\d{4})/u;
const HEADER_LINES = 20;

/**
 * Local documents get new numbers (the same new number at each mention) and the dates written
 * right after them new days and months in the same year (a date shared with the header date moves
 * with it); a blank number or header date is sometimes filled in, as a signed copy would be.
 */
function varyNumbersAndDates(text: string, c: Compiled, rng: Rng): string {
  const numbers = new Map<string, string>();
  const dates = new Map<string, [number, number]>();
  const newDate = (d: string, m: string, y: string): [number, number] => {
    const key = `${Number(d)}/${Number(m)}/${y}`;
    let v = dates.get(key);
    if (!v) dates.set(key, (v = [between(rng, 1, 28), between(rng, 1, 12)]));
    return v;
  };

  // the header date first, so a later mention of the same date follows it
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
    const line = lines[i]!;
    const m = HEADER_DATE.exec(line);
    if (!m) continue;
    const blank = !m[1] || !m[2];
    if (blank && rng() < 0.5) break;
    const [d, mo] = blank ? [between(rng, 1, 28), between(rng, 1, 12)] : newDate(m[1]!, m[2]!, m[3]!);
    lines[i] = `${line.slice(0, m.index)}, ngày ${d} tháng ${mo} năm ${m[3]}${line.slice(m.index + m[0].length)}`;
    break;
  }
  let out = lines.join('\n');

  out = renumberLocal(out, c, numbers, newDate, rng);
  return out.replace(BLANK_NUMBER, (all, lead: string, first: string) => (rng() < 0.5 ? all : `${lead} ${between(rng, 1, 4999)}/${first}`));
}

function renumberLocal(
  text: string,
  c: Compiled,
  numbers: Map<string, string>,
  newDate: (d: string, m: string, y: string) => [number, number],
  rng: Rng,
): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(SYMBOL)) {
    const [all, num, slash, rest] = [m[0], m[1]!, m[2]!, m[3]!];
    if (m.index < from || !rest.split(/[-/]/).some((part) => c.localCodes.has(part))) continue;
    const key = `${Number(num)}/${rest}`;
    let n = numbers.get(key);
    if (!n) numbers.set(key, (n = String(between(rng, 1, 4999))));
    let end = m.index + all.length;
    let date = '';
    const after = text.slice(end, end + 40);
    const slashDate = DATE_SLASH.exec(after);
    const wordDate = slashDate ? null : DATE_WORDS.exec(after);
    if (slashDate) {
      const [d, mo] = newDate(slashDate[2]!, slashDate[3]!, slashDate[4]!);
      date = `${slashDate[1]}${like(slashDate[2]!, d)}/${like(slashDate[3]!, mo)}/${slashDate[4]}`;
      end += slashDate[0].length;
    } else if (wordDate) {
      const [d, mo] = newDate(wordDate[2]!, wordDate[4]!, wordDate[6]!);
      date = `${wordDate[1]}${like(wordDate[2]!, d)}${wordDate[3]}${like(wordDate[4]!, mo)}${wordDate[5]}${wordDate[6]}`;
      end += wordDate[0].length;
    }
    out += text.slice(from, m.index) + n + slash + rest + date;
    from = end;
  }
  return out + text.slice(from);
}

/** a day or month written like the one it replaces: "05" keeps its leading zero */
const like = (old: string, n: number): string => String(n).padStart(old.length, '0');

const PERCENT = /(?<![\d,.])(\d{1,2})((?:,\d+)?[ \t]?%)/g;

/** Percentages below 100 move by a few points (a target of 27% becomes 25% or 31%). */
function varyPercentages(text: string, rng: Rng): string {
  return text.replace(PERCENT, (all, whole: string, rest: string) => {
    if (rng() < 0.5) return all;
    const v = Math.min(99, Math.max(1, Number(whole) + between(rng, -6, 6)));
    return `${v}${rest}`;
  });
}

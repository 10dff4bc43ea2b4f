/**
 * Agency names. rules/agencies.yaml is compiled into a gazetteer (a trie over word tokens); a
 * name is resolved to its canonical form with `resolveAgency`, and agency names inside running text
 * are found with `findAgencies`.
 *
 * Matching works on word tokens in matchForm, and dashes, commas and "và" inside a name may be
 * present or absent, so case, tone style, dash style, "&" and "Sở Kế hoạch Đầu tư" for "Sở Kế hoạch
 * và Đầu tư" do not matter. Longest match wins, which is what keeps "Sở Văn hóa, Thể thao và Du
 * lịch" whole where comma splitting would cut it in three. Every mention keeps its span.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Span } from '../contract/schema.js';
import { DEFAULT_RULES_DIR, loadRuleFile, RuleFileError } from '../rules/load.js';
import { matchForm } from '../text/vietnamese.js';

// ---------------------------------------------------------------------------------------------
// Rules

const LevelSchema = z.enum(['province', 'district', 'commune', 'central']);
export type AgencyLevel = z.infer<typeof LevelSchema>;
const LEVELS = new Set<string>(LevelSchema.options);

const AgencyEntrySchema = z
  .object({
    name: z.string().min(1),
    kind: z.string().min(1),
    level: LevelSchema.optional(),
    aliases: z.array(z.string().min(1)).optional(),
    groups: z
      .object({
        province: z.string().min(1).optional(),
        district: z.string().min(1).optional(),
        commune: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    properName: z.boolean().optional(),
  })
  .strict();
export type AgencyEntry = z.infer<typeof AgencyEntrySchema>;

const HeadSchema = z
  .object({ word: z.string().min(1), kind: z.string().min(1), level: LevelSchema.optional(), ellipsis: z.boolean().optional() })
  .strict();
type HeadRule = z.infer<typeof HeadSchema>;

const UnitSchema = z.object({ word: z.string().min(1), level: LevelSchema, ambiguous: z.boolean().optional() }).strict();
type UnitRule = z.infer<typeof UnitSchema>;

export const AgencyRulesFile = z
  .object({
    units: z.array(UnitSchema).min(1),
    plurals: z.array(z.string().min(1)),
    titles: z.array(z.string().min(1)),
    heads: z.array(HeadSchema),
    notNames: z.array(z.string().min(1)),
    agencies: z.array(AgencyEntrySchema).min(1),
  })
  .strict();
export type AgencyRules = z.infer<typeof AgencyRulesFile>;

// ---------------------------------------------------------------------------------------------
// Tokens

interface Tok {
  s: number;
  e: number;
  /** matching form: matchForm of a word without "&"; dashes as "-"; other punctuation as is */
  n: string;
  word: boolean;
  /** initial capital followed by lower case ("Sở", "Lai") */
  cap: boolean;
  /** all capitals, two letters or more ("UBND", "GDĐT") */
  up: boolean;
}

// Words may carry an inner "&" (GD&ĐT, TB&XH) so that "GD&ĐT" and "GDĐT" become the same token.
const TOKEN_RE = /[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*|\n|[^\s\p{L}\p{N}]/gu;
const DASHES = /^[\u002D\u2010-\u2015\u2212]$/;

interface WordInfo {
  n: string;
  cap: boolean;
  up: boolean;
}

const wordInfos = new Map<string, WordInfo>();
function wordInfo(raw: string): WordInfo {
  let info = wordInfos.get(raw);
  if (!info) {
    if (wordInfos.size > 50_000) wordInfos.clear();
    const letters = raw.replace(/[^\p{L}]/gu, '');
    const lower = letters.toLowerCase();
    const up = letters.length >= 2 && letters !== lower && letters === letters.toUpperCase();
    const first = raw[0]!;
    info = { n: matchForm(raw).replace(/&/g, ''), cap: !up && first !== first.toLowerCase(), up };
    wordInfos.set(raw, info);
  }
  return info;
}

function tokenize(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m && m.index < to; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const s = m.index;
    const e = Math.min(s + raw.length, to);
    if (raw.length > 1 || /[\p{L}\p{N}]/u.test(raw)) {
      const { n, cap, up } = wordInfo(raw);
      toks.push({ s, e, n, word: true, cap, up });
    } else {
      toks.push({ s, e, n: DASHES.test(raw) ? '-' : raw, word: false, cap: false, up: false });
    }
  }
  return toks;
}

/** Word keys of a phrase, as the trie stores them. */
function phraseKeys(phrase: string, dropVa: boolean): string[] {
  return tokenize(phrase, 0, phrase.length)
    .filter((t) => t.word && !(dropVa && t.n === 'và'))
    .map((t) => t.n);
}

// ---------------------------------------------------------------------------------------------
// Gazetteer

interface Trie<T> {
  next: Map<string, Trie<T>>;
  value?: T;
}
const trie = <T>(): Trie<T> => ({ next: new Map() });

/** The node for a key sequence, created on the way. */
function nodeFor<T>(root: Trie<T>, keys: string[]): Trie<T> {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = trie<T>()));
    node = child;
  }
  return node;
}

/** A spelling's entry; `lower` when some spelling of it is written in lower case. */
interface Spelling {
  entry: AgencyEntry;
  lower: boolean;
}

export interface Gazetteer {
  agencies: Trie<Spelling>;
  heads: Trie<HeadRule>;
  units: Trie<UnitRule>;
  /** titles ("Giám đốc") and the plural words before a name ("các") */
  prefixes: Trie<true>;
  /** "các", "cấp" …: before units they make a group */
  plurals: Set<string>;
  /** phrases after a head word that are not names ("Bộ Quy tắc ứng xử") */
  notNames: Trie<true>;
}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

/** Compiles the rules; two entries that claim the same spelling are an error naming both. */
export function compileGazetteer(rules: AgencyRules, file = 'agencies.yaml', fileText?: string): Gazetteer {
  const g: Gazetteer = { agencies: trie(), heads: trie(), units: trie(), prefixes: trie(), notNames: trie(), plurals: new Set(rules.plurals.flatMap((p) => phraseKeys(p, false))) };
  for (const entry of rules.agencies) {
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const keys = phraseKeys(spelling, true);
      if (!keys.length) throw new RuleFileError(file, lineOf(fileText ?? '', spelling), 1, `"${spelling}" has no words`);
      const node = nodeFor(g.agencies, keys);
      if (node.value && node.value.entry !== entry) {
        throw new RuleFileError(
          file,
          lineOf(fileText ?? '', spelling),
          1,
          `"${spelling}" (of "${entry.name}") is also a spelling of "${node.value.entry.name}"`,
        );
      }
      node.value = { entry, lower: (node.value?.lower ?? false) || /^\p{Ll}/u.test(spelling) };
    }
  }
  for (const h of rules.heads) nodeFor(g.heads, phraseKeys(h.word, false)).value = h;
  for (const u of rules.units) nodeFor(g.units, phraseKeys(u.word, false)).value = u;
  for (const p of [...rules.titles, ...rules.plurals]) nodeFor(g.prefixes, phraseKeys(p, false)).value = true;
  for (const p of rules.notNames) nodeFor(g.notNames, phraseKeys(p, false)).value = true;
  return g;
}

export function loadAgencyRules(dir = DEFAULT_RULES_DIR): Gazetteer {
  const file = path.join(dir, 'agencies.yaml');
  const rules = loadRuleFile(file, AgencyRulesFile);
  return compileGazetteer(rules, file, readFileSync(file, 'utf8'));
}

const loaded = new Map<string, Gazetteer>();
/** The gazetteer of a rules folder, loaded once. */
export function defaultGazetteer(dir = DEFAULT_RULES_DIR): Gazetteer {
  let g = loaded.get(dir);
  if (!g) loaded.set(dir, (g = loadAgencyRules(dir)));
  return g;
}

// ---------------------------------------------------------------------------------------------
// Matching

export interface AgencyContext {
  province?: string | null;
  /** the document's level (contract Level); decides ambiguous units and bodies of any level */
  level?: string | null;
}

export interface ResolvedAgency {
  canonical: string;
  asWritten: string;
  /** the locality or group written after the name ("tỉnh Lai Châu", "các huyện, thành phố") */
  locality: string | null;
  level: AgencyLevel | null;
  kind: string;
}

export interface AgencyMention extends ResolvedAgency {
  span: Span;
  /** named for a whole level ("UBND các xã, phường") */
  group: boolean;
}

export interface FindOptions {
  from?: number;
  to?: number;
  ctx?: AgencyContext;
  gazetteer?: Gazetteer;
}

interface Suffix {
  end: number;
  group: boolean;
  level: AgencyLevel | null;
  /** a proper name right after the name, without a unit word ("Lai Châu" in "Đài PT-TH Lai Châu") */
  bare: boolean;
}

interface Hit {
  mention: AgencyMention;
  /** gazetteer entry, or null for a name found by its head word only */
  entry: AgencyEntry | null;
  t0: number;
  t1: number;
}

interface NameMatch {
  /** token after the name itself */
  end: number;
  entry: AgencyEntry | null;
  canonical: string;
  kind: string;
  fixedLevel: AgencyLevel | null;
}

const LIST_SEPARATORS = new Set([',', '/', '-', 'và']);
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

class Matcher {
  private readonly toks: Tok[];
  private readonly ctxLevel: AgencyLevel | null;

  constructor(
    private readonly text: string,
    from: number,
    to: number,
    private readonly g: Gazetteer,
    ctx: AgencyContext,
  ) {
    this.toks = tokenize(text, from, to);
    const l = ctx.level;
    this.ctxLevel = l === 'ministry' ? 'central' : LEVELS.has(l ?? '') ? (l as AgencyLevel) : null;
  }

  get length(): number {
    return this.toks.length;
  }

  private longest<T>(node: Trie<T>, i: number, skipInName: boolean): { end: number; value: T } | null {
    let best: { end: number; value: T } | null = null;
    for (let j = i; j < this.toks.length; ) {
      const t = this.toks[j]!;
      const child = t.word ? node.next.get(t.n) : undefined;
      if (child) {
        node = child;
        j++;
        if (child.value !== undefined) best = { end: j, value: child.value };
      } else if (skipInName && j > i && (t.n === '-' || t.n === ',' || t.n === 'và')) {
        j++;
      } else break;
    }
    return best;
  }

  private unitAt(j: number): { end: number; value: UnitRule } | null {
    return this.longest(this.g.units, j, false);
  }

  headAt(j: number): { end: number; value: HeadRule } | null {
    return this.longest(this.g.heads, j, false);
  }

  /**
   * A gazetteer name starting at token i. A name written all in lower case counts only when the
   * gazetteer spells it so ("cơ sở giáo dục mầm non"), which keeps "cơ sở giáo dục" from reading as
   * "Sở Giáo dục" and the verb "thanh tra" from reading as "Thanh tra"; names inside document
   * symbols ("QĐ-UBND", "TTLT-BYT") do not count either.
   */
  private entryAt(node: Trie<Spelling>, i: number): { end: number; value: AgencyEntry } | null {
    const t = this.toks[i];
    if (!t?.word) return null;
    const m = this.longest(node, i, true);
    if (!m) return null;
    if (!m.value.lower && !this.toks.slice(i, m.end).some((w) => w.cap || w.up)) return null;
    if (t.up && /[-/]/.test(this.text[t.s - 1] ?? '')) return null;
    const last = this.toks[m.end - 1]!;
    if (last.up && this.text[last.e] === '/') return null;
    return { end: m.end, value: m.value.entry };
  }

  private isNameStart(j: number): boolean {
    return this.headAt(j) !== null || this.entryAt(this.g.agencies, j) !== null;
  }

  skipPrefixes(i: number): number {
    for (;;) {
      while (i < this.toks.length && !this.toks[i]!.word) i++;
      const p = this.longest(this.g.prefixes, i, false);
      if (!p || this.entryAt(this.g.agencies, i)) return i;
      i = p.end;
    }
  }

  private resolveAmbiguous(u: UnitRule): AgencyLevel {
    if (!u.ambiguous) return u.level;
    return this.ctxLevel === 'district' ? 'province' : u.level;
  }

  /** End of a proper name ("Lai Châu", "Bà Rịa - Vũng Tàu") starting at j; j when there is none. */
  private properNameEnd(j: number, allowCaps: boolean): number {
    let k = j;
    let words = 0;
    while (k < this.toks.length && words < 5) {
      const t = this.toks[k]!;
      if (t.word && (t.cap || (allowCaps && t.up)) && !this.isNameStart(k)) {
        k++;
        words++;
      } else if (words > 0 && t.n === '-' && this.toks[k + 1]?.word && this.toks[k + 1]!.cap) {
        k++;
      } else break;
    }
    return words ? k : j;
  }

  private isBoundary(k: number): boolean {
    const t = this.toks[k];
    return !t || !t.word || t.n === 'và' || this.isNameStart(k);
  }

  /** What follows a name: a group ("các xã, phường", "cấp huyện"), a locality ("tỉnh Lai Châu"), or nothing. */
  private suffixAt(j: number): Suffix {
    const none: Suffix = { end: j, group: false, level: null, bare: false };
    let k = j;
    const t = this.toks[k];
    const plural = !!t?.word && this.g.plurals.has(t.n);
    if (plural) k++;
    const units: UnitRule[] = [];
    let end = k;
    for (let u = this.unitAt(end); u; ) {
      units.push(u.value);
      end = u.end;
      const sep = this.toks[end];
      const next = sep && LIST_SEPARATORS.has(sep.n) && !this.isNameStart(end + 1) ? this.unitAt(end + 1) : null;
      if (!next) break;
      end++;
      u = next;
    }
    if (units.length && (plural || units.length > 1)) {
      const firm = units.find((u) => !u.ambiguous);
      return { end, group: true, level: firm ? firm.level : units[0]!.level, bare: false };
    }
    if (plural) return none;
    if (units.length === 1) {
      return { end: this.properNameEnd(end, !!t?.up), group: false, level: this.resolveAmbiguous(units[0]!), bare: false };
    }
    const nameEnd = this.properNameEnd(j, false);
    if (nameEnd > j && this.isBoundary(nameEnd)) return { end: nameEnd, group: false, level: null, bare: true };
    return none;
  }

  private patternName(i: number, whole: boolean): NameMatch | null {
    const head = this.headAt(i);
    if (!head || this.longest(this.g.notNames, i, false)) return null;
    const first = this.toks[head.end];
    if (!first?.word || !first.cap || this.isNameStart(head.end)) return null;
    let j = head.end;
    if (whole) {
      // A heading holds one name: it runs to the end, less a trailing locality.
      while (j < this.toks.length && (this.toks[j]!.word || this.toks[j]!.n === '-')) j++;
      for (let k = head.end + 1; k < j; k++) {
        const u = this.unitAt(k);
        if (u && this.properNameEnd(u.end, true) === j) {
          j = k;
          break;
        }
      }
    } else {
      // In running text only capitalised words belong to the name; a Vietnamese word has one or
      // two syllables, so one lower-case syllable may follow a capitalised one that starts a word
      // ("Sở Ngoại vụ", "Ban Chấp hành Trung ương") but not one inside a proper name ("Báo Lai Châu").
      let prevCap = false;
      for (;;) {
        const t = this.toks[j];
        if (t?.word && t.cap && (j === head.end || !this.isNameStart(j))) {
          j++;
          const u = this.toks[j];
          if (!prevCap && u?.word && !u.cap && !u.up && u.n !== 'và' && !this.g.plurals.has(u.n) && !this.unitAt(j)) {
            j++;
            prevCap = false;
          } else prevCap = true;
          continue;
        }
        const next = this.toks[j + 1];
        if (t && (t.n === 'và' || t.n === '-') && next?.word && next.cap && !this.isNameStart(j + 1)) {
          j++;
          prevCap = false;
          continue;
        }
        break;
      }
    }
    const start = this.toks[i]!.s;
    const written = collapse(this.text.slice(start, this.toks[j - 1]!.e)).replace(/\s*[-\u2010-\u2015\u2212]\s*/g, ' - ');
    const canonical = written.charAt(0).toUpperCase() + written.slice(1);
    return { end: j, entry: null, canonical, kind: head.value.kind, fixedLevel: head.value.level ?? null };
  }

  private gazetteerName(node: Trie<Spelling>, i: number): NameMatch | null {
    const m = this.entryAt(node, i);
    if (!m) return null;
    return { end: m.end, entry: m.value, canonical: m.value.name, kind: m.value.kind, fixedLevel: m.value.level ?? null };
  }

  private hit(name: NameMatch, t0: number): Hit {
    const suffix = this.suffixAt(name.end);
    const level = suffix.group ? suffix.level : (name.fixedLevel ?? suffix.level ?? this.ctxLevel);
    const start = this.toks[t0]!.s;
    const end = this.toks[suffix.end - 1]!.e;
    let locality = suffix.end > name.end ? collapse(this.text.slice(this.toks[name.end]!.s, end)) : null;
    let canonical = suffix.group && level && level !== 'central' ? (name.entry?.groups?.[level] ?? name.canonical) : name.canonical;
    if (suffix.bare && name.entry?.properName) {
      canonical = `${canonical} ${locality}`;
      locality = null;
    }
    return {
      mention: { canonical, asWritten: collapse(this.text.slice(start, end)), locality, level, kind: name.kind, span: [start, end], group: suffix.group },
      entry: name.entry,
      t0,
      t1: suffix.end,
    };
  }

  /** The longest name at token i, from the gazetteer or from a head word; ties go to the gazetteer. */
  matchAt(i: number, whole: boolean): Hit | null {
    const g = this.gazetteerName(this.g.agencies, i);
    const p = this.patternName(i, whole);
    const gh = g && this.hit(g, i);
    const ph = p && this.hit(p, i);
    if (gh && ph) return ph.t1 > gh.t1 ? ph : gh;
    return gh ?? ph;
  }

  /**
   * Names that leave out a shared head word: "các Sở: Giáo dục và Đào tạo, Nội vụ" or
   * "Sở Tài chính, Kế hoạch và Đầu tư". Each item must be a gazetteer name once the head is put back.
   */
  private ellipsis(head: HeadRule, k: number, needSeparator: boolean, out: Hit[]): number {
    let node: Trie<Spelling> | undefined = this.g.agencies;
    for (const key of phraseKeys(head.word, false)) node = node?.next.get(key);
    if (!node) return k;
    let j = k;
    for (let first = !needSeparator; ; first = false) {
      let s = j;
      if (!first) {
        if (this.toks[s]?.n !== ',' && this.toks[s]?.n !== 'và') break;
        s++;
        if (this.toks[s]?.n === 'và') s++;
      }
      const t = this.toks[s];
      if (!t?.word || !t.cap || this.isNameStart(s)) break;
      const name = this.gazetteerName(node, s);
      if (!name) break;
      const h = this.hit(name, s);
      out.push(h);
      j = h.t1;
    }
    return j;
  }

  findAll(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.toks.length; ) {
      if (!this.toks[i]!.word) {
        i++;
        continue;
      }
      const head = this.headAt(i);
      if (head?.value.ellipsis && this.toks[head.end]?.n === ':') {
        const end = this.ellipsis(head.value, head.end + 1, false, hits);
        if (end > head.end + 1) {
          i = end;
          continue;
        }
      }
      const h = this.matchAt(i, false);
      if (!h) {
        i++;
        continue;
      }
      hits.push(h);
      i = h.t1;
      const hh = this.headAt(h.t0);
      if (h.entry && hh?.value.ellipsis) i = this.ellipsis(hh.value, i, true, hits);
    }
    this.shareGroups(hits);
    return hits;
  }

  /**
   * "UBND và Phòng GDĐT các huyện, thành phố": a bare name joined by "và" or a comma to a group
   * shares that group when the gazetteer names such a group for it.
   */
  private shareGroups(hits: Hit[]): void {
    for (let k = hits.length - 2; k >= 0; k--) {
      const a = hits[k]!;
      const b = hits[k + 1]!;
      const gap = this.toks.slice(a.t1, b.t0).map((t) => t.n).join(' ');
      if (a.mention.group || a.mention.locality || !b.mention.group || !b.mention.level) continue;
      if (gap !== 'và' && gap !== ',' && gap !== ', và') continue;
      const name = b.mention.level === 'central' ? undefined : a.entry?.groups?.[b.mention.level];
      if (!name) continue;
      a.mention = { ...a.mention, canonical: name, group: true, level: b.mention.level, locality: b.mention.locality };
    }
  }
}

/**
 * Agency names inside running text (from `opts.from` to `opts.to`), in order, with spans into
 * `text`. Names come from the gazetteer, from head words followed by capitalised words ("Sở
 * Ngoại vụ", "Báo Lai Châu"), and from elliptical lists ("Giám đốc các Sở: Giáo dục và Đào tạo,
 * Nội vụ"). Generic phrases ("các sở, ngành", "các đơn vị liên quan") are not agencies.
 */
export function findAgencies(text: string, opts: FindOptions = {}): AgencyMention[] {
  const m = new Matcher(text, opts.from ?? 0, opts.to ?? text.length, opts.gazetteer ?? defaultGazetteer(), opts.ctx ?? {});
  return m.findAll().map((h) => h.mention);
}

/**
 * The agency named at the start of text[from, to) (titles and "các" skipped), read as one name: a
 * name not in the gazetteer is accepted when it starts with a head word and a capital, and then runs
 * to the end or to punctuation ("Ban Quản lý dự án X"). Null when the text does not start with an
 * agency name.
 */
export function agencyAt(text: string, opts: FindOptions = {}): AgencyMention | null {
  const m = new Matcher(text, opts.from ?? 0, opts.to ?? text.length, opts.gazetteer ?? defaultGazetteer(), opts.ctx ?? {});
  const i = m.skipPrefixes(0);
  return i < m.length ? (m.matchAt(i, true)?.mention ?? null) : null;
}

/**
 * Resolves one name as written ("Sở GD&ĐT", "UBND các xã, phường", "Hiệu trưởng các trường Mầm
 * non", "Đài PT-TH Lai Châu") to its canonical form, level and kind; see `agencyAt`.
 */
export function resolveAgency(name: string, ctx: AgencyContext = {}, gazetteer?: Gazetteer): ResolvedAgency | null {
  const m = agencyAt(name, { ctx, gazetteer });
  if (!m) return null;
  const { canonical, asWritten, locality, level, kind } = m;
  return { canonical, asWritten, locality, level, kind };
}

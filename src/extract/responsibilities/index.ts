/**
 * Contract `responsibilities`: who must do what, from the organization section(s) and from task
 * tables.
 *
 * In the organization section each agency has its own part ("1. Sở Giáo dục và Đào tạo" and its
 * duties), sometimes several agencies share one ("Đề nghị Ủy ban MTTQ tỉnh, Tỉnh đoàn, …"), and a
 * Công văn may only say "các đơn vị", meaning its addressees. Parts are found through the section
 * tree, not through their numbers, which may restart.
 */
import type { Responsibility, Role, Section, Span } from '../../contract/schema.js';
import { agencyAt, findAgencies, type AgencyContext, type AgencyMention } from '../../resolve/agencies.js';
import { DEFAULT_RULES_DIR } from '../../rules/load.js';
import { matchForm } from '../../text/vietnamese.js';
import { extractTaskRows, loadTaskRules, responsibilitiesFromTaskRows, type TaskRow, type TaskRules } from '../tasks/index.js';
import type { ExtractInput } from '../types.js';
import { bodyItems, duties, roleOf, sentences, type Item } from './duties.js';
import { cueAt, findCue, loadRoles, wordsOf, type RoleRules } from './rules.js';

export interface ResponsibilityRules {
  roles: RoleRules;
  tasks: TaskRules;
}

const loaded = new Map<string, ResponsibilityRules>();
export function loadResponsibilityRules(dir = DEFAULT_RULES_DIR): ResponsibilityRules {
  let r = loaded.get(dir);
  if (!r) loaded.set(dir, (r = { roles: loadRoles(dir), tasks: loadTaskRules(dir) }));
  return r;
}

interface Ctx {
  input: ExtractInput;
  rules: ResponsibilityRules;
  agencyCtx: AgencyContext;
  /** canonical name of the issuer, who directs and is never a partner */
  issuer: string | null;
}

const contains = (outer: Span, inner: Span): boolean => outer[0] <= inner[0] && inner[1] <= outer[1];

/** The sections directly below a section, by span and level (parent ids are not relied on). */
function childrenOf(sec: Section, sections: readonly Section[]): Section[] {
  const below = sections.filter((s) => s !== sec && s.level > sec.level && contains(sec.span, s.span));
  return below.filter((c) => !below.some((o) => o !== c && o.level < c.level && contains(o.span, c.span)));
}

/** Where a section's text ends: at its span's end, or earlier where Nơi nhận, the signature or footnotes begin. */
function sectionEnd(sec: Section, c: Ctx): number {
  let end = sec.span[1];
  for (const r of c.input.regions) {
    if (r.kind !== 'body' && r.kind !== 'header' && r.kind !== 'preamble' && r.span[0] > sec.span[0] && r.span[0] < end) end = r.span[0];
  }
  return end;
}

/** The heading line of a section: from after its label ("1.", "III.", "a)") to the end of its first line. */
function headingLine(text: string, sec: Section): Span {
  let start = sec.span[0];
  while (start < sec.span[1] && /\s/.test(text[start]!)) start++;
  const nl = text.indexOf('\n', start);
  const end = nl < 0 || nl > sec.span[1] ? sec.span[1] : nl;
  const label = /^(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*)?/iu.exec(text.slice(start, end));
  return [start + (label?.[0].length ?? 0), end];
}

interface Named {
  agencies: AgencyMention[];
  requested: boolean;
  /** where the names end: an inline duty may follow a colon ("Sở Y tế: phối hợp …") */
  end: number;
  /** heading text after the names ("(cơ quan thường trực)"), which may carry the role */
  note: string;
}

/**
 * Agencies named by a heading: one name that starts it (after a request cue, titles and "các"),
 * then any further names of a list. Generic headings ("Các phòng, ban, ngành, đơn vị liên quan",
 * "các đoàn thể") name no agency.
 */
function headingAgencies(text: string, [from, to]: Span, c: Ctx): Named | null {
  const words = wordsOf(text, from, to);
  const cue = cueAt(words, 0, c.rules.roles.request);
  const prefix = cueAt(words, Math.max(cue, 0), c.rules.roles.headingPrefixes);
  const skip = Math.max(cue, prefix);
  const start = skip > 0 ? (words[skip]?.s ?? to) : from;
  const colon = text.indexOf(':', start);
  const names = findAgencies(text, { from: start, to: colon >= 0 && colon < to ? colon : to, ctx: c.agencyCtx, gazetteer: c.rules.tasks.gazetteer });
  // "Giám đốc các Sở: Giáo dục và Đào tạo, …" names its agencies after the colon.
  const end = names.length && colon >= 0 && colon < to ? colon : to;
  const opts = { from: start, to: end, ctx: c.agencyCtx, gazetteer: c.rules.tasks.gazetteer };
  const first = agencyAt(text, opts);
  const all = findAgencies(text, opts);
  let agencies: AgencyMention[];
  if (first) agencies = [first, ...all.filter((m) => m.span[0] >= first.span[1])];
  // an elliptical list after a colon: "Giám đốc các Sở: Giáo dục và Đào tạo, Nội vụ"
  else if (all.length && /:\s*$/.test(text.slice(start, all[0]!.span[0])) && wordsOf(text, start, all[0]!.span[0]).length <= 5) agencies = all;
  else return null;
  agencies = agencies.filter((m, i) => agencies.findIndex((o) => o.canonical === m.canonical) === i);
  const last = agencies[agencies.length - 1]!.span[1];
  return { agencies, requested: cue > 0, end, note: last < end ? text.slice(last, end).replace(/^[\s,(]+|[\s)]+$/g, '') : '' };
}

/**
 * Duties with a leading agency name and duty prefix removed, so "Sở Xây dựng chủ trì …" and "Sở Y
 * tế có trách nhiệm phối hợp …" open with their verb.
 */
function openings(list: readonly string[], c: Ctx): string[] {
  return list.map((d) => {
    const m = findAgencies(d, { to: Math.min(d.length, 80), ctx: c.agencyCtx, gazetteer: c.rules.tasks.gazetteer })[0];
    const rest = m && d.slice(0, m.span[0]).trim() === '' ? d.slice(m.span[1]).replace(/^[\s,:]+/, '') : d;
    const words = wordsOf(rest, 0, Math.min(rest.length, 40));
    const prefix = cueAt(words, 0, c.rules.roles.dutyPrefixes);
    return prefix > 0 && prefix < words.length ? rest.slice(words[prefix]!.s) : rest;
  });
}

/**
 * The agency's partners: agencies named after a partner cue ("Phối hợp với Sở GDĐT, các sở, ngành
 * có liên quan, UBND các huyện") with only filler words and list commas between them, in the same
 * clause; less the agency itself and the issuer. Another word ends the list, so the superior in
 * "phối hợp với các sở tham mưu UBND tỉnh" is not a partner.
 */
function partners(text: string, ranges: readonly Span[], self: readonly string[], c: Ctx): string[] {
  const { partner, partnerFiller } = c.rules.roles;
  const out: string[] = [];
  for (const [from, to] of ranges) {
    const words = wordsOf(text, from, to);
    const firstCue = findCue(words, partner);
    if (!firstCue) continue;
    let reach = -1; // end of the last partner cue or partner; -1 when no list is open
    let wi = 0;
    for (const m of findAgencies(text, { from: words[firstCue[0]]!.s, to, ctx: c.agencyCtx, gazetteer: c.rules.tasks.gazetteer })) {
      for (; wi < words.length && words[wi]!.e <= m.span[0]; wi++) {
        const cue = cueAt(words, wi, partner);
        if (cue >= 0) reach = words[cue - 1]!.e;
      }
      const gap = reach < 0 ? '' : text.slice(reach, m.span[0]);
      if (reach < 0 || /[;.:]/.test(gap) || !wordsOf(gap, 0, gap.length).every((w) => partnerFiller.has(w.f))) {
        reach = -1;
        continue;
      }
      reach = m.span[1];
      if (!self.includes(m.canonical) && m.canonical !== c.issuer && !out.includes(m.canonical)) out.push(m.canonical);
    }
  }
  return out;
}

function responsibilitiesFor(named: Named, list: string[], ranges: Span[], sectionId: string | null, span: Span, c: Ctx, role?: Role): Responsibility[] {
  if (!list.length) return [];
  const r = role ?? roleOf(named.requested, [...(named.note ? [named.note] : []), ...openings(list, c)], c.rules.roles);
  const self = named.agencies.map((a) => a.canonical);
  const partnerList = partners(c.input.text, ranges, self, c);
  return named.agencies.map((a) => ({
    agency: a.canonical,
    role: r,
    duties: list,
    sectionId,
    span,
    asWritten: a.asWritten,
    locality: a.locality,
    partners: partnerList,
  }));
}

const itemRanges = (items: readonly Item[]): Span[] => items.map((it) => [it.start, it.end]);

/** One agency's part of the organization section; parts nested inside it are read on their own. */
function agencyPart(sec: Section, named: Named, c: Ctx): Responsibility[] {
  const { text, sections } = c.input;
  const [, headEnd] = headingLine(text, sec);
  const inner = childrenOf(sec, sections).filter((k) => headingAgencies(text, headingLine(text, k), c));
  const ranges: Span[] = [];
  let from = named.end < headEnd ? named.end + 1 : headEnd;
  for (const k of inner) {
    ranges.push([from, k.span[0]]);
    from = k.span[1];
  }
  ranges.push([from, sectionEnd(sec, c)]);
  const items = ranges.flatMap(([a, b]) => bodyItems(text, a, b, c.rules.roles));
  const own = responsibilitiesFor(named, duties(text, items), itemRanges(items), sec.id, sec.span, c);
  return [...own, ...inner.flatMap((k) => walk(k, c, true))];
}

/**
 * Parts written as items of one body ("- Sở Y tế: phối hợp …", "1. Các trường mầm non: …"), for an
 * organization section without agency subsections.
 */
function inlineParts(sec: Section, c: Ctx): Responsibility[] {
  const { text } = c.input;
  const out: Responsibility[] = [];
  for (const it of bodyItems(text, headingLine(text, sec)[1], sectionEnd(sec, c), c.rules.roles)) {
    const colon = text.indexOf(':', it.start);
    if (colon < 0 || colon >= it.end || colon - it.start > 200) continue;
    const named = headingAgencies(text, [it.start, colon], c);
    if (!named || named.end !== colon) continue;
    const list = sentences(text.slice(colon + 1, it.end));
    out.push(...responsibilitiesFor(named, list, [[colon + 1, it.end]], sec.id, [it.start, it.end], c));
  }
  return out;
}

/**
 * A Công văn whose organization section gives its work to "các đơn vị": the addressees (Kính gửi)
 * are the agencies, each implementing the section's sentences (from after "các đơn vị" when a
 * sentence names them).
 */
function addresseeParts(sec: Section, c: Ctx): Responsibility[] {
  const { text, document } = c.input;
  const roles = c.rules.roles;
  if (!document.type || !roles.addresseeDocumentTypes.includes(matchForm(document.type))) return [];
  const items = bodyItems(text, headingLine(text, sec)[1], sectionEnd(sec, c), { ...roles, closing: [] });
  const list: string[] = [];
  let addressed = false;
  for (const it of items) {
    for (const sentence of sentences(text.slice(it.start, it.end))) {
      const words = wordsOf(sentence, 0, sentence.length);
      const cue = findCue(words, roles.addressees);
      if (cue) addressed = true;
      const after = cue && cue[1] < words.length ? sentence.slice(words[cue[1]]!.s) : sentence;
      list.push(after.replace(/\.\/\.$/, '.'));
    }
  }
  if (!addressed) return [];
  // an addressee line may name several bodies ("UBND các xã, thị trấn; các trường mầm non")
  const agencies = (document.recipients ?? []).flatMap((r) => headingAgencies(r, [0, r.length], c)?.agencies ?? []);
  return responsibilitiesFor({ agencies, requested: false, end: sec.span[0], note: '' }, list, itemRanges(items), sec.id, sec.span, c, 'implement');
}

/** Reads a section of the organization part: an agency's part, or a grouping whose children are read. */
function walk(sec: Section, c: Ctx, isChild: boolean): Responsibility[] {
  const { text, sections } = c.input;
  if (isChild) {
    const named = headingAgencies(text, headingLine(text, sec), c);
    if (named) return agencyPart(sec, named, c);
  }
  const kids = childrenOf(sec, sections);
  if (kids.length) return kids.flatMap((k) => walk(k, c, true));
  if (isChild) return [];
  const inline = inlineParts(sec, c);
  return inline.length ? inline : addresseeParts(sec, c);
}

/** Same agency and role from an organization part and a task table: one entry. */
function merge(list: Responsibility[]): Responsibility[] {
  const out: Responsibility[] = [];
  for (const r of list) {
    const same = out.find((o) => o.agency === r.agency && o.role === r.role && o.sectionId === r.sectionId);
    if (!same) {
      out.push(r);
      continue;
    }
    for (const d of r.duties) if (!same.duties.includes(d)) same.duties.push(d);
    for (const p of r.partners ?? []) if (!same.partners?.includes(p)) same.partners?.push(p);
  }
  return out;
}

/**
 * Contract `responsibilities` of a document: one per agency named in the organization section(s)
 * (sections of kind `organization`), with its duties, role, partners, section and span, followed by
 * those its task tables assign. `taskRows` may be passed when the tables were already read, or to
 * add tables that reached the pipeline as rows (`taskRowsFromRows`).
 */
export function extractResponsibilities(input: ExtractInput, rules: ResponsibilityRules = loadResponsibilityRules(), taskRows?: readonly TaskRow[]): Responsibility[] {
  const agencyCtx: AgencyContext = { province: input.document.province, level: input.document.level };
  const issuer = input.document.issuer ? (agencyAt(input.document.issuer, { ctx: agencyCtx, gazetteer: rules.tasks.gazetteer })?.canonical ?? null) : null;
  const c: Ctx = { input, rules, agencyCtx, issuer };
  const orgs = input.sections.filter(
    (s) => s.kind === 'organization' && !input.sections.some((o) => o !== s && o.kind === 'organization' && o.level < s.level && contains(o.span, s.span)),
  );
  const fromSections = orgs.flatMap((s) => walk(s, c, false));
  const fromTables = responsibilitiesFromTaskRows(taskRows ?? extractTaskRows(input, rules.tasks));
  return merge([...fromSections, ...fromTables]);
}

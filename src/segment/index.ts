/**
 * Segment: regions → header metadata → headings → section tree → section kinds → footnotes.
 */
import type { DocumentMeta, Section, SectionKind } from '../contract/schema.js';
import { findSource, type VDoc } from '../document/vdoc.js';
import type { Footnote, Region } from '../extract/types.js';
import { FOOTNOTE_START } from '../normalize/footnotes.js';
import type { DocumentTypeRule } from '../rules/document-types.js';
import type { Gazetteer } from '../rules/places.js';
import type { SectionKindRules } from '../rules/section-kinds.js';
import { matchForm } from '../text/vietnamese.js';
import { parseHeader } from './header.js';
import { buildTree, readHeading, type BodyPart } from './headings.js';
import { toLines, type Line } from './lines.js';
import { findRegions } from './regions.js';

export interface SegmentRules {
  types: readonly DocumentTypeRule[];
  places: Gazetteer;
  kinds: SectionKindRules;
}

export interface Segmentation {
  document: DocumentMeta;
  sections: Section[];
  regions: Region[];
  footnotes: Footnote[];
}

export function segment(doc: VDoc, rules: SegmentRules): Segmentation {
  const text = doc.mapped.text;
  const lines = toLines(text);
  const footMarks = doc.marks['footnotes'] ?? [];
  const footnotesAt = footMarks.length ? findSource(doc, footMarks[0]!) : -1;
  const zoned = findRegions(lines, footnotesAt, rules.types.map((t) => t.name));

  const byKind = (kind: Region['kind']) =>
    lines.filter((l) => zoned.regions.some((r) => r.kind === kind && r.span[0] <= l.start && l.start < r.span[1]));
  const mainHeader = zoned.headers[0] ? lines.slice(zoned.headers[0].from, zoned.headers[0].to) : [];
  const attachedHeaders = zoned.headers.slice(1).map((h) => lines.slice(h.from, h.to));
  const document = parseHeader({
    header: mainHeader,
    attachedHeaders,
    preamble: byKind('preamble'),
    signature: firstSignature(lines, zoned.regions),
    text,
    places: rules.places,
    types: rules.types,
  });

  const parts: BodyPart[] = zoned.bodies.map((b) => ({
    start: lines[b.from]!.start,
    end: b.to < lines.length ? lines[b.to]!.start : text.length,
    headings: lines.slice(b.from, b.to).map(readHeading).filter((h) => h !== null),
  }));
  const tree = buildTree(parts);
  const sections = assignKinds(tree, rules.kinds);
  return { document, sections, regions: zoned.regions, footnotes: readFootnotes(lines, footnotesAt, text) };
}

function firstSignature(lines: Line[], regions: Region[]): Line[] {
  const r = regions.find((x) => x.kind === 'signature');
  return r ? lines.filter((l) => l.start >= r.span[0] && l.start < r.span[1]) : [];
}

/**
 * A heading starting with a cue of a kind gets that kind (longest cue first); otherwise it takes
 * its parent's kind, and a top-level heading with no cue is "other".
 */
export function assignKinds(sections: Omit<Section, 'kind'>[], rules: SectionKindRules): Section[] {
  const cues = Object.entries(rules.kinds)
    .flatMap(([kind, list]) => list.map((cue) => ({ kind: kind as SectionKind, cue: matchForm(cue) })))
    .sort((a, b) => b.cue.length - a.cue.length);
  const byId = new Map<string, Section>();
  return sections.map((s) => {
    const h = matchForm(s.heading).replace(/^[\s"“(]+/, '');
    const hit = cues.find((c) => h === c.cue || (h.startsWith(c.cue) && !/^[\p{L}\d]/u.test(h.slice(c.cue.length))));
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    const kind: SectionKind = hit?.kind ?? parent?.kind ?? 'other';
    const out = { ...s, kind };
    byId.set(s.id, out);
    return out;
  });
}

function readFootnotes(lines: Line[], footnotesAt: number, text: string): Footnote[] {
  if (footnotesAt < 0) return [];
  const out: Footnote[] = [];
  for (const l of lines) {
    if (l.start < footnotesAt) continue;
    const m = FOOTNOTE_START.exec(l.raw);
    if (m) {
      const marker = toDigits(m[0].trim());
      out.push({ marker, text: '', span: [l.start, l.end], anchor: findAnchor(text, marker, footnotesAt) });
    } else if (out.length && l.text) {
      out[out.length - 1]!.span[1] = l.end;
    }
  }
  for (const f of out) f.text = text.slice(f.span[0], f.span[1]).replace(FOOTNOTE_START, '').replace(/\s+/g, ' ').trim();
  return out;
}

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

function toDigits(marker: string): string {
  return marker.replace(/[[\]]/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => SUPERSCRIPT[c]!);
}

/** Where the body references footnote `n`: a superscript after a word, or "[n]". */
function findAnchor(text: string, n: string, before: number): number | null {
  const sup = n.replace(/\d/g, (d) => Object.keys(SUPERSCRIPT).find((k) => SUPERSCRIPT[k] === d)!);
  const re = new RegExp(String.raw`(?<=\S)${sup}(?!\d)|\[${n}\]`, 'gu');
  const m = re.exec(text.slice(0, before));
  return m ? m.index : null;
}

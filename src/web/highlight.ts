/**
 * The document page's text with every extracted item marked in place. Items overlap freely (a
 * target inside a task row, a citation inside a duty), so the text is cut at every item boundary
 * and each piece is marked with all the items that cover it; an item's first piece carries its
 * anchor.
 */
import type { Extraction, Loc, Span } from '../contract/schema.js';
import { html, type SafeHtml } from './html.js';

export type ItemKind = 'target' | 'baseline' | 'citation' | 'agency' | 'task';

export const ITEM_KINDS: readonly ItemKind[] = ['target', 'baseline', 'citation', 'agency', 'task'];

export interface MarkedItem {
  /** unique in the page: t3 (target), b0 (baseline), c2-1 (citation 2, mention 1), a4 (responsibility), k7 (task) */
  id: string;
  kind: ItemKind;
  span: Span;
  loc: Loc | null;
}

/**
 * Where an agency is named in its responsibility: the name as written, searched from the start of
 * the responsibility's span (which covers its whole section), else the span's first line.
 */
function agencySpan(text: string, span: Span, asWritten: string | undefined): Span {
  if (asWritten) {
    const at = text.indexOf(asWritten, span[0]);
    if (at >= 0 && at + asWritten.length <= span[1]) return [at, at + asWritten.length];
  }
  const nl = text.indexOf('\n', span[0]);
  return [span[0], nl < 0 || nl > span[1] ? span[1] : nl];
}

/** Every item of an extraction that has a span, in a stable order that gives each its id. */
export function itemsOf(e: Extraction): MarkedItem[] {
  const items: MarkedItem[] = [];
  e.targets.forEach((t, i) => items.push({ id: `t${i}`, kind: 'target', span: t.span, loc: t.loc ?? null }));
  (e.baselines ?? []).forEach((t, i) => items.push({ id: `b${i}`, kind: 'baseline', span: t.span, loc: t.loc ?? null }));
  e.citations.forEach((c, ci) =>
    c.mentions.forEach((m, mi) => items.push({ id: `c${ci}-${mi}`, kind: 'citation', span: m.span, loc: m.loc ?? null })),
  );
  e.responsibilities.forEach((r, i) => {
    if (r.span) items.push({ id: `a${i}`, kind: 'agency', span: agencySpan(e.text, r.span, r.asWritten), loc: r.loc ?? null });
  });
  e.tasks.forEach((t, i) => {
    if (t.span) items.push({ id: `k${i}`, kind: 'task', span: t.span, loc: t.loc ?? null });
  });
  return items.filter((it) => it.span[0] < it.span[1] && it.span[1] <= e.text.length);
}

/**
 * The item a link names by its source location ("?at=12:5&kind=target"): the first item of that
 * kind (any kind when none is given) whose location starts there.
 */
export function itemAt(items: readonly MarkedItem[], line: number, column: number, kind?: string): MarkedItem | null {
  const here = items.filter((it) => it.loc?.line === line && it.loc.column === column);
  return here.find((it) => it.kind === kind) ?? (kind ? null : here[0]) ?? null;
}

/** Which kind colours a piece several kinds cover: the narrowest items first. */
export const SHOWN_FIRST: readonly ItemKind[] = ['target', 'baseline', 'citation', 'agency'];

/** A zero-width anchor in the text (a section start). */
export interface Anchor {
  id: string;
  at: number;
}

/**
 * The text as HTML, pieces covered by items wrapped in <mark> with the items' ids and kinds;
 * `hit` (a search match) is marked as well. Runs in O((n + k) log k) for k boundaries.
 */
export function markText(text: string, items: readonly MarkedItem[], anchors: readonly Anchor[] = [], hit?: Span): SafeHtml {
  const all: { id: string; kind: string; span: Span }[] = [...items];
  if (hit && hit[0] < hit[1] && hit[1] <= text.length) all.push({ id: 'hit', kind: 'hit', span: hit });
  const cuts = new Set<number>([0, text.length]);
  for (const it of all) cuts.add(it.span[0]).add(it.span[1]);
  for (const a of anchors) cuts.add(a.at);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const startsAt = new Map<number, string[]>();
  const addStart = (at: number, id: string) => startsAt.set(at, [...(startsAt.get(at) ?? []), id]);
  for (const a of anchors) addStart(a.at, a.id);
  for (const it of all) addStart(it.span[0], it.id);

  const byStart = [...all].sort((a, b) => a.span[0] - b.span[0]);
  let next = 0;
  let active: typeof all = [];
  const out: SafeHtml[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    active = active.filter((it) => it.span[1] > from);
    while (next < byStart.length && byStart[next]!.span[0] <= from) active.push(byStart[next++]!);
    for (const id of startsAt.get(from) ?? []) out.push(html`<span class="anchor" id="${id}"></span>`);
    const piece = text.slice(from, to);
    if (!active.length) {
      out.push(html`${piece}`);
      continue;
    }
    const kinds = new Set(active.map((it) => it.kind));
    const ids = active.map((it) => it.id).join(' ');
    // a piece shows the colour of its narrowest kind; task rows are underlined beneath it
    const shown = SHOWN_FIRST.find((k) => kinds.has(k)) ?? '';
    out.push(html`<mark class="hl ${[...kinds].map((k) => `k-${k}`).join(' ')}" data-items="${ids}" data-show="${shown}">${piece}</mark>`);
  }
  return html`${out}`;
}

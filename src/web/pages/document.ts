/**
 * The Document page: metadata, warnings, the section outline with kinds, and the normalized text
 * with every target, baseline, citation mention, agency and task row marked. Each item's fields
 * and source location are rendered here as hidden cards; document.js shows the card of the item
 * clicked (the page stays readable, and every card reachable, without scripts).
 */
import type { Citation, Extraction, Loc, Responsibility, Section, Span, Target, Task } from '../../contract/schema.js';
import type { StoredExtraction } from '../../store/index.js';
import { targetCell } from '../../cli/commands/compare.js';
import { formatLoc } from '../format.js';
import { html, query, type HtmlValue, type SafeHtml } from '../html.js';
import { ITEM_KINDS, itemAt, itemsOf, markText, type ItemKind, type MarkedItem } from '../highlight.js';
import { page } from '../layout.js';

export interface DocumentQuery {
  /** a span of the text to mark as a search hit */
  hl: Span | null;
  /** the item to select: its source location and kind */
  at: { line: number; column: number; kind?: string } | null;
}

const KIND_LABELS: Record<ItemKind, string> = {
  target: 'targets',
  baseline: 'baselines',
  citation: 'citations',
  agency: 'agencies',
  task: 'task rows',
};

type Field = [string, HtmlValue];

function fields(rows: readonly Field[]): SafeHtml {
  const kept = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length));
  return html`<dl class="fields">${kept.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function sectionName(sections: ReadonlyMap<string, Section>, id: string | null): HtmlValue {
  const s = id ? sections.get(id) : undefined;
  return s ? html`<a href="#sec-${s.id}">${s.label}. ${s.heading}</a>` : null;
}

function list(items: readonly string[]): SafeHtml {
  return html`<ul>${items.map((x) => html`<li>${x}</li>`)}</ul>`;
}

function card(id: string, kind: ItemKind, title: HtmlValue, body: SafeHtml, loc: Loc | null | undefined): SafeHtml {
  return html`<section class="card k-${kind}" id="card-${id}" data-item="${id}" hidden>
<h3><span class="kind">${kind}</span> ${title}</h3>${body}
<p class="where">Source: ${formatLoc(loc)}</p></section>`;
}

function targetCard(id: string, kind: 'target' | 'baseline', t: Target, sections: ReadonlyMap<string, Section>): SafeHtml {
  const body = fields([
    ['figure', targetCell({ ...t, year: null })],
    ['text', t.text],
    ['value', String(t.value)],
    ['unit', t.unit],
    ['per', t.per],
    ['comparator', t.comparator],
    ['year', t.year === null ? null : `${t.year}${t.yearSource ? ` (from ${t.yearSource})` : ''}`],
    ['subject', t.subject],
    ['indicator', t.indicator ? html`<a href="/compare${query({ indicator: t.indicator })}">${t.indicator}</a>` : 'none'],
    ['indicator cue', t.indicatorCue],
    ['of', t.of === null || t.of === undefined ? null : String(t.of)],
    ['section', sectionName(sections, t.sectionId)],
  ]);
  return card(id, kind, targetCell({ ...t, year: null }), body, t.loc);
}

function citationCard(id: string, c: Citation, mi: number): SafeHtml {
  const m = c.mentions[mi]!;
  const body = fields([
    ['mention', m.text],
    ['relation', m.relation ?? c.relation],
    ['pinpoint', m.pinpoint],
    ['key', html`<a href="/citations/cited${query({ key: c.key })}">${c.key}</a>`],
    ['type', c.type],
    ['number', c.number],
    ['symbol', c.symbol],
    ['year', c.year === null ? null : String(c.year)],
    ['issuer', c.issuer],
    ['date', c.date],
    ['title', c.title],
    ['nicknames', c.aliases ?? []],
    ['mentions', `${mi + 1} of ${c.mentions.length} in this document`],
  ]);
  return card(id, 'citation', c.symbol ?? c.key, body, m.loc);
}

function agencyCard(id: string, r: Responsibility, sections: ReadonlyMap<string, Section>): SafeHtml {
  const body = fields([
    ['agency', html`<a href="/agencies/duties${query({ agency: r.agency })}">${r.agency}</a>`],
    ['as written', r.asWritten],
    ['role', r.role],
    ['locality', r.locality],
    ['partners', r.partners?.length ? list(r.partners) : null],
    ['duties', r.duties.length ? html`<ol>${r.duties.map((d) => html`<li>${d}</li>`)}</ol>` : null],
    ['section', sectionName(sections, r.sectionId)],
  ]);
  return card(id, 'agency', r.agency, body, r.loc);
}

function taskCard(id: string, t: Task): SafeHtml {
  const body = fields([
    ['number', t.number],
    ['task', t.text],
    ['lead', t.lead.length ? list(t.lead) : null],
    ['coordinate', t.coordinate.length ? list(t.coordinate) : null],
    ['deadline', t.deadline],
    ['products', t.products.length ? list(t.products) : null],
  ]);
  return card(id, 'task', t.number ? `task ${t.number}` : 'task', body, t.loc);
}

function cards(e: Extraction, sections: ReadonlyMap<string, Section>): SafeHtml[] {
  return [
    ...e.targets.map((t, i) => targetCard(`t${i}`, 'target', t, sections)),
    ...(e.baselines ?? []).map((t, i) => targetCard(`b${i}`, 'baseline', t, sections)),
    ...e.citations.flatMap((c, ci) => c.mentions.map((_, mi) => citationCard(`c${ci}-${mi}`, c, mi))),
    ...e.responsibilities.map((r, i) => agencyCard(`a${i}`, r, sections)),
    ...e.tasks.map((t, i) => taskCard(`k${i}`, t)),
  ];
}

/** The section tree as nested lists, each entry with its kind. */
function outline(sections: readonly Section[]): SafeHtml {
  const children = new Map<string | null, Section[]>();
  const ids = new Set(sections.map((s) => s.id));
  for (const s of sections) {
    const parent = s.parentId !== null && ids.has(s.parentId) ? s.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), s]);
  }
  const tree = (parent: string | null): SafeHtml => {
    const kids = children.get(parent) ?? [];
    if (!kids.length) return html``;
    return html`<ul>${kids.map(
      (s) => html`<li><a href="#sec-${s.id}">${s.label}. ${s.heading}</a> <span class="kind-badge kind-${s.kind}">${s.kind}</span>${tree(s.id)}</li>`,
    )}</ul>`;
  };
  return sections.length ? tree(null) : html`<p class="muted">No sections found.</p>`;
}

function metaTable(stored: StoredExtraction): SafeHtml {
  const e = stored.extraction;
  const m = e.document;
  return fields([
    ['type', m.type],
    ['number', m.number],
    ['symbol', m.symbol],
    ['issuer', m.issuer],
    ['parent body', m.parentBody],
    ['province', m.province],
    ['level', m.level],
    ['place', m.place],
    ['date', m.date],
    ['period', m.period ? `${m.period.from}–${m.period.to}` : null],
    ['attached to', m.attachedTo],
    ['signer', m.signer],
    ['signer title', m.signerTitle],
    ['recipients', m.recipients?.length ? list(m.recipients) : null],
    ['citation key', m.key ? html`<a href="/citations/cited${query({ key: m.key })}">${m.key}</a>` : null],
    ['source', `${e.source.path} (${e.source.format}, sha256 ${e.source.sha256.slice(0, 12)}…)`],
    ['imported', stored.importedAt],
  ]);
}

export function documentPage(stored: StoredExtraction, qy: DocumentQuery): string {
  const e = stored.extraction;
  const sections = new Map(e.sections.map((s) => [s.id, s]));
  const items: MarkedItem[] = itemsOf(e);
  const focus = qy.at ? itemAt(items, qy.at.line, qy.at.column, qy.at.kind) : null;
  const counts = new Map<ItemKind, number>();
  for (const it of items) counts.set(it.kind, (counts.get(it.kind) ?? 0) + 1);
  const legend = ITEM_KINDS.filter((k) => counts.get(k)).map(
    (k) => html`<label class="legend-item k-${k}"><input type="checkbox" data-kind="${k}" checked> <mark class="hl k-${k}">${KIND_LABELS[k]}</mark> ${counts.get(k)}</label>`,
  );
  const anchors = e.sections.map((s) => ({ id: `sec-${s.id}`, at: s.span[0] }));
  const text = markText(e.text, items, anchors, qy.hl ?? undefined);
  const warnings = e.warnings.length
    ? html`<section class="warnings" id="warnings"><h2>Warnings (${e.warnings.length})</h2>${list(e.warnings)}</section>`
    : html``;
  const m = e.document;
  const heading = [m.type, m.symbol && !m.symbol.startsWith('/') ? m.symbol : null].filter(Boolean).join(' ') || stored.stem;
  const body = html`<h1>${heading} <span class="muted small">${stored.stem}</span></h1>
${m.title ? html`<p class="doc-title">${m.title}</p>` : ''}
<details class="meta" open><summary>Metadata</summary>${metaTable(stored)}</details>
${warnings}
<div class="doc-layout">
<nav class="outline" aria-label="Sections"><h2>Sections</h2>${outline(e.sections)}</nav>
<div class="doc-main">
<form class="legend" aria-label="Highlights">${legend.length ? legend : html`<span class="muted">Nothing was extracted from this document.</span>`}</form>
<article class="doctext" id="doctext" data-focus="${focus?.id ?? (qy.hl ? 'hit' : '')}">${text}</article>
</div>
<aside class="details" id="details" aria-live="polite"><h2>Details</h2>
<p class="muted" id="details-empty">Click a highlighted passage to see what was extracted from it and where it is in the source file.</p>
${cards(e, sections)}
</aside>
</div>`;
  return page({ title: heading, section: 'documents', body, scripts: ['document.js'] });
}

/**
 * The Citations pages: the citation graph (stored documents → the documents they cite, edges typed
 * by relation; drawn by citations.js from /api/citations), the cited documents as a table, the page
 * of one cited document (who cites it and how), and the citation audit with links to the lines.
 */
import type { Loc, Span } from '../../contract/schema.js';
import { findCiting } from '../../cli/commands/links.js';
import { auditCitations, buildRegistry, loadCitationRules, type AuditDoc, type AuditFinding, type RegistryEntry } from '../../extract/citations/index.js';
import type { CitationSource, DocRef, Store } from '../../store/index.js';
import { keyParts } from '../../store/links.js';
import { asciiFold } from '../../text/vietnamese.js';
import type { Catalog } from '../catalog.js';
import { docHref, docLabel } from '../format.js';
import { html, query, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

export const RELATIONS = ['basis', 'implements', 'amends', 'replaces', 'refers'] as const;
export type Relation = (typeof RELATIONS)[number];

const RELATION_HELP: Record<Relation, string> = {
  basis: 'legal basis (Căn cứ …)',
  implements: 'carries out (thực hiện, triển khai …)',
  amends: 'amends (sửa đổi, bổ sung …)',
  replaces: 'replaces (thay thế, bãi bỏ …)',
  refers: 'other mentions',
};

export interface GraphFilter {
  relations: Relation[];
  /** words matched, without case, diacritics or đ/d, against keys, titles and document names */
  q: string;
  /** cited documents cited by at least this many stored documents */
  min: number;
}

export interface GraphNode {
  id: string;
  /** 'stored': a document in the database; 'cited': known only from citations */
  kind: 'stored' | 'cited';
  label: string;
  title: string | null;
  href: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  mentions: number;
}

export interface CitedRow {
  node: GraphNode;
  key: string;
  type: string | null;
  date: string | null;
  citing: { doc: DocRef; relation: Relation; mentions: number }[];
}

export interface CitationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  cited: CitedRow[];
}

const asRelation = (r: string | null): Relation => (RELATIONS as readonly string[]).includes(r ?? '') ? (r as Relation) : 'refers';
const citedHref = (key: string): string => `/citations/cited${query({ key })}`;
/** A key's name without its year part ("1609/QĐ-TTg|2022" → "1609/QĐ-TTg"). */
const keyName = (key: string): string => key.split('|')[0]!;

/** The graph of what the stored documents cite, filtered. */
export async function citationGraph(store: Store, catalog: Catalog, f: GraphFilter): Promise<CitationGraph> {
  const docs = await catalog.entries();
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  // like the search box: case, diacritics and đ/d do not matter
  const q = asciiFold(f.q.trim());
  const matches = (...texts: (string | null)[]) => !q || texts.some((t) => t !== null && asciiFold(t).includes(q));
  const nodes = new Map<string, GraphNode>();
  const storedNode = (d: DocRef & { title?: string | null }): GraphNode => ({
    id: `d${d.id}`,
    kind: 'stored',
    label: docLabel(d),
    title: d.title ?? null,
    href: `/doc/${d.id}`,
  });
  const edges: GraphEdge[] = [];
  const cited = new Map<string, CitedRow>();
  for (const d of docs) {
    const from = storedNode(d);
    for (const r of await store.references(d.id)) {
      const relation = asRelation(r.relation);
      if (!f.relations.includes(relation)) continue;
      const targets: GraphNode[] = r.linked.length
        ? r.linked.map((l) => storedNode({ ...l, title: titles.get(l.id) ?? null }))
        : [{ id: `k${r.key}`, kind: 'cited', label: keyName(r.key), title: r.title, href: citedHref(r.key) }];
      for (const to of targets) {
        if (!matches(from.label, d.title, to.label, to.title, r.key)) continue;
        nodes.set(from.id, from);
        nodes.set(to.id, nodes.get(to.id) ?? to);
        edges.push({ id: `e${edges.length}`, source: from.id, target: to.id, relation, mentions: r.mentions });
        let row = cited.get(to.id);
        if (!row) cited.set(to.id, (row = { node: to, key: r.key, type: r.type, date: r.date, citing: [] }));
        row.citing.push({ doc: d, relation, mentions: r.mentions });
      }
    }
  }
  // cited documents below the minimum go, with their edges and the documents left without any
  const kept = [...cited.values()].filter((c) => new Set(c.citing.map((x) => x.doc.id)).size >= f.min);
  const keptIds = new Set(kept.map((c) => c.node.id));
  const keptEdges = edges.filter((e) => keptIds.has(e.target));
  const ends = new Set(keptEdges.flatMap((e) => [e.source, e.target]));
  kept.sort((a, b) => new Set(b.citing.map((x) => x.doc.id)).size - new Set(a.citing.map((x) => x.doc.id)).size || a.key.localeCompare(b.key));
  return { nodes: [...nodes.values()].filter((n) => ends.has(n.id)), edges: keptEdges, cited: kept };
}

function filterForm(f: GraphFilter): SafeHtml {
  const boxes = RELATIONS.map(
    (r) => html`<label class="rel rel-${r}" title="${RELATION_HELP[r]}"><input type="checkbox" name="relation" value="${r}"${f.relations.includes(r) ? html` checked` : ''}> ${r}</label>`,
  );
  return html`<form class="filters" method="get" action="/citations">
<label class="grow">Find <input type="search" name="q" value="${f.q}" placeholder="symbol, title or document (e.g. 1609/QĐ-TTg)"></label>
<fieldset class="relations"><legend>Relations</legend>${boxes}</fieldset>
<label>Cited by at least <input type="number" name="min" min="1" max="999" value="${f.min}"> documents</label>
<button type="submit">Apply</button> <a href="/citations">Reset</a>
</form>`;
}

function citedTable(rows: readonly CitedRow[]): SafeHtml {
  const body = rows.map((c) => {
    const byDoc = new Map<number, { doc: DocRef; relations: Set<Relation>; mentions: number }>();
    for (const x of c.citing) {
      const e = byDoc.get(x.doc.id) ?? { doc: x.doc, relations: new Set<Relation>(), mentions: 0 };
      e.relations.add(x.relation);
      e.mentions += x.mentions;
      byDoc.set(x.doc.id, e);
    }
    const citing = [...byDoc.values()].map(
      (e) => html`<li><a href="/doc/${e.doc.id}">${docLabel(e.doc)}</a> ${[...e.relations].map((r) => html`<span class="rel-badge rel-${r}">${r}</span>`)}
<span class="muted">${e.mentions} mention${e.mentions === 1 ? '' : 's'}</span></li>`,
    );
    const name = c.node.kind === 'stored' ? html`<a href="${c.node.href}">${c.node.label}</a> <span class="badge">stored</span>` : html`<a href="${c.node.href}">${c.node.label}</a>`;
    return html`<tr data-key="${c.key}"><td class="cited-name">${name}</td><td>${c.type}</td><td class="nowrap">${c.date}</td><td class="title-cell">${c.node.title}</td>
<td class="num">${byDoc.size}</td><td><ul class="citing">${citing}</ul></td></tr>`;
  });
  return html`<table class="grid" id="cited"><thead><tr><th>Cited document</th><th>Type</th><th>Date</th><th>Title</th><th>Cited by</th><th>Citing documents</th></tr></thead>
<tbody>${body}</tbody></table>`;
}

/**
 * Registry entries from the stored documents that some stored citation names (a document's own
 * header is the best evidence of its date), as `vanban audit` builds them, so both agree.
 */
function storedEntries(sources: readonly CitationSource[]): RegistryEntry[] {
  const cited = new Set(sources.flatMap((s) => s.citations.map((c) => keyParts(c.key).base)));
  return sources.flatMap((s) =>
    s.document.date
      ? s.keys
          .filter((k) => cited.has(keyParts(k).base))
          .map((key) => ({ key, date: s.document.date, ...(s.document.issuer ? { issuer: s.document.issuer } : {}), ...(s.document.title ? { title: s.document.title } : {}) }))
      : [],
  );
}

export interface AuditRow {
  finding: AuditFinding;
  /** each occurrence's link to its mention in the document page */
  links: { label: string; href: string; text: string }[];
}

/** The citation audit of every stored document, each occurrence linked to its mention. */
export async function auditRows(store: Store): Promise<AuditRow[]> {
  const sources = await store.citationSources();
  const rules = loadCitationRules();
  const registry = buildRegistry([...rules.registry.entries, ...storedEntries(sources)], rules);
  // the audit reports lines; the link needs the mention's column too, found by line and text
  const locs = new Map<string, Loc>();
  const docs = new Map<string, DocRef>();
  const auditDocs: AuditDoc[] = sources.map((s) => {
    const id = String(s.doc.id);
    docs.set(id, s.doc);
    const lines = new Map<string, number>();
    for (const c of s.citations) {
      for (const m of c.mentions) {
        if (!m.loc) continue;
        lines.set(`${m.span[0]}:${m.span[1]}`, m.loc.line);
        locs.set(`${id}\n${m.loc.line}\n${m.text.replace(/\s+/g, ' ')}`, m.loc);
      }
    }
    return { id, path: s.doc.path, document: s.document, citations: s.citations, lineOf: (span: Span) => lines.get(`${span[0]}:${span[1]}`) ?? 0 };
  });
  return auditCitations(auditDocs, registry, rules).map((finding) => ({
    finding,
    links: finding.occurrences.map((o) => {
      const doc = docs.get(o.docId)!;
      const loc = locs.get(`${o.docId}\n${o.line}\n${o.text}`) ?? null;
      return { label: `${docLabel(doc)}${o.line ? `, line ${o.line}` : ''}`, href: docHref(doc.id, { loc, kind: 'citation' }), text: o.text };
    }),
  }));
}

function auditSection(rows: readonly AuditRow[]): SafeHtml {
  if (!rows.length) return html`<h2 id="audit">Citation audit</h2><p class="muted">No findings.</p>`;
  const items = rows.map(
    (r) => html`<li class="finding"><span class="badge kind-${r.finding.kind}">${r.finding.kind}</span> <strong>${r.finding.key}</strong>
${r.finding.expected ? html` <span class="muted">expected ${r.finding.expected}</span>` : ''}
<div>${r.finding.message}</div>
<ul>${r.links.map((l) => html`<li><a href="${l.href}">${l.label}</a>: <q>${l.text}</q></li>`)}</ul></li>`,
  );
  return html`<h2 id="audit">Citation audit <span class="muted">(${rows.length} finding${rows.length === 1 ? '' : 's'})</span></h2><ul class="findings">${items}</ul>`;
}

export async function citationsPage(store: Store, catalog: Catalog, f: GraphFilter): Promise<string> {
  const graph = await citationGraph(store, catalog, f);
  const audit = await auditRows(store);
  const legend = RELATIONS.map((r) => html`<span class="rel-badge rel-${r}" title="${RELATION_HELP[r]}">${r}</span>`);
  const body = html`<h1>Citations</h1>
${filterForm(f)}
<p class="legend-line">Edges: ${legend} · <span class="node-stored">■</span> stored document · <span class="node-cited">●</span> cited only. Click a node to open it.</p>
<div class="graph" id="graph" data-src="/api/citations${query({ relation: f.relations, q: f.q, min: f.min === 1 ? null : f.min })}" role="img"
 aria-label="Citation graph: ${graph.nodes.length} documents, ${graph.edges.length} citations"></div>
<h2>Cited documents <span class="muted">(${graph.cited.length})</span></h2>
${citedTable(graph.cited)}
${auditSection(audit)}`;
  return page({ title: 'Citations', section: 'citations', body, scripts: ['vendor/cytoscape.js', 'citations.js'] });
}

/** One cited document: the stored documents citing it, mention by mention. */
export async function citedPage(store: Store, key: string): Promise<{ status: 200 | 404; body: string }> {
  const found = await findCiting(store, key);
  const title = `Cited: ${keyName(found.keys[0] ?? key)}`;
  if (found.keys.length > 1) {
    const body = html`<h1>${title}</h1><p class="message">“${key}” is a nickname of several documents:</p>
<ul>${found.keys.map((k) => html`<li><a href="${citedHref(k)}">${k}</a></li>`)}</ul>`;
    return { status: 200, body: page({ title, section: 'citations', body }) };
  }
  const theKey = found.keys[0]!;
  const stored = await store.documentsByKey(theKey);
  const first = found.mentions[0];
  const ref = first ? (await store.references(first.doc.id)).find((r) => r.key === first.key) : undefined;
  const rows = found.mentions.map(
    (m) => html`<tr><td><a href="/doc/${m.doc.id}">${docLabel(m.doc)}</a></td><td>${m.relation ? html`<span class="rel-badge rel-${asRelation(m.relation)}">${m.relation}</span>` : ''}</td>
<td>${m.pinpoint}</td><td><a href="${docHref(m.doc.id, { loc: m.loc, kind: 'citation' })}">${m.text ?? m.key}</a></td>
<td class="muted">${m.key}${m.match === 'symbol' ? ' (same symbol)' : ''}</td><td class="muted">${m.loc ? `line ${m.loc.line}` : ''}</td></tr>`,
  );
  const docs = new Set(found.mentions.map((m) => m.doc.id)).size;
  const body = html`<h1>${title}</h1>
${ref?.title ? html`<p class="doc-title">${ref.type ?? ''} ${ref.title}</p>` : ''}
<p>${theKey}${found.via === 'nickname' ? ` (nickname “${key}”)` : ''}${ref?.date ? ` · dated ${ref.date}` : ''} ·
${stored.length ? html`in the database as ${stored.map((d) => html`<a href="/doc/${d.id}">${docLabel(d)}</a> `)}` : 'not in the database'}</p>
<h2>Cited by ${docs} document${docs === 1 ? '' : 's'} <span class="muted">(${found.mentions.length} mention${found.mentions.length === 1 ? '' : 's'})</span></h2>
${found.mentions.length
  ? html`<table class="grid" id="citing"><thead><tr><th>Citing document</th><th>Relation</th><th>Pinpoint</th><th>Mention</th><th>Key as cited</th><th>Source</th></tr></thead><tbody>${rows}</tbody></table>`
  : html`<p class="message">No stored document cites ${key}.</p>`}`;
  return { status: found.mentions.length || stored.length ? 200 : 404, body: page({ title, section: 'citations', body }) };
}

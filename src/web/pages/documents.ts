/** The Documents page: the stored documents, filtered by metadata, and the full-text search. */
import type { SearchHit, Store } from '../../store/index.js';
import type { Catalog, CatalogEntry } from '../catalog.js';
import { docLabel, formatLoc } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

export interface DocumentsQuery {
  q: string;
  province: string;
  level: string;
  type: string;
  year: string;
}

const FILTERS = ['province', 'level', 'type', 'year'] as const;

function valueOf(e: CatalogEntry, f: (typeof FILTERS)[number]): string {
  const v = f === 'year' ? e.year : e[f];
  return v === null || v === undefined ? '' : String(v);
}

function select(name: string, label: string, values: readonly string[], chosen: string): SafeHtml {
  const options = values.map((v) => html`<option value="${v}"${v === chosen ? html` selected` : ''}>${v}</option>`);
  return html`<label>${label} <select name="${name}"><option value="">all</option>${options}</select></label>`;
}

/** The snippet with its match (wrapped in « » by the store) marked. */
function snippetHtml(snippet: string): SafeHtml {
  const open = snippet.indexOf('«');
  const close = snippet.indexOf('»', open + 1);
  if (open < 0 || close < 0) return html`${snippet}`;
  return html`${snippet.slice(0, open)}<mark class="hit">${snippet.slice(open + 1, close)}</mark>${snippet.slice(close + 1)}`;
}

function hitsHtml(q: string, hits: readonly SearchHit[], shown: ReadonlySet<number>): SafeHtml {
  const kept = hits.filter((h) => shown.has(h.docId));
  if (!kept.length) return html`<p class="message" id="hits-none">No passage matches “${q}”.</p>`;
  const items = kept.map((h) => {
    const section = h.sectionLabel === null ? '' : html` <span class="muted">§ ${h.sectionLabel}. ${h.sectionHeading}</span>`;
    return html`<li class="hit-item"><a href="/doc/${h.docId}?hl=${h.span[0]}-${h.span[1]}#hit">${h.symbol && !h.symbol.startsWith('/') ? h.symbol : h.stem}</a>${section}
<span class="muted">${formatLoc(h.loc)}</span><div class="snippet">${snippetHtml(h.snippet)}</div></li>`;
  });
  return html`<h2>Passages matching “${q}” <span class="muted">(${kept.length})</span></h2><ol class="hits" id="hits">${items}</ol>`;
}

export async function documentsPage(store: Store, catalog: Catalog, qy: DocumentsQuery): Promise<string> {
  const all = await catalog.entries();
  const distinct = (f: (typeof FILTERS)[number]) =>
    [...new Set(all.map((e) => valueOf(e, f)).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'));
  let docs = all.filter((e) => FILTERS.every((f) => !qy[f] || valueOf(e, f) === qy[f]));
  let hits: SafeHtml = html``;
  const q = qy.q.trim();
  if (q) {
    const found = await store.search(q, { limit: 100 });
    const withHits = new Set(found.map((h) => h.docId));
    docs = docs.filter((d) => withHits.has(d.id));
    hits = hitsHtml(q, found, new Set(docs.map((d) => d.id)));
  }
  const rows = docs.map(
    (d) => html`<tr>
<td><a href="/doc/${d.id}">${docLabel(d)}</a>${docLabel(d) === d.stem ? '' : html`<div class="muted small">${d.stem}</div>`}</td>
<td>${d.type}</td><td>${d.issuer}</td><td>${d.province}</td><td>${d.level}</td><td class="nowrap">${d.date}</td>
<td class="title-cell">${d.title}</td>
<td class="num">${d.counts.targets}</td><td class="num">${d.counts.citations}</td><td class="num">${d.counts.responsibilities}</td><td class="num">${d.counts.tasks}</td>
<td class="num">${d.warnings ? html`<span class="warn-count">${d.warnings}</span>` : '0'}</td></tr>`,
  );
  const body = html`<h1>Documents <span class="muted">(${docs.length} of ${all.length})</span></h1>
<form class="filters" method="get" action="/" role="search">
<label class="grow">Search <input type="search" name="q" value="${qy.q}" placeholder="e.g. giao duc, đào tạo — accents and đ optional"></label>
${select('province', 'Province', distinct('province'), qy.province)}
${select('level', 'Level', distinct('level'), qy.level)}
${select('type', 'Type', distinct('type'), qy.type)}
${select('year', 'Year', distinct('year'), qy.year)}
<button type="submit">Apply</button> <a href="/">Reset</a>
</form>
${hits}
<table class="grid" id="documents">
<thead><tr><th>Document</th><th>Type</th><th>Issuer</th><th>Province</th><th>Level</th><th>Date</th><th>Title</th>
<th title="targets">Targets</th><th title="citations">Citations</th><th title="responsibilities">Resp.</th><th>Tasks</th><th>Warnings</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return page({ title: 'Documents', section: 'documents', body });
}

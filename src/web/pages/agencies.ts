/**
 * The Agencies pages: the agency × document matrix with each agency's roles, and one agency's
 * duties and task rows across documents.
 */
import type { Role } from '../../contract/schema.js';
import type { DocRef, DutyRow, Store } from '../../store/index.js';
import type { Catalog } from '../catalog.js';
import { docHref, docLabel } from '../format.js';
import { html, query, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

const ROLE_ORDER: Role[] = ['lead', 'coordinate', 'implement', 'requested'];

const roleBadges = (roles: readonly Role[]): SafeHtml[] =>
  [...roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b)).map((r) => html`<span class="role role-${r}">${r}</span>`);

const dutiesHref = (agency: string): string => `/agencies/duties${query({ agency })}`;

export async function agenciesPage(store: Store, catalog: Catalog, province: string): Promise<string> {
  const entries = await catalog.entries();
  const provinces = [...new Set(entries.map((e) => e.province).filter((p): p is string => p !== null))].sort((a, b) => a.localeCompare(b, 'vi'));
  const cells = await store.agencyRoles(province ? { province } : undefined);
  const docs = new Map<number, DocRef>();
  const byAgency = new Map<string, Map<number, Role[]>>();
  for (const c of cells) {
    docs.set(c.doc.id, c.doc);
    const row = byAgency.get(c.agency) ?? new Map<number, Role[]>();
    row.set(c.doc.id, [...new Set([...(row.get(c.doc.id) ?? []), ...c.roles])]);
    byAgency.set(c.agency, row);
  }
  const columns = [...docs.values()].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.stem.localeCompare(b.stem));
  // agencies present in most documents first: the ones a reader compares
  const agencies = [...byAgency.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0], 'vi'));
  const provinceOf = new Map(entries.map((e) => [e.id, e.province]));
  const head = columns.map(
    (d) => html`<th class="doc-col"><a href="/doc/${d.id}" title="${d.stem}">${docLabel(d)}</a><div class="muted small">${provinceOf.get(d.id) ?? ''}</div></th>`,
  );
  const rows = agencies.map(
    ([agency, row]) => html`<tr><th scope="row"><a href="${dutiesHref(agency)}">${agency}</a></th>
${columns.map((d) => html`<td>${roleBadges(row.get(d.id) ?? [])}</td>`)}</tr>`,
  );
  const options = provinces.map((p) => html`<option value="${p}"${p === province ? html` selected` : ''}>${p}</option>`);
  const body = html`<h1>Agencies <span class="muted">(${agencies.length} in ${columns.length} documents)</span></h1>
<form class="filters" method="get" action="/agencies">
<label>Province <select name="province"><option value="">all</option>${options}</select></label>
<button type="submit">Apply</button>
</form>
<p class="legend-line">Roles: ${roleBadges(ROLE_ORDER)} · click an agency for its duties across documents.</p>
${agencies.length
  ? html`<div class="scroll"><table class="grid matrix" id="matrix"><thead><tr><th>Agency</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`
  : html`<p class="message">No responsibilities or task rows were extracted${province ? ` in ${province}` : ''}.</p>`}`;
  return page({ title: 'Agencies', section: 'agencies', body });
}

function dutyRow(d: DutyRow): SafeHtml {
  return html`<tr><td>${d.kind === 'task' ? `task ${d.number ?? ''}` : 'duty'}</td><td>${roleBadges([d.role])}</td>
<td><a href="${docHref(d.doc.id, { loc: d.loc, kind: d.kind === 'task' ? 'task' : 'agency' })}">${d.text}</a></td>
<td>${d.deadline}</td><td>${d.partners.join('; ')}</td><td class="muted">${d.loc ? `line ${d.loc.line}` : ''}</td></tr>`;
}

export async function dutiesPage(store: Store, agency: string): Promise<{ status: 200 | 404; body: string }> {
  const rows = agency ? await store.duties([agency]) : [];
  const byDoc = new Map<number, { doc: DocRef; rows: DutyRow[] }>();
  for (const r of rows) {
    const g = byDoc.get(r.doc.id) ?? { doc: r.doc, rows: [] };
    g.rows.push(r);
    byDoc.set(r.doc.id, g);
  }
  const groups = [...byDoc.values()].map(
    (g) => html`<h2><a href="/doc/${g.doc.id}">${docLabel(g.doc)}</a>${docLabel(g.doc) === g.doc.stem ? '' : html` <span class="muted small">${g.doc.stem}</span>`}</h2>
<table class="grid duties"><thead><tr><th>Kind</th><th>Role</th><th>Duty or task</th><th>Deadline</th><th>With</th><th>Source</th></tr></thead>
<tbody>${g.rows.map(dutyRow)}</tbody></table>`,
  );
  const body = html`<h1>Duties of ${agency || '…'}</h1>
<p><a href="/agencies">All agencies</a> · ${rows.length} dut${rows.length === 1 ? 'y' : 'ies'} and task rows in ${byDoc.size} document${byDoc.size === 1 ? '' : 's'}.</p>
${groups.length ? groups : html`<p class="message">No duties of “${agency}” are stored.</p>`}`;
  return { status: rows.length ? 200 : 404, body: page({ title: `Duties of ${agency}`, section: 'agencies', body }) };
}

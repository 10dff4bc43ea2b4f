/**
 * The Compare page: one indicator (and optionally one year) across the stored documents — a bar
 * chart drawn by compare.js from /api/compare, the table beneath with each row linking to its
 * sentence, and CSV/XLSX exports of exactly the rows shown.
 */
import path from 'node:path';
import { targetCell } from '../../cli/commands/compare.js';
import { toCsv, toXlsx, type Report } from '../../cli/report.js';
import { IndicatorsFile } from '../../resolve/indicators.js';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../../rules/load.js';
import type { IndicatorCount, Store, TargetRow } from '../../store/index.js';
import { docHref, docLabel } from '../format.js';
import { html, query } from '../html.js';
import { page } from '../layout.js';

export interface CompareQuery {
  indicator: string | null;
  year: number | null;
}

export interface CompareRow {
  docId: number;
  document: string;
  stem: string;
  province: string | null;
  level: string | null;
  year: number | null;
  comparator: string;
  value: number;
  unit: string;
  per: string | null;
  /** the target as a reader writes it: "≥ 27%" */
  figure: string;
  subject: string;
  text: string;
  line: number | null;
  page: number | null;
  /** the document page, at the target */
  href: string;
}

export interface CompareData {
  indicator: string;
  label: string | null;
  year: number | null;
  /** the years the indicator's targets name, for the year picker */
  years: number[];
  rows: CompareRow[];
}

/** Indicator ids with their labels, from the rules file (loaded once per rules folder). */
const labelCache = new Map<string, Map<string, string>>();
export function indicatorLabels(rulesDir = DEFAULT_RULES_DIR): Map<string, string> {
  let labels = labelCache.get(rulesDir);
  if (!labels) {
    const file = loadRuleFile(path.join(rulesDir, 'indicators.yaml'), IndicatorsFile);
    labels = new Map(file.packs.flatMap((p) => p.indicators.map((i) => [i.id, i.label] as [string, string])));
    labelCache.set(rulesDir, labels);
  }
  return labels;
}

function rowOf(t: TargetRow): CompareRow {
  return {
    docId: t.doc.id,
    document: docLabel(t.doc),
    stem: t.doc.stem,
    province: t.province,
    level: t.level,
    year: t.year,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    per: t.per,
    figure: targetCell({ ...t, year: null }),
    subject: t.subject,
    text: t.text,
    line: t.loc?.line ?? null,
    page: t.loc?.page ?? null,
    href: docHref(t.doc.id, { loc: t.loc, kind: 'target' }),
  };
}

/** The rows of one indicator (null when the indicator is not one the database or the rules know). */
export async function compareData(store: Store, qy: CompareQuery & { indicator: string }, labels: ReadonlyMap<string, string>): Promise<CompareData | null> {
  const counts = await store.indicatorCounts();
  if (!labels.has(qy.indicator) && !counts.some((c) => c.indicator === qy.indicator)) return null;
  const all = await store.targets({ indicators: [qy.indicator] });
  const years = [...new Set(all.map((t) => t.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const rows = all.filter((t) => qy.year === null || t.year === qy.year).map(rowOf);
  return { indicator: qy.indicator, label: labels.get(qy.indicator) ?? null, year: qy.year, years, rows };
}

export function compareReport(data: CompareData): Report {
  return {
    title: `${data.indicator}${data.year ? ` ${data.year}` : ''}`,
    columns: [
      { key: 'province', header: 'province' },
      { key: 'level', header: 'level' },
      { key: 'document', header: 'document' },
      { key: 'stem', header: 'file stem' },
      { key: 'year', header: 'year' },
      { key: 'figure', header: 'target' },
      { key: 'comparator', header: 'comparator' },
      { key: 'value', header: 'value' },
      { key: 'unit', header: 'unit' },
      { key: 'per', header: 'per' },
      { key: 'subject', header: 'subject' },
      { key: 'text', header: 'text' },
      { key: 'line', header: 'line' },
      { key: 'page', header: 'page' },
    ],
    rows: data.rows.map((r) => ({ ...r })),
  };
}

export const compareCsv = (data: CompareData): string => '\uFEFF' + toCsv(compareReport(data));
export const compareXlsx = (data: CompareData): Promise<Buffer> => toXlsx(compareReport(data));

/** A file name for an export: the indicator and year, nothing a header could be broken with. */
export function exportName(data: CompareData, ext: string): string {
  return `vanban-${data.indicator.replace(/[^a-z0-9._-]/gi, '_')}-${data.year ?? 'all-years'}.${ext}`;
}

function picker(counts: readonly IndicatorCount[], labels: ReadonlyMap<string, string>, qy: CompareQuery, years: readonly number[]) {
  const ids = [...new Set([...counts.map((c) => c.indicator).filter((i): i is string => i !== null), ...labels.keys()])];
  const byId = new Map(counts.map((c) => [c.indicator, c]));
  // indicators that some document states first, then the rest of the rules file
  ids.sort((a, b) => Number(!byId.has(a)) - Number(!byId.has(b)) || a.localeCompare(b));
  const options = ids.map((id) => {
    const c = byId.get(id);
    const n = c ? ` — ${c.documents} doc${c.documents === 1 ? '' : 's'}, ${c.targets} target${c.targets === 1 ? '' : 's'}` : ' — none stored';
    return html`<option value="${id}"${id === qy.indicator ? html` selected` : ''}>${id}${n}</option>`;
  });
  const yearOptions = years.map((y) => html`<option value="${y}"${y === qy.year ? html` selected` : ''}>${y}</option>`);
  return html`<form class="filters" method="get" action="/compare">
<label class="grow">Indicator <select name="indicator" id="indicator"><option value="">choose…</option>${options}</select></label>
<label>Year <select name="year" id="year"><option value="">all years</option>${yearOptions}</select></label>
<button type="submit">Show</button>
</form>`;
}

function overview(counts: readonly IndicatorCount[], labels: ReadonlyMap<string, string>) {
  const rows = counts
    .filter((c) => c.indicator !== null)
    .map(
      (c) => html`<tr><td><a href="/compare${query({ indicator: c.indicator })}">${c.indicator}</a></td><td>${labels.get(c.indicator!) ?? ''}</td>
<td class="num">${c.documents}</td><td class="num">${c.targets}</td></tr>`,
    );
  const none = counts.find((c) => c.indicator === null);
  return html`<table class="grid" id="indicators"><thead><tr><th>Indicator</th><th>What is measured</th><th>Documents</th><th>Targets</th></tr></thead>
<tbody>${rows}</tbody></table>
${none ? html`<p class="muted">${none.targets} targets in ${none.documents} documents fit no indicator and cannot be compared.</p>` : ''}`;
}

export async function comparePage(store: Store, qy: CompareQuery, labels: ReadonlyMap<string, string>): Promise<{ status: 200 | 404; body: string }> {
  const counts = await store.indicatorCounts();
  if (!qy.indicator) {
    const body = html`<h1>Compare targets</h1>${picker(counts, labels, qy, [])}
<p>Pick an indicator to compare its targets across documents. Indicators the stored documents state:</p>${overview(counts, labels)}`;
    return { status: 200, body: page({ title: 'Compare', section: 'compare', body }) };
  }
  const data = await compareData(store, { ...qy, indicator: qy.indicator }, labels);
  if (!data) {
    const body = html`<h1>Compare targets</h1>${picker(counts, labels, qy, [])}<p class="message">Unknown indicator “${qy.indicator}”.</p>`;
    return { status: 404, body: page({ title: 'Compare', section: 'compare', body }) };
  }
  const params = { indicator: data.indicator, year: data.year };
  const rows = data.rows.map(
    (r) => html`<tr><td>${r.province}</td><td><a href="/doc/${r.docId}">${r.document}</a></td><td class="num">${r.year}</td>
<td class="num figure">${r.figure}</td><td>${r.subject}</td><td><a class="sentence" href="${r.href}">${r.text}</a></td>
<td class="muted">${r.line === null ? '' : `line ${r.line}${r.page ? `, p. ${r.page}` : ''}`}</td></tr>`,
  );
  const docs = new Set(data.rows.map((r) => r.docId)).size;
  const body = html`<h1>Compare: ${data.indicator}</h1>
${data.label ? html`<p class="doc-title">${data.label}</p>` : ''}
${picker(counts, labels, qy, data.years)}
<p>${data.rows.length} target${data.rows.length === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}${data.year ? ` for ${data.year}` : ''}.
Export what is shown: <a href="/compare.csv${query(params)}" download>CSV</a> · <a href="/compare.xlsx${query(params)}" download>XLSX</a></p>
<figure class="chart" id="chart" data-src="/api/compare${query(params)}" aria-label="Bar chart of the targets"><p class="muted">Loading the chart…</p></figure>
<table class="grid" id="targets"><thead><tr><th>Province</th><th>Document</th><th>Year</th><th>Target</th><th>Subject</th><th>Sentence</th><th>Source</th></tr></thead>
<tbody>${rows}</tbody></table>
${data.rows.length ? '' : html`<p class="message">No target of this indicator${data.year ? ` for ${data.year}` : ''}.</p>`}`;
  return { status: 200, body: page({ title: `Compare ${data.indicator}`, section: 'compare', body, scripts: ['vendor/d3.js', 'vendor/plot.js', 'compare.js'] }) };
}


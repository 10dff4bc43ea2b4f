/**
 * The web app's routes (hono). Read-only by construction: only GET and HEAD are answered (every
 * other method gets 405), the store is opened read-only, every query goes through the Store, and
 * every page is built with the escaping `html` template. Each response carries a CSP that allows
 * only the app's own scripts, plus the usual hardening headers.
 */
import { Hono, type Context } from 'hono';
import type { Span } from '../contract/schema.js';
import type { Store } from '../store/index.js';
import { asset } from './assets.js';
import { Catalog } from './catalog.js';
import { messagePage } from './layout.js';
import { agenciesPage, dutiesPage } from './pages/agencies.js';
import { citationGraph, citationsPage, citedPage, RELATIONS, type GraphFilter, type Relation } from './pages/citations.js';
import { compareCsv, compareData, comparePage, compareXlsx, exportName, indicatorLabels, type CompareQuery } from './pages/compare.js';
import { documentPage, type DocumentQuery } from './pages/document.js';
import { documentsPage } from './pages/documents.js';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    // Plot and cytoscape insert <style> elements (measured: both are blocked without this); styles run no script
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface AppOptions {
  /** where unexpected errors are reported (the page itself says only that something failed) */
  logError?: (err: unknown) => void;
  /**
   * Host names the app answers to; requests naming another host get 421, so a web page elsewhere
   * cannot read the app through DNS rebinding. Empty: any host (the app was bound to a public address).
   */
  allowedHosts?: readonly string[];
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Host names a server bound to `host` answers to. */
export function allowedHostsFor(host: string): string[] {
  if (['127.0.0.1', 'localhost', '::1'].includes(host) || host.startsWith('127.')) return [...new Set([...LOOPBACK_HOSTS, host])];
  return [];
}

const intParam = (v: string | undefined, max = Number.MAX_SAFE_INTEGER): number | null =>
  v !== undefined && /^\d{1,15}$/.test(v) && Number(v) <= max ? Number(v) : null;

function spanParam(v: string | undefined): Span | null {
  const m = v ? /^(\d{1,9})-(\d{1,9})$/.exec(v) : null;
  return m && Number(m[1]) < Number(m[2]) ? [Number(m[1]), Number(m[2])] : null;
}

function atParam(v: string | undefined, kind: string | undefined): DocumentQuery['at'] {
  const m = v ? /^(\d{1,9}):(\d{1,9})$/.exec(v) : null;
  return m ? { line: Number(m[1]), column: Number(m[2]), ...(kind ? { kind } : {}) } : null;
}

function compareQuery(c: Context): CompareQuery {
  const year = c.req.query('year');
  return { indicator: c.req.query('indicator')?.trim() || null, year: year && /^\d{4}$/.test(year) ? Number(year) : null };
}

function graphFilter(c: Context): GraphFilter {
  const asked = c.req.queries('relation') ?? [];
  const relations = asked.filter((r): r is Relation => (RELATIONS as readonly string[]).includes(r));
  return { relations: asked.length ? relations : [...RELATIONS], q: c.req.query('q') ?? '', min: Math.max(1, intParam(c.req.query('min'), 999) ?? 1) };
}

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const catalog = new Catalog(store);
  const labels = indicatorLabels();
  const allowed = new Set(opts.allowedHosts ?? []);

  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD');
      c.res = c.text('Method Not Allowed: this app only reads the database\n', 405);
    } else if (allowed.size && !allowed.has(new URL(c.req.url).hostname)) {
      c.res = c.text('Misdirected Request: unknown host\n', 421);
    } else {
      await next();
    }
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache');
  });

  app.get('/', async (c) => {
    const q = (name: string) => c.req.query(name) ?? '';
    return c.html(await documentsPage(store, catalog, { q: q('q'), province: q('province'), level: q('level'), type: q('type'), year: q('year') }));
  });

  app.get('/doc/:id', async (c) => {
    const id = intParam(c.req.param('id'));
    const stored = id === null ? null : await store.extraction(id);
    if (!stored) return c.html(messagePage('Not found', 'No stored document has this id.'), 404);
    const qy: DocumentQuery = { hl: spanParam(c.req.query('hl')), at: atParam(c.req.query('at'), c.req.query('kind')) };
    return c.html(documentPage(stored, qy));
  });

  app.get('/compare', async (c) => {
    const { status, body } = await comparePage(store, compareQuery(c), labels);
    return c.html(body, status);
  });

  const exportRoute = (ext: 'csv' | 'xlsx') => async (c: Context) => {
    const qy = compareQuery(c);
    const data = qy.indicator ? await compareData(store, { ...qy, indicator: qy.indicator }, labels) : null;
    if (!data) return c.text('Unknown or missing indicator\n', 404);
    c.header('Content-Disposition', `attachment; filename="${exportName(data, ext)}"`);
    if (ext === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      return c.body(compareCsv(data));
    }
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(new Uint8Array(await compareXlsx(data)));
  };
  app.get('/compare.csv', exportRoute('csv'));
  app.get('/compare.xlsx', exportRoute('xlsx'));

  app.get('/api/compare', async (c) => {
    const qy = compareQuery(c);
    const data = qy.indicator ? await compareData(store, { ...qy, indicator: qy.indicator }, labels) : null;
    return data ? c.json(data) : c.json({ error: 'unknown or missing indicator' }, 404);
  });

  app.get('/citations', async (c) => c.html(await citationsPage(store, catalog, graphFilter(c))));

  app.get('/citations/cited', async (c) => {
    const key = c.req.query('key')?.trim();
    if (!key) return c.redirect('/citations');
    const { status, body } = await citedPage(store, key);
    return c.html(body, status);
  });

  app.get('/api/citations', async (c) => {
    const { nodes, edges } = await citationGraph(store, catalog, graphFilter(c));
    return c.json({ nodes, edges });
  });

  app.get('/agencies', async (c) => c.html(await agenciesPage(store, catalog, c.req.query('province') ?? '')));

  app.get('/agencies/duties', async (c) => {
    const { status, body } = await dutiesPage(store, c.req.query('agency')?.trim() ?? '');
    return c.html(body, status);
  });

  app.get('/assets/*', (c) => {
    const a = asset(c.req.path.slice('/assets/'.length));
    if (!a) return c.text('Not Found\n', 404);
    c.header('Content-Type', a.type);
    return c.body(new Uint8Array(a.body));
  });

  app.notFound((c) => c.html(messagePage('Not found', 'There is no page at this address.'), 404));
  app.onError((err, c) => {
    (opts.logError ?? ((e) => process.stderr.write(`vanban serve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)))(err);
    return c.html(messagePage('Error', 'Something went wrong while reading the database; the server log says what.'), 500);
  });
  return app;
}

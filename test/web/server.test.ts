/**
 * The web app without a browser: routes, escaping, read-only access, headers, exports, and the
 * `serve` command, on a database imported from corpus/ and on one holding a hostile document.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runServe } from '../../src/cli/commands/serve.js';
import type { Store } from '../../src/store/index.js';
import { createApp, SECURITY_HEADERS } from '../../src/web/app.js';
import { openReadOnlyStore } from '../../src/web/open.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { corpusDb, hostileDb, type TestDb } from './setup.js';

let corpus: TestDb;
let hostile: TestDb;
let store: Store;
let hostileStore: Store;
let app: ReturnType<typeof createApp>;
let hostileApp: ReturnType<typeof createApp>;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  [corpus, hostile] = await Promise.all([corpusDb(), hostileDb()]);
  store = openReadOnlyStore(corpus.db);
  hostileStore = openReadOnlyStore(hostile.db);
  app = createApp(store);
  hostileApp = createApp(hostileStore);
});

afterAll(async () => {
  await store?.close();
  await hostileStore?.close();
  corpus?.cleanup();
  hostile?.cleanup();
});

async function get(path: string, a = app): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await a.request(path);
  return { status: res.status, body: await res.text(), headers: res.headers };
}

/** The document id of a corpus stem. */
async function idOf(stem: string): Promise<number> {
  const [d] = await store.resolve(stem);
  return d!.id;
}

describe('pages', () => {
  it('lists every stored document with its metadata', async () => {
    const { status, body } = await get('/');
    expect(status).toBe(200);
    for (const d of await store.list()) expect(body).toContain(`href="/doc/${d.id}"`);
    expect(body).toContain('Lai Châu');
    expect(body).toContain('2458/QĐ-UBND');
  });

  it('filters by province, level, type and year', async () => {
    const byProvince = await get(`/?province=${encodeURIComponent('Lai Châu')}`);
    expect(byProvince.body).toContain(`href="/doc/${await idOf('002_51be01270951ac2e')}"`);
    expect(byProvince.body).not.toContain(`href="/doc/${await idOf('000_7e7f113ccca9c72f')}"`);
    const byType = await get(`/?type=${encodeURIComponent('Quyết định')}&year=2025`);
    expect(byType.body).toContain(`href="/doc/${await idOf('000_7e7f113ccca9c72f')}"`);
    expect(byType.body).not.toContain(`href="/doc/${await idOf('002_51be01270951ac2e')}"`);
    expect((await get('/?level=commune')).body).toContain('(0 of 5)');
  });

  it('searches with or without diacritics, đ as d, and links each hit to its span', async () => {
    const folded = await get('/?q=dao+tao');
    const exact = await get(`/?q=${encodeURIComponent('đào tạo')}`);
    expect(folded.body).toMatch(/<mark class="hit">đào tạo<\/mark>/iu);
    const hits = (b: string) => [...b.matchAll(/href="(\/doc\/\d+\?hl=\d+-\d+#hit)"/g)].map((m) => m[1]);
    expect(hits(folded.body).length).toBeGreaterThan(0);
    expect(hits(folded.body)).toEqual(hits(exact.body));
    const page = await get(hits(folded.body)[0]!.replace(/#hit$/, ''));
    expect(page.body).toMatch(/<span class="anchor" id="hit"><\/span><mark class="hl k-hit[^"]*" data-items="hit[^"]*" data-show="[^"]*">đào tạo<\/mark>/iu);
  });

  it('says so when nothing matches', async () => {
    const { body } = await get('/?q=zzxxqq');
    expect(body).toContain('id="hits-none"');
    expect(body).toContain('(0 of 5)');
  });

  it('shows a document with its outline, kinds, warnings and every item as a card', async () => {
    const id = await idOf('002_51be01270951ac2e');
    const e = (await store.extraction(id))!.extraction;
    const { body } = await get(`/doc/${id}`);
    for (const s of e.sections) expect(body).toContain(`href="#sec-${s.id}"`);
    expect(body).toContain('<span class="kind-badge kind-goals">goals</span>');
    expect(body).toContain('id="card-t0"');
    expect(body).toContain(`id="card-t${e.targets.length - 1}"`);
    expect(body).toContain(`id="card-c0-0"`);
    expect(body.match(/<section class="card/g)!.length).toBe(
      e.targets.length + (e.baselines?.length ?? 0) + e.citations.reduce((n, c) => n + c.mentions.length, 0) + e.responsibilities.length + e.tasks.length,
    );
    if (e.warnings.length) expect(body).toContain('id="warnings"');
    // the text is all there, in order, once the markup is taken out
    const text = body.slice(body.indexOf('<article'), body.indexOf('</article>')).replace(/<[^>]+>/g, '');
    expect(text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(e.text);
  });

  it('selects the item a link names by source line and column', async () => {
    const rows = await store.targets({ indicators: ['enrol.nursery'] });
    const row = rows.find((r) => r.loc)!;
    const { body } = await get(`/doc/${row.doc.id}?at=${row.loc!.line}:${row.loc!.column}&kind=target`);
    const focus = /data-focus="(t\d+)"/.exec(body)![1]!;
    const card = body.slice(body.indexOf(`id="card-${focus}"`));
    expect(card.slice(0, card.indexOf('</section>'))).toContain(row.text);
  });

  it('answers 404 for a missing or malformed document id', async () => {
    expect((await get('/doc/99999')).status).toBe(404);
    expect((await get('/doc/abc')).status).toBe(404);
    expect((await get('/doc/1e3')).status).toBe(404);
  });

  it('compares an indicator: table rows link to their sentences, the API gives the same rows', async () => {
    const rows = await store.targets({ indicators: ['enrol.nursery'] });
    expect(new Set(rows.map((r) => r.doc.id)).size).toBeGreaterThanOrEqual(3);
    const { body } = await get('/compare?indicator=enrol.nursery');
    expect(body.match(/<a class="sentence"/g)!.length).toBe(rows.length);
    expect(body).toContain('≥ 27%');
    expect(body).toContain('data-src="/api/compare?indicator=enrol.nursery"');
    const api = JSON.parse((await get('/api/compare?indicator=enrol.nursery')).body) as { rows: { href: string; figure: string }[]; years: number[] };
    expect(api.rows.length).toBe(rows.length);
    expect(api.years).toEqual([...new Set(rows.map((r) => r.year).filter((y) => y !== null))].sort());
    for (const r of api.rows) expect(r.href).toMatch(/^\/doc\/\d+\?at=\d+:\d+&kind=target$/);
    const y2025 = JSON.parse((await get('/api/compare?indicator=enrol.nursery&year=2025')).body) as { rows: { year: number }[] };
    expect(y2025.rows.length).toBe(rows.filter((r) => r.year === 2025).length);
    expect(y2025.rows.every((r) => r.year === 2025)).toBe(true);
  });

  it('lists the indicators when none is chosen and rejects an unknown one', async () => {
    const { body } = await get('/compare');
    expect(body).toContain('href="/compare?indicator=enrol.nursery"');
    expect((await get('/compare?indicator=no.such')).status).toBe(404);
    expect((await get('/api/compare?indicator=no.such')).status).toBe(404);
    expect((await get('/compare.csv')).status).toBe(404);
  });

  it('exports what is shown as CSV and XLSX', async () => {
    const api = JSON.parse((await get('/api/compare?indicator=enrol.nursery&year=2025')).body) as { rows: { figure: string }[] };
    const csv = await get('/compare.csv?indicator=enrol.nursery&year=2025');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="vanban-enrol.nursery-2025.csv"');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('province,level,document,file stem,year,target,comparator,value,unit,per,subject,text,line,page');
    expect(lines.length).toBe(api.rows.length + 1);
    expect(csv.body).toContain(api.rows[0]!.figure);

    const res = await app.request('/compare.xlsx?indicator=enrol.nursery&year=2025');
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(api.rows.length + 1);
    expect(sheet.getRow(1).getCell(6).value).toBe('target');
  });

  it('shows the cited documents with who cites them, and a cited document page', async () => {
    const citing = await store.citing('1609/QĐ-TTg');
    const docs = [...new Set(citing.map((m) => m.doc.id))];
    expect(docs.length).toBeGreaterThan(0);
    const { body } = await get('/citations');
    const row = body.slice(body.indexOf('<tr data-key="1609/QĐ-TTg'));
    const cells = row.slice(0, row.indexOf('</tr>'));
    for (const id of docs) expect(cells).toContain(`href="/doc/${id}"`);
    const cited = await get(`/citations/cited?key=${encodeURIComponent('1609/QĐ-TTg')}`);
    expect(cited.status).toBe(200);
    expect(cited.body.match(/<td><a href="\/doc\/\d+">/g)!.length).toBe(citing.length);
    expect(cited.body).toContain('Quyết định số 1609/QĐ-TTg ngày 26/12/2022');
    expect((await get(`/citations/cited?key=${encodeURIComponent('9999/QĐ-XYZ')}`)).status).toBe(404);
  });

  it('filters the citation graph by relation and by words', async () => {
    type G = { nodes: { id: string; kind: string; label: string }[]; edges: { source: string; target: string; relation: string }[] };
    const all = JSON.parse((await get('/api/citations')).body) as G;
    const basis = JSON.parse((await get('/api/citations?relation=basis')).body) as G;
    expect(basis.edges.length).toBeGreaterThan(0);
    expect(basis.edges.length).toBeLessThan(all.edges.length);
    expect(basis.edges.every((e) => e.relation === 'basis')).toBe(true);
    const ids = new Set(all.nodes.map((n) => n.id));
    expect(all.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const found = JSON.parse((await get(`/api/citations?q=${encodeURIComponent('1609/QD-TTg')}`)).body) as G;
    expect(found.nodes.some((n) => n.kind === 'cited' && n.label === '1609/QĐ-TTg')).toBe(true);
    expect(found.edges.length).toBeLessThan(all.edges.length);
  });

  it('shows the citation audit with links to the mentions', async () => {
    const { body } = await get('/citations');
    expect(body).toContain('id="audit"');
    const links = [...body.slice(body.indexOf('id="audit"')).matchAll(/href="(\/doc\/\d+\?at=\d+:\d+&amp;kind=citation)"/g)];
    if (body.includes('class="finding"')) expect(links.length).toBeGreaterThan(0);
  });

  it('shows the agency matrix and one agency’s duties across documents', async () => {
    const roles = await store.agencyRoles();
    expect(roles.length).toBeGreaterThan(0);
    const { body } = await get('/agencies');
    const agency = roles[0]!.agency;
    expect(body).toContain(`href="/agencies/duties?agency=${encodeURIComponent(agency).replace(/%20/g, '+')}"`);
    const duties = await store.duties([agency]);
    const page = await get(`/agencies/duties?agency=${encodeURIComponent(agency)}`);
    expect(page.status).toBe(200);
    expect(page.body.match(/<tr><td>(?:duty|task)/g)!.length).toBe(duties.length);
    expect((await get('/agencies/duties?agency=Nobody')).status).toBe(404);
  });
});

describe('security', () => {
  it('shows hostile document text literally, never as markup', async () => {
    const [doc] = await hostileStore.list();
    for (const url of [`/doc/${doc!.id}`, '/', '/?q=script', '/citations', '/agencies']) {
      const { body } = await get(url, hostileApp);
      // the only script elements are the app's own files
      for (const tag of body.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/^<script src="\/assets\/[a-z/]+\.js" defer>$/);
      expect(body).not.toMatch(/<(?:img|iframe|b|textarea)\b/);
      // text is escaped, so every "<" left starts the app's own markup: none with an event handler
      expect(body).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    }
    const { body } = await get(`/doc/${doc!.id}`, hostileApp);
    expect(body).toContain('Thử nghiệm &lt;script&gt;window.__pwned = &#39;title&#39;; alert(&#39;title&#39;)&lt;/script&gt; hiển thị');
    expect(body).toContain('&lt;iframe src=&quot;javascript:window.__pwned=&#39;iframe&#39;&quot;&gt;');
    expect(body).toContain('&amp; &amp;amp; &quot; &#39; &lt; &gt;');
  });

  it('sets the security headers on pages, assets, errors and refusals', async () => {
    for (const [method, url] of [['GET', '/'], ['GET', '/assets/app.css'], ['GET', '/nowhere'], ['POST', '/'], ['GET', '/api/compare?indicator=enrol.nursery']]) {
      const res = await app.request(url!, { method });
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(k), `${method} ${url} ${k}`).toBe(v);
    }
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      for (const url of ['/', '/doc/1', '/compare.csv?indicator=enrol.nursery', '/assets/app.css', '/nowhere']) {
        const res = await app.request(url, { method });
        expect(res.status, `${method} ${url}`).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, HEAD');
      }
    }
    const head = await app.request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves only its own assets: no path reaches another file', async () => {
    expect((await get('/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/assets/vendor/plot.js')).status).toBe(200);
    for (const url of [
      '/assets/../package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/vendor/..%2F..%2F..%2Fpackage.json',
      '/assets/app.css%00.js',
      '/assets/constructor',
      '/assets/__proto__',
      '/assets/',
      '/assets/document.ts',
      '/doc/..%2f..%2fpackage.json',
      '/..%2fpackage.json',
    ]) {
      const { status, body } = await get(url);
      expect(status, url).toBe(404);
      expect(body, url).not.toContain('"name": "vanban"');
    }
  });

  it('refuses requests naming another host when bound to loopback (DNS rebinding)', async () => {
    const guarded = createApp(store, { allowedHosts: ['localhost', '127.0.0.1'] });
    expect((await guarded.request('http://localhost:8080/')).status).toBe(200);
    expect((await guarded.request('http://127.0.0.1:8080/')).status).toBe(200);
    expect((await guarded.request('http://evil.example:8080/')).status).toBe(421);
  });

  it('opens the database read-only and leaves the file unchanged', async () => {
    const before = sha(corpus.db);
    for (const url of ['/', '/?q=giao+duc', '/doc/1', '/compare?indicator=enrol.nursery', '/citations', '/agencies']) await get(url);
    const stored = (await store.extraction(1))!.extraction;
    await expect(store.importExtraction({ ...stored, source: { ...stored.source, path: 'x.txt', sha256: 'x' } })).rejects.toThrow(/readonly|read-only/i);
    expect(sha(corpus.db)).toBe(before);
  });

  it('refuses a missing database and one of another schema version instead of creating or migrating it', async () => {
    expect(() => openReadOnlyStore(path.join(corpus.dir, 'missing.db'))).toThrow(/no database at/);
    const old = path.join(corpus.dir, 'old.db');
    const db = new BetterSqlite3(old);
    db.pragma('user_version = 1');
    db.close();
    const before = sha(old);
    expect(() => openReadOnlyStore(old)).toThrow(/older than this vanban/);
    expect(sha(old)).toBe(before);
    writeFileSync(path.join(corpus.dir, 'not-a.db'), 'hello');
    expect(() => openReadOnlyStore(path.join(corpus.dir, 'not-a.db'))).toThrow();
  });
});

describe('vanban serve', () => {
  let running: RunningServer | null = null;
  afterAll(async () => {
    await running?.close();
  });

  it('binds to 127.0.0.1 by default and serves over HTTP', async () => {
    running = await startServer({ db: corpus.db, port: 0, host: '127.0.0.1' });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(running.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<h1>Documents');
  });

  it('does not normalize its way out of /assets on a raw request', async () => {
    const { port } = new URL(running!.url);
    for (const target of ['/assets/../../package.json', '/assets/../src/web/app.ts', '/assets/vendor/../../../../etc/passwd']) {
      const reply = await new Promise<string>((resolve, reject) => {
        const sock = net.connect(Number(port), '127.0.0.1', () => sock.end(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
        let data = '';
        sock.on('data', (d) => (data += d.toString()));
        sock.on('end', () => resolve(data));
        sock.on('error', reject);
      });
      expect(reply.split('\r\n')[0], target).toBe('HTTP/1.1 404 Not Found');
      expect(reply).not.toContain('"name": "vanban"');
      expect(reply).not.toContain('root:');
    }
  });

  it('prints its URL, serves until told to stop, then closes', async () => {
    const out: string[] = [];
    const ctx = { io: { out: (s: string) => out.push(s), err: (s: string) => out.push(s) }, failed: false };
    let stop!: () => void;
    const done = runServe(ctx, { db: corpus.db, port: 0, host: '127.0.0.1' }, new Promise<void>((r) => (stop = r)));
    await expect.poll(() => out.join('')).toMatch(/serving .* read-only at http:\/\/127\.0\.0\.1:\d+\//);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out.join(''))![1]!;
    expect((await fetch(`${url}compare`)).status).toBe(200);
    stop();
    await done;
    expect(out.join('')).toContain('stopped');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('reports a missing database (exit 1) and a bad port (exit 2)', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (s: string) => err.push(s) };
    expect(await main(['serve', '--db', path.join(corpus.dir, 'none.db'), '--port', '0'], io)).toBe(1);
    expect(err.join('')).toMatch(/no database at/);
    expect(await main(['serve', '--port', '70000'], io)).toBe(2);
    expect(await main(['serve', '--port', 'http'], io)).toBe(2);
  });
});

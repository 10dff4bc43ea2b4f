/**
 * The web app end to end, in headless Chromium (Debian's `chromium` package driven by
 * playwright-core; no browser download), on a database imported from corpus/. Saves a screenshot
 * of each page (to docs/screenshots/ with UPDATE_SCREENSHOTS=1). Skipped, with a message, only where /usr/bin/chromium is
 * missing outside CI: in CI a missing browser fails the run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { corpusDb, hostileDb, type TestDb } from './setup.js';

const CHROMIUM = '/usr/bin/chromium';
// The README's screenshots are refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run
// leaves the working tree clean; otherwise they go to a temporary folder.
const SHOTS = process.env['UPDATE_SCREENSHOTS'] ? path.join(ROOT, 'docs', 'screenshots') : path.join(os.tmpdir(), 'vanban-screenshots');
const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`e2e tests skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`);

describe.skipIf(skip)('web app in Chromium', () => {
  let corpus: TestDb;
  let hostile: TestDb;
  let server: RunningServer;
  let hostileServer: RunningServer;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  /** page errors, console errors (CSP violations among them) and dialogs of the current test */
  let problems: string[] = [];

  beforeAll(async () => {
    [corpus, hostile] = await Promise.all([corpusDb(), hostileDb()]);
    server = await startServer({ db: corpus.db, port: 0, host: '127.0.0.1' });
    hostileServer = await startServer({ db: hostile.db, port: 0, host: '127.0.0.1' });
    profile = mkdtempSync(path.join(tmpdir(), 'vanban-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterEach(() => {
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await hostileServer?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    corpus?.cleanup();
    hostile?.cleanup();
  });

  const shot = (name: string, fullPage = false) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

  it('Documents: lists the corpus and searches with and without diacritics', async () => {
    await page.goto(server.url);
    const docs = await server.store.list();
    await expect.poll(() => page.locator('#documents tbody tr').count()).toBe(docs.length);
    await shot('documents');

    await page.fill('input[name="q"]', 'giao duc');
    await Promise.all([page.waitForURL(/\?q=giao\+duc/), page.press('input[name="q"]', 'Enter')]);
    const folded = await page.locator('#hits mark.hit').allInnerTexts();
    expect(folded.length).toBeGreaterThan(0);
    for (const m of folded) expect(m.toLowerCase()).toBe('giáo dục');
    await shot('search');

    await page.fill('input[name="q"]', 'đào tạo');
    await Promise.all([page.waitForURL(/\?q=%C4%91%C3%A0o/), page.press('input[name="q"]', 'Enter')]);
    const exact = await page.locator('#hits mark.hit').allInnerTexts();
    expect(exact.length).toBeGreaterThan(0);
    for (const m of exact) expect(m.toLowerCase()).toBe('đào tạo');
  });

  it('Document: clicking a highlighted target shows its fields and source line', async () => {
    const [doc] = await server.store.resolve('002_51be01270951ac2e');
    const e = (await server.store.extraction(doc!.id))!.extraction;
    await page.goto(server.url);
    await Promise.all([page.waitForURL(/\/doc\/\d+$/), page.click(`#documents a[href="/doc/${doc!.id}"]`)]);
    await expect.poll(() => page.locator('#doctext mark[data-show="target"]').count()).toBeGreaterThan(0);

    const mark = page.locator('#doctext mark[data-show="target"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const card = page.locator('#details section.card:not([hidden])').first();
    await expect.poll(() => card.isVisible()).toBe(true);
    const id = Number(/^card-t(\d+)$/.exec((await card.getAttribute('id'))!)![1]);
    const target = e.targets[id]!;
    const text = await card.innerText();
    expect(text).toContain(target.text);
    expect(text).toContain(target.subject);
    expect(text).toContain(`line ${target.loc!.line}`);
    if (target.indicator) expect(text).toContain(target.indicator);
    expect(await page.locator('#details-empty').isVisible()).toBe(false);
    await shot('document');

    // the legend hides a kind of highlight
    const selected = page.locator('#doctext mark.selected').first();
    await page.uncheck('form.legend input[data-kind="target"]');
    expect(await selected.getAttribute('data-show')).not.toBe('target');
    await page.check('form.legend input[data-kind="target"]');
    expect(await selected.getAttribute('data-show')).toBe('target');
  });

  it('Compare: one bar per plan that states enrol.nursery, each row linking to its sentence', async () => {
    const rows = await server.store.targets({ indicators: ['enrol.nursery'] });
    await page.goto(`${server.url}compare`);
    await page.selectOption('#indicator', 'enrol.nursery');
    await Promise.all([page.waitForURL(/indicator=enrol\.nursery/), page.click('form.filters button')]);
    const bars = page.locator('#chart g[aria-label="bar"] rect');
    await expect.poll(() => bars.count()).toBe(rows.length);
    expect(await page.locator('#targets tbody tr').count()).toBe(rows.length);

    await page.selectOption('#year', '2025');
    await Promise.all([page.waitForURL(/year=2025/), page.click('form.filters button')]);
    const plans2025 = new Set(rows.filter((r) => r.year === 2025).map((r) => r.doc.id));
    expect(plans2025.size).toBeGreaterThanOrEqual(3);
    await expect.poll(() => bars.count()).toBe(plans2025.size);
    const labels = await page.locator('#chart svg text').allTextContents();
    for (const r of rows.filter((x) => x.year === 2025)) {
      expect(labels.some((l) => l.includes(r.province ?? r.doc.stem))).toBe(true);
    }
    const nursery = rows.find((r) => r.year === 2025 && r.comparator === '>=');
    if (nursery) expect(labels.some((l) => l.includes(`≥ ${nursery.value}%`))).toBe(true);
    await shot('compare');

    const link = page.locator('#targets a.sentence').first();
    const sentence = await link.innerText();
    await Promise.all([page.waitForURL(/\/doc\/\d+\?at=\d+:\d+&kind=target/), link.click()]);
    const card = page.locator('#details section.card:not([hidden])');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain(sentence);
    expect(await page.locator('#doctext mark.selected').first().isVisible()).toBe(true);
  });

  it('Citations: finds 1609/QĐ-TTg with its citing plans', async () => {
    const citing = await server.store.citing('1609/QĐ-TTg');
    const plans = [...new Set(citing.map((m) => m.doc.id))];
    expect(plans.length).toBeGreaterThan(0);
    await page.goto(`${server.url}citations`);
    await expect.poll(() => page.locator('#graph').getAttribute('data-nodes')).toMatch(/^[1-9]\d*$/);
    await expect.poll(() => page.locator('#graph canvas').count()).toBeGreaterThan(0);
    await shot('citations');

    await page.fill('input[name="q"]', '1609/QĐ-TTg');
    await Promise.all([page.waitForURL(/q=1609/), page.press('input[name="q"]', 'Enter')]);
    const row = page.locator('#cited tr[data-key^="1609/QĐ-TTg"]');
    await expect.poll(() => row.count()).toBe(1);
    for (const id of plans) expect(await row.locator(`ul.citing a[href="/doc/${id}"]`).count()).toBe(1);
    expect(Number(await page.locator('#graph').getAttribute('data-nodes'))).toBe(1 + plans.length);

    await Promise.all([page.waitForURL(/\/citations\/cited\?key=/), row.locator('td.cited-name a').first().click()]);
    expect(await page.locator('h1').innerText()).toContain('1609/QĐ-TTg');
    await expect.poll(() => page.locator('#citing tbody tr').count()).toBe(citing.length);
    for (const id of plans) expect(await page.locator(`#citing a[href="/doc/${id}"]`).count()).toBeGreaterThan(0);
    await shot('cited');
  });

  it('Agencies: the matrix, then one agency’s duties', async () => {
    await page.goto(`${server.url}agencies`);
    const first = page.locator('#matrix tbody th a').first();
    const agency = await first.innerText();
    expect(await page.locator('#matrix tbody tr').count()).toBeGreaterThan(3);
    await shot('agencies');
    await Promise.all([page.waitForURL(/\/agencies\/duties\?agency=/), first.click()]);
    expect(await page.locator('h1').innerText()).toBe(`Duties of ${agency}`);
    const duties = await server.store.duties([agency]);
    expect(await page.locator('table.duties tbody tr').count()).toBe(duties.length);
    await shot('duties');
  });

  it('shows a hostile document literally and runs none of its script', async () => {
    const [doc] = await hostileServer.store.list();
    await page.goto(`${hostileServer.url}doc/${doc!.id}`);
    const text = await page.locator('#doctext').innerText();
    expect(text).toContain(`Thử nghiệm <script>window.__pwned = 'title'; alert('title')</script> hiển thị`);
    expect(text).toContain(`<img src=x onerror="window.__pwned='img'">`);
    expect(text).toContain(`<iframe src="javascript:window.__pwned='iframe'"></iframe>`);
    await page.locator('#doctext mark').first().click();
    await page.hover('#doctext');
    await page.goto(`${hostileServer.url}?q=script`);
    await page.goto(`${hostileServer.url}agencies`);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('iframe, img, textarea').count()).toBe(0);
  });
});

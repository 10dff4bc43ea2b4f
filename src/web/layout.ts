/** The page shell every route shares: navigation, the stylesheet and the page's own scripts. */
import { html, type SafeHtml } from './html.js';

export type Section = 'documents' | 'compare' | 'citations' | 'agencies';

const NAV: [Section, string, string][] = [
  ['documents', '/', 'Documents'],
  ['compare', '/compare', 'Compare'],
  ['citations', '/citations', 'Citations'],
  ['agencies', '/agencies', 'Agencies'],
];

export interface PageOptions {
  title: string;
  section: Section | null;
  body: SafeHtml;
  /** asset names (see assets.ts) loaded as deferred scripts, in order */
  scripts?: readonly string[];
}

export function page(opts: PageOptions): string {
  const nav = NAV.map(
    ([id, href, label]) => html`<a href="${href}"${id === opts.section ? html` aria-current="page"` : ''}>${label}</a>`,
  );
  const scripts = (opts.scripts ?? []).map((s) => html`<script src="/assets/${s}" defer></script>`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · vanban</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${scripts}
</head>
<body>
<header class="top"><span class="brand">vanban</span><nav>${nav}</nav><span class="ro">read-only</span></header>
<main>
${opts.body}
</main>
</body>
</html>
`.value;
}

/** A page that says what went wrong, without internals. */
export function messagePage(title: string, message: string): string {
  return page({ title, section: null, body: html`<h1>${title}</h1><p class="message">${message}</p>` });
}

/**
 * The static files the pages load, served from a fixed list: the app's own stylesheet and scripts
 * (src/web/assets/) and the browser builds of the chart and graph libraries, read from their
 * installed packages so the app works offline and needs no bundling step. A name not on the list
 * is a 404 — there is no file-system lookup a crafted path could steer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// two folders up from both src/web and dist/web is the package root
const OWN = fileURLToPath(new URL('../../src/web/assets/', import.meta.url));
const require = createRequire(import.meta.url);

/** The folder of an installed package, found from its entry point (its exports hide dist/ files). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (dir !== path.dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === name) return dir;
    } catch {
      // no package.json at this level: keep climbing
    }
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the folder of package ${name}`);
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const FILES: Record<string, () => string> = {
  'app.css': () => path.join(OWN, 'app.css'),
  'favicon.svg': () => path.join(OWN, 'favicon.svg'),
  'document.js': () => path.join(OWN, 'document.js'),
  'compare.js': () => path.join(OWN, 'compare.js'),
  'citations.js': () => path.join(OWN, 'citations.js'),
  'vendor/d3.js': () => path.join(packageDir('d3'), 'dist/d3.min.js'),
  'vendor/plot.js': () => path.join(packageDir('@observablehq/plot'), 'dist/plot.umd.min.js'),
  'vendor/cytoscape.js': () => path.join(packageDir('cytoscape'), 'dist/cytoscape.min.js'),
};

export interface Asset {
  body: Buffer;
  type: string;
}

const cache = new Map<string, Asset>();

/** The asset of that name, or null when the name is not one of the app's assets. */
export function asset(name: string): Asset | null {
  if (!Object.hasOwn(FILES, name)) return null;
  let a = cache.get(name);
  if (!a) {
    const file = FILES[name]!();
    a = { body: readFileSync(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
    cache.set(name, a);
  }
  return a;
}

/** How the pages write places in the source and name documents (figures: targetCell of the CLI). */
import type { Loc } from '../contract/schema.js';
import type { DocRef } from '../store/index.js';

/** Where an item is in the source file: "line 12, columns 5–40, page 3", "lines 12:5–14:20". */
export function formatLoc(loc: Loc | null | undefined): string {
  if (!loc) return 'no source location';
  const where =
    loc.endLine === loc.line ? `line ${loc.line}, columns ${loc.column}–${loc.endColumn}` : `lines ${loc.line}:${loc.column}–${loc.endLine}:${loc.endColumn}`;
  return loc.page ? `${where}, page ${loc.page}` : where;
}

/** How lists and headings name a stored document: its symbol, else (no number yet: "/KH-UBND") its file stem. */
export function docLabel(d: Pick<DocRef, 'symbol' | 'stem'>): string {
  return d.symbol && !d.symbol.startsWith('/') ? d.symbol : d.stem;
}

/** The document page's address, optionally pointing at the item that starts at a source location. */
export function docHref(id: number, at?: { loc: Loc | null; kind?: string }): string {
  if (!at?.loc) return `/doc/${id}`;
  return `/doc/${id}?at=${at.loc.line}:${at.loc.column}${at.kind ? `&kind=${encodeURIComponent(at.kind)}` : ''}`;
}

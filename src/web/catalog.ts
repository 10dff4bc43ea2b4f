/**
 * The stored documents with the metadata the pages filter and label by (province, level, year),
 * which the store's summaries do not carry. Each document's metadata is read once and kept until
 * the document is re-imported (its importedAt changes), so a list page costs one query.
 */
import type { DocumentMeta } from '../contract/schema.js';
import type { DocumentSummary, Store } from '../store/index.js';

export interface CatalogEntry extends DocumentSummary {
  province: string | null;
  level: DocumentMeta['level'];
  year: number | null;
}

export class Catalog {
  private readonly meta = new Map<number, { importedAt: string; meta: DocumentMeta }>();

  constructor(private readonly store: Store) {}

  async entries(): Promise<CatalogEntry[]> {
    const list = await this.store.list();
    const out: CatalogEntry[] = [];
    for (const s of list) {
      let known = this.meta.get(s.id);
      if (!known || known.importedAt !== s.importedAt) {
        const detail = await this.store.show(s.id);
        if (!detail) continue; // removed between the two queries
        known = { importedAt: s.importedAt, meta: detail.document };
        this.meta.set(s.id, known);
      }
      const year = s.date ? Number(s.date.slice(0, 4)) : NaN;
      out.push({ ...s, province: known.meta.province, level: known.meta.level, year: Number.isInteger(year) ? year : null });
    }
    return out;
  }

  async byId(): Promise<Map<number, CatalogEntry>> {
    return new Map((await this.entries()).map((e) => [e.id, e]));
  }
}

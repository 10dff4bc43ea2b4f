import type { Citation, DocumentMeta } from '../../src/contract/schema.js';
import { extractCitations } from '../../src/extract/citations/index.js';
import type { ExtractInput } from '../../src/extract/types.js';
import { NO_META } from '../support/meta.js';

export { NO_META };

/** An ExtractInput for a snippet: no sections or regions, only what citations need. */
export function inputOf(text: string, document: Partial<DocumentMeta> = {}): ExtractInput {
  return { text, document: { ...NO_META, ...document }, sections: [], regions: [], footnotes: [] };
}

export function cite(text: string, document: Partial<DocumentMeta> = {}): Citation[] {
  return extractCitations(inputOf(text, document));
}

export const keys = (cs: Citation[]): string[] => cs.map((c) => c.key);

export function only(text: string, document: Partial<DocumentMeta> = {}): Citation {
  const cs = cite(text, document);
  if (cs.length !== 1) throw new Error(`expected one citation, got ${JSON.stringify(keys(cs))}`);
  return cs[0]!;
}

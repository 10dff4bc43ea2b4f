import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractJsonSchema, Extraction } from '../src/contract/schema.js';
import { CORPUS, corpus, ROOT } from './helpers.js';

describe('contract', () => {
  it('the committed JSON Schema is generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'src/contract/extraction-contract.schema.json'), 'utf8'));
    expect(committed).toEqual(contractJsonSchema());
  });

  it('every corpus extraction validates against the schema, and the gold files keep the contract fields', async () => {
    for (const stem of Object.values(CORPUS)) {
      const { extraction } = await corpus(stem);
      const parsed = Extraction.safeParse(extraction);
      expect(parsed.success, `${stem}: ${parsed.error?.message}`).toBe(true);
      expect(extraction.text.normalize('NFC')).toBe(extraction.text);
      expect(extraction.text).not.toMatch(/\r/);
    }
  });
});

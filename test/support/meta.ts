import type { DocumentMeta } from '../../src/contract/schema.js';

/** A document header with every field unknown; tests spread their own fields over it. */
export const NO_META: DocumentMeta = {
  type: null,
  number: null,
  symbol: null,
  issuer: null,
  province: null,
  level: null,
  place: null,
  date: null,
  title: null,
  period: null,
  signer: null,
};

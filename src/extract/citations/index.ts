/**
 * Legal citations (contract `citations`), eyecite style:
 *   fold (matching copy) → find candidates (type word, symbol, date, issuer, title, alias,
 *   pinpoint) → nicknames → relations → resolve into one Citation per cited document.
 * Pure: the result depends only on the input and the rules.
 */
import type { Citation } from '../../contract/schema.js';
import type { ExtractInput } from '../types.js';
import { findCandidates } from './find.js';
import { foldSameLength } from './fold.js';
import { issuerContext } from './issuer.js';
import { assignRelations } from './relation.js';
import { findAliasMentions, resolveCitations } from './resolve.js';
import { loadCitationRules, type CitationRules } from './rules.js';

export function extractCitations(input: ExtractInput, rules: CitationRules = loadCitationRules()): Citation[] {
  const { text } = input;
  const fold = foldSameLength(text);
  const scan = { text, fold, rules, ctx: issuerContext(input.document, rules), document: input.document };
  const cands = findCandidates(scan);
  const aliases = findAliasMentions(fold, cands, rules);
  // A nickname such as "Chương trình 1609" is not also a short form of a "Chương trình".
  const kept = cands.filter((c) => c.kind !== 'short' || !aliases.some((a) => c.start < a.end && a.start < c.end));
  const all = [...kept, ...aliases].sort((a, b) => a.start - b.start);
  assignRelations(text, fold, all, rules);
  return resolveCitations(text, all, rules);
}

export { buildRegistry, loadCitationRules, type CitationRules, type Registry, type RegistryEntry } from './rules.js';
export { documentKey, documentKeys, normalizeCitationKey, splitCitationKey } from './keys.js';
export { auditCitations, type AuditDoc, type AuditFinding } from './audit.js';

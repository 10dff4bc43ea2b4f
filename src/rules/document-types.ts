import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RULES_DIR, loadRuleFile } from './load.js';

export const DocumentTypeRule = z.object({
  name: z.string().min(1),
  abbr: z.array(z.string().min(1)),
  yearInSymbol: z.boolean(),
  normative: z.boolean().optional(),
});
export const DocumentTypesFile = z.object({ types: z.array(DocumentTypeRule).min(1) });
export type DocumentTypeRule = z.infer<typeof DocumentTypeRule>;

export function loadDocumentTypes(dir = DEFAULT_RULES_DIR): DocumentTypeRule[] {
  return loadRuleFile(path.join(dir, 'document-types.yaml'), DocumentTypesFile).types;
}

import path from 'node:path';
import { z } from 'zod';
import { SectionKind } from '../contract/schema.js';
import { DEFAULT_RULES_DIR, loadRuleFile } from './load.js';

export const SectionKindsFile = z.object({
  kinds: z.partialRecord(SectionKind, z.array(z.string().min(2)).min(1)),
});
export type SectionKindRules = z.infer<typeof SectionKindsFile>;

export function loadSectionKinds(dir = DEFAULT_RULES_DIR): SectionKindRules {
  return loadRuleFile(path.join(dir, 'section-kinds.yaml'), SectionKindsFile);
}

import path from 'node:path';
import { z } from 'zod';
import { matchForm } from '../text/vietnamese.js';
import { DEFAULT_RULES_DIR, loadRuleFile } from './load.js';

export const PlacesFile = z.object({
  provinces: z
    .array(
      z.object({
        name: z.string().min(2),
        unit: z.enum(['tỉnh', 'thành phố']),
        aliases: z.array(z.string().min(2)).optional(),
      }),
    )
    .min(1),
  districts: z.record(z.string(), z.string()).default({}),
});
export type PlacesRules = z.infer<typeof PlacesFile>;

export interface Gazetteer {
  /** matchForm(name or alias) → canonical province name */
  provinceByForm: Map<string, string>;
  unitOf: Map<string, 'tỉnh' | 'thành phố'>;
  /** matchForm(district) → province */
  districtProvince: Map<string, string>;
  /** every province form, longest first, for scanning text */
  forms: string[];
}

export function loadPlaces(dir = DEFAULT_RULES_DIR): Gazetteer {
  const rules = loadRuleFile(path.join(dir, 'places.yaml'), PlacesFile);
  const provinceByForm = new Map<string, string>();
  const unitOf = new Map<string, 'tỉnh' | 'thành phố'>();
  for (const p of rules.provinces) {
    unitOf.set(p.name, p.unit);
    for (const n of [p.name, ...(p.aliases ?? [])]) provinceByForm.set(matchForm(n), p.name);
  }
  const districtProvince = new Map(Object.entries(rules.districts).map(([d, p]) => [matchForm(d), p]));
  const forms = [...provinceByForm.keys()].sort((a, b) => b.length - a.length);
  return { provinceByForm, unitOf, districtProvince, forms };
}

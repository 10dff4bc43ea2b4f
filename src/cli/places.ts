/** Place names as users type them, read with rules/places.yaml. */
import { loadPlaces, type Gazetteer } from '../rules/places.js';
import { matchForm } from '../text/vietnamese.js';

const UNIT = /^(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+/iu;
const DISTRICT_UNIT = /^(?:huyện|quận|thị xã|thành phố|tp\.?)\s+/u;

let gazetteer: Gazetteer | undefined;
const places = (): Gazetteer => (gazetteer ??= loadPlaces());

/**
 * A province as the user typed it, in the spelling stored documents use: "tỉnh Lai Châu",
 * "lai chau" and an alias of rules/places.yaml all give "Lai Châu". Unknown names pass through
 * (the store compares them without case or diacritics).
 */
export function provinceName(input: string): string {
  const name = input.trim().replace(UNIT, '');
  return places().provinceByForm.get(matchForm(name)) ?? name;
}

/**
 * The province a locality written after an agency's name belongs to: "tỉnh Lai Châu", or a
 * district of rules/places.yaml ("huyện An Lão" → Hải Phòng). Null when it names no known place.
 */
export function provinceOfLocality(locality: string): string | null {
  const form = matchForm(locality);
  return places().provinceByForm.get(form.replace(UNIT, '')) ?? places().districtProvince.get(form.replace(DISTRICT_UNIT, '')) ?? null;
}

import { parseDivisionCode } from './division-code.ts';
import { loadIndex, nodeToDivision, townshipVillages } from './division-store.ts';
import type { TownshipWithVillages } from './types.ts';

/**
 * A township (乡 / 镇 / 街道) with the chain above it and its villages / communities, e.g. to create a
 * tenant from its code. Null unless the code is a known township (9 digits, or 12 ending in 000).
 */
export async function getTownshipWithVillages(code: string): Promise<TownshipWithVillages | null> {
  const parsed = parseDivisionCode(code);
  if (!parsed || parsed.level !== 'township') return null;
  const index = await loadIndex();
  const township = index.byCode.get(parsed.short);
  // Above a township is a county, or a city that has no counties (东莞, 中山, 儋州).
  const county = township?.parent;
  const city = county?.level === 'city' ? county : county?.parent;
  const province = city?.parent;
  if (!township || !county || !city || !province) return null;
  return {
    township: nodeToDivision(township),
    county: nodeToDivision(county),
    city: nodeToDivision(city),
    province: nodeToDivision(province),
    villages: await townshipVillages(township),
  };
}

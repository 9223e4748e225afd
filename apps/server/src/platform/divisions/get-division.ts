import { parseDivisionCode } from './division-code.ts';
import { loadIndex, nodeToDivision, townshipVillages, villageToDivision } from './division-store.ts';
import type { Division } from './types.ts';

/**
 * One division by code, at any level: "43", "4309", "430903", "430903101", "430903101201",
 * or zero-padded ("430900", "430900000000"). Null when the code is malformed or unknown.
 * Only a village code reads a province's village file.
 */
export async function getDivision(code: string): Promise<Division | null> {
  const parsed = parseDivisionCode(code);
  if (!parsed) return null;
  const index = await loadIndex();
  if (parsed.level !== 'village') {
    const node = index.byCode.get(parsed.short);
    return node ? nodeToDivision(node) : null;
  }
  const township = index.byCode.get(parsed.short.slice(0, 9));
  if (!township) return null;
  const village = (await townshipVillages(township)).find((v) => v.code === parsed.short);
  return village ? villageToDivision(village, township) : null;
}

import { parseDivisionCode } from './division-code.ts';
import { loadIndex, nodeToDivision, townshipVillages, villageToDivision } from './division-store.ts';
import type { Division } from './types.ts';

/**
 * The divisions one level below `code`, sorted by code: a province's cities, a city's counties
 * (or townships, for 东莞 / 中山 / 儋州), a county's townships, a township's villages / communities.
 * Empty for a village, an unknown or a malformed code.
 */
export async function listChildren(code: string): Promise<Division[]> {
  const parsed = parseDivisionCode(code);
  if (!parsed || parsed.level === 'village') return [];
  const index = await loadIndex();
  const node = index.byCode.get(parsed.short);
  if (!node) return [];
  if (node.level === 'township') {
    return (await townshipVillages(node)).map((village) => villageToDivision(village, node));
  }
  return node.children.map(nodeToDivision);
}

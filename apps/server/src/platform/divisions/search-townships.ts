import { parseDivisionCode } from './division-code.ts';
import { loadIndex, nodeToDivision } from './division-store.ts';
import type { DivisionIndex, IndexNode } from './division-store.ts';
import type { Division } from './types.ts';

/**
 * Finds townships (乡 / 镇 / 街道) without reading any village file.
 *
 * - Digits: a code prefix. "4309" lists 益阳's townships; padded codes are understood
 *   ("430900" = 4309, "430903000000" = 430903); a village code finds its township.
 * - Text: every whitespace-separated word must occur in the township's name or in the names
 *   above it, and at least one in the township's own name: "城关镇" finds all of them,
 *   "赫山 八字哨" the one in 赫山区. Exact name matches come first, then names that start
 *   with a word, then the rest; ties by code.
 */
export async function searchTownships(query: string, limit = 20): Promise<Division[]> {
  const q = query.trim();
  const max = Math.floor(limit);
  if (q === '' || !(max > 0)) return [];
  const index = await loadIndex();
  const nodes = /^\d+$/.test(q) ? byCodePrefix(index, q) : byName(index, q);
  return nodes.slice(0, max).map(nodeToDivision);
}

function byCodePrefix(index: DivisionIndex, digits: string): IndexNode[] {
  const parsed = parseDivisionCode(digits);
  let prefix: string;
  if (parsed) prefix = parsed.short.slice(0, 9);
  else if (digits.length <= 9) prefix = digits;
  else return [];
  return index.townships.filter((t) => t.short.startsWith(prefix));
}

interface Searchable {
  node: IndexNode;
  own: string;
  above: string;
}

const searchables = new WeakMap<DivisionIndex, Searchable[]>();

function searchableTownships(index: DivisionIndex): Searchable[] {
  let list = searchables.get(index);
  if (!list) {
    list = index.townships.map((node) => {
      let above = '';
      for (let p = node.parent; p; p = p.parent) above = `${p.name} ${above}`;
      return { node, own: node.name === node.officialName ? node.name : `${node.name} ${node.officialName}`, above };
    });
    searchables.set(index, list);
  }
  return list;
}

function byName(index: DivisionIndex, text: string): IndexNode[] {
  const words = text.split(/\s+/u);
  const hits: { node: IndexNode; rank: number }[] = [];
  for (const s of searchableTownships(index)) {
    let inOwn = false;
    let all = true;
    for (const w of words) {
      if (s.own.includes(w)) inOwn = true;
      else if (!s.above.includes(w)) {
        all = false;
        break;
      }
    }
    if (!all || !inOwn) continue;
    const { name, officialName } = s.node;
    const rank = words.some((w) => w === name || w === officialName) ? 0 : words.some((w) => name.startsWith(w)) ? 1 : 2;
    hits.push({ node: s.node, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || (a.node.short < b.node.short ? -1 : a.node.short > b.node.short ? 1 : 0));
  return hits.map((h) => h.node);
}

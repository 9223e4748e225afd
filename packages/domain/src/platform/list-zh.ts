/**
 * A Chinese list: items joined by the enumeration comma 、 (GB/T 15834-2011《标点符号用法》4.5: 顿号
 * separates coordinate words). Never 和 (Intl.ListFormat's zh conjunction writes "吴平和胡军", which
 * reads as one name) and never an ASCII comma. One helper for the server's texts and the web.
 */
export function listZh(items: readonly (string | number)[]): string {
  return items.map(String).join('、');
}

/**
 * What a township calls itself in running text — 乡, 镇, 街道 or 苏木 — from its official name
 * (GB/T 2260 names end in the kind: 笔架山乡, 泉交河镇, 桃花仑街道, …办事处). A report says 全镇 for a
 * town, never 全乡; an unknown ending falls back to 乡镇.
 */
export function townshipWordZh(townshipName: string): '乡' | '镇' | '街道' | '苏木' | '乡镇' {
  const name = townshipName.trim().replace(/办事处$/u, '');
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('苏木')) return '苏木';
  if (name.endsWith('镇')) return '镇';
  if (name.endsWith('乡')) return '乡';
  return '乡镇';
}

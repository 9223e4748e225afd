import type { ReactNode } from 'react';
import type { TranslationKey } from '../i18n/keys.ts';
import type { PermissionCode } from '@yifa/domain';
import type { MenuEntry } from '../modules/types.ts';
import { MENU_GROUPS, type MenuGroupKey } from './menu-groups.tsx';

export interface MenuNode {
  key: string;
  labelKey: TranslationKey;
  icon?: ReactNode;
  /** Set on leaves. */
  path?: string;
  children?: MenuNode[];
}

type GroupDefinitions = Record<string, { labelKey: TranslationKey; icon: ReactNode; order: number }>;

/**
 * The menu a caller sees: only the entries whose access they hold, sorted, grouped; a group
 * without a visible entry disappears. `can` says whether a permission is held.
 */
export function buildMenu(
  entries: MenuEntry[],
  can: (code: PermissionCode) => boolean,
  groups: GroupDefinitions = MENU_GROUPS,
): MenuNode[] {
  const visible = entries.filter((e) => e.access === 'authenticated' || can(e.access)).sort((a, b) => a.order - b.order);
  const top: { order: number; node: MenuNode }[] = [];
  const grouped = new Map<string, MenuNode[]>();
  for (const entry of visible) {
    const leaf: MenuNode = { key: entry.key, labelKey: entry.labelKey, path: entry.path, ...(entry.icon ? { icon: entry.icon } : {}) };
    if (entry.group && groups[entry.group]) {
      const list = grouped.get(entry.group) ?? [];
      list.push(leaf);
      grouped.set(entry.group, list);
    } else {
      top.push({ order: entry.order, node: leaf });
    }
  }
  for (const [key, children] of grouped) {
    const group = groups[key]!;
    top.push({ order: group.order, node: { key: `group:${key}`, labelKey: group.labelKey, icon: group.icon, children } });
  }
  return top.sort((a, b) => a.order - b.order).map((t) => t.node);
}

/** The first page of the menu: where "/" leads. */
export function firstMenuPath(nodes: MenuNode[]): string | null {
  for (const node of nodes) {
    if (node.path) return node.path;
    const inner = node.children ? firstMenuPath(node.children) : null;
    if (inner) return inner;
  }
  return null;
}

/** The leaf whose path is the longest prefix of the current location (for the highlighted entry). */
export function selectedMenuNode(nodes: MenuNode[], pathname: string): { node: MenuNode; groupKey: string | null } | null {
  let best: { node: MenuNode; groupKey: string | null } | null = null;
  const visit = (list: MenuNode[], groupKey: string | null) => {
    for (const node of list) {
      if (node.children) visit(node.children, node.key);
      else if (node.path && (pathname === node.path || pathname.startsWith(`${node.path}/`))) {
        if (!best || node.path.length > best.node.path!.length) best = { node, groupKey };
      }
    }
  };
  visit(nodes, null);
  return best;
}

export type { MenuGroupKey };

import { ALL_PERMISSION_CODES, type PermissionCode } from '@yifa/domain';
import { describe, expect, it } from 'vitest';
import { WEB_MODULES } from '../modules/registry.ts';
import type { MenuEntry } from '../modules/types.ts';
import { buildMenu, firstMenuPath, selectedMenuNode } from './menu-model.ts';

const entries: MenuEntry[] = [
  { key: 'workbench', path: '/workbench', labelKey: 'nav.workbench', access: 'platform:workbench:read', order: 0 },
  { key: 'org-tree', path: '/org/tree', labelKey: 'nav.orgTree', access: 'org:org:read', order: 10, group: 'organisation' },
  { key: 'org-users', path: '/org/users', labelKey: 'nav.users', access: 'org:user:read', order: 30, group: 'organisation' },
  { key: 'org-people', path: '/org/people', labelKey: 'nav.people', access: 'org:person:read', order: 20, group: 'organisation' },
];

const holding =
  (...codes: PermissionCode[]) =>
  (code: PermissionCode) =>
    codes.includes(code);

describe('buildMenu', () => {
  it('shows only the entries whose permission the caller holds, in order', () => {
    const menu = buildMenu(entries, holding('org:org:read', 'org:person:read'));
    expect(menu.map((n) => n.key)).toEqual(['group:organisation']);
    expect(menu[0]!.children!.map((n) => n.key)).toEqual(['org-tree', 'org-people']);
  });

  it('drops a group none of whose entries is visible', () => {
    const menu = buildMenu(entries, holding('platform:workbench:read'));
    expect(menu.map((n) => n.key)).toEqual(['workbench']);
  });

  it('shows nothing to a caller with no permission', () => {
    expect(buildMenu(entries, holding())).toEqual([]);
    expect(firstMenuPath([])).toBeNull();
  });

  it('leads "/" to the first visible page and highlights the entry of a sub-path', () => {
    const menu = buildMenu(entries, holding('org:user:read', 'platform:workbench:read'));
    expect(firstMenuPath(menu)).toBe('/workbench');
    expect(selectedMenuNode(menu, '/org/users/123')?.node.key).toBe('org-users');
    expect(selectedMenuNode(menu, '/org/tree')).toBeNull();
  });
});

describe('module registry', () => {
  const paths = new Set(WEB_MODULES.flatMap((m) => m.routes.map((r) => `/${r.path}`)));

  it('has a page behind every menu entry (no placeholders)', () => {
    for (const entry of WEB_MODULES.flatMap((m) => m.menu)) expect(paths, entry.key).toContain(entry.path);
  });

  it('names real permission codes for every page and entry', () => {
    const accesses = WEB_MODULES.flatMap((m) => [...m.routes.map((r) => r.access), ...m.menu.map((e) => e.access)]);
    for (const access of accesses) expect(['authenticated', ...ALL_PERMISSION_CODES]).toContain(access);
  });

  it('uses unique menu keys and paths', () => {
    const menu = WEB_MODULES.flatMap((m) => m.menu);
    expect(new Set(menu.map((e) => e.key)).size).toBe(menu.length);
    expect(paths.size).toBe(WEB_MODULES.flatMap((m) => m.routes).length);
  });
});

import { Menu, type MenuProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCan } from '../auth/session.ts';
import { ALL_MENU_ENTRIES } from '../modules/registry.ts';
import { buildMenu, selectedMenuNode, type MenuNode } from './menu-model.ts';

type Item = Required<MenuProps>['items'][number];

/** The left menu: the registry's entries the caller may open, nothing else. */
export function SideMenu({ isCollapsed }: { isCollapsed: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const nodes = useMemo(() => buildMenu(ALL_MENU_ENTRIES, can), [can]);
  const selected = selectedMenuNode(nodes, pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(() => nodes.filter((n) => n.children).map((n) => n.key));

  const toItem = (node: MenuNode): Item =>
    node.children
      ? { key: node.key, icon: node.icon, label: t(node.labelKey), children: node.children.map(toItem) }
      : { key: node.key, icon: node.icon, label: t(node.labelKey) };

  const pathOf = (key: string): string | undefined => {
    for (const n of nodes) {
      if (n.key === key) return n.path;
      const child = n.children?.find((c) => c.key === key);
      if (child) return child.path;
    }
    return undefined;
  };

  return (
    <Menu
      mode="inline"
      inlineCollapsed={isCollapsed}
      selectedKeys={selected ? [selected.node.key] : []}
      {...(isCollapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
      items={nodes.map(toItem)}
      onClick={({ key }) => {
        const path = pathOf(key);
        if (path) void navigate(path);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}

import type { PermissionCode } from '@yifa/domain';
import type { ComponentType, ReactNode } from 'react';
import type { TranslationKey } from '../i18n/keys.ts';
import type { MenuGroupKey } from '../layout/menu-groups.tsx';

/** Who may open a page or see a menu entry: one permission code of the catalogue, or any signed-in user. */
export type Access = PermissionCode | 'authenticated';

/** A page of a module, loaded only when visited (its own chunk). */
export interface ModuleRoute {
  /** Path under the app root without a leading slash, e.g. 'org/people'. */
  path: string;
  access: Access;
  /** Shown in the browser tab. */
  titleKey: TranslationKey;
  load: () => Promise<{ default: ComponentType }>;
}

/** One entry of the left menu. It must point at a route of the same module (a test checks it). */
export interface MenuEntry {
  key: string;
  /** Absolute path, e.g. '/org/people'. */
  path: string;
  labelKey: TranslationKey;
  icon?: ReactNode;
  access: Access;
  /** Position: lower first; groups and top-level entries share the same scale. */
  order: number;
  group?: MenuGroupKey;
}

/** What a module of the web app contributes: its pages and its menu entries. */
export interface WebModule {
  name: string;
  routes: ModuleRoute[];
  menu: MenuEntry[];
}

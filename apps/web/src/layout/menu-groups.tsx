import { ApartmentOutlined, SettingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TranslationKey } from '../i18n/keys.ts';

/**
 * Sub-menus of the left menu. A module puts an entry into one with `group`; a group shows only
 * when at least one of its entries is visible to the caller. Add a group here for a new area.
 */
export const MENU_GROUPS = {
  organisation: { labelKey: 'nav.groupOrganisation', icon: <ApartmentOutlined />, order: 800 },
  // 系统管理: the working-day calendar, dictionaries, the audit log and the installation's settings.
  system: { labelKey: 'nav.groupSystem', icon: <SettingOutlined />, order: 900 },
} satisfies Record<string, { labelKey: TranslationKey; icon: ReactNode; order: number }>;

export type MenuGroupKey = keyof typeof MENU_GROUPS;

import { ApartmentOutlined, BookOutlined, FileSearchOutlined, SettingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TranslationKey } from '../i18n/keys.ts';

/**
 * Sub-menus of the left menu. A module puts an entry into one with `group`; a group shows only
 * when at least one of its entries is visible to the caller. Add a group here for a new area.
 */
export const MENU_GROUPS = {
  // 学法普法: law study (学法用法) and legal publicity (普法).
  lawAndPublicity: { labelKey: 'nav.groupLawAndPublicity', icon: <BookOutlined />, order: 100 },
  // 政务公开: disclosure requests, proactive disclosure, notice boards, the annual report.
  openGovernment: { labelKey: 'nav.groupOpenGovernment', icon: <FileSearchOutlined />, order: 200 },
  organisation: { labelKey: 'nav.groupOrganisation', icon: <ApartmentOutlined />, order: 800 },
  // 系统管理: the working-day calendar, dictionaries, the audit log and the installation's settings.
  system: { labelKey: 'nav.groupSystem', icon: <SettingOutlined />, order: 900 },
} satisfies Record<string, { labelKey: TranslationKey; icon: ReactNode; order: number }>;

export type MenuGroupKey = keyof typeof MENU_GROUPS;

import { ControlOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 系统设置 (server: platform/settings/module.ts): read by administrators, changed by the system administrator. */
export const settingsModule: WebModule = {
  name: 'settings',
  routes: [
    { path: 'system/settings', access: 'platform:settings:read', titleKey: 'nav.settings', load: () => import('./settings-page.tsx') },
  ],
  menu: [
    {
      key: 'settings',
      path: '/system/settings',
      labelKey: 'nav.settings',
      icon: <ControlOutlined />,
      access: 'platform:settings:read',
      order: 40,
      group: 'system',
    },
  ],
};

import { BookOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 字典 (server: platform/dictionaries/module.ts; docs/dictionaries.md). */
export const dictionariesModule: WebModule = {
  name: 'dictionaries',
  routes: [
    {
      path: 'system/dictionaries',
      access: 'platform:dictionary:read',
      titleKey: 'nav.dictionaries',
      load: () => import('./dictionaries-page.tsx'),
    },
  ],
  menu: [
    {
      key: 'dictionaries',
      path: '/system/dictionaries',
      labelKey: 'nav.dictionaries',
      icon: <BookOutlined />,
      access: 'platform:dictionary:read',
      order: 20,
      group: 'system',
    },
  ],
};

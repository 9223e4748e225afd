import { AppstoreOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** __name__ (server: apps/server/src/modules/__name__; docs/modules/__name__.md): its pages and menu entries. */
export const __camel__Module: WebModule = {
  name: '__name__',
  routes: [
    {
      path: '__name__',
      access: '__name__:record:read',
      titleKey: '__camel__.title',
      load: () => import('./records-page.tsx'),
    },
  ],
  menu: [
    {
      key: '__name__',
      path: '/__name__',
      labelKey: '__camel__.title',
      icon: <AppstoreOutlined />,
      access: '__name__:record:read',
      order: 500,
    },
  ],
};

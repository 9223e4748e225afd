import { HomeOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 我的工作台 (server: platform/workbench): the first page of everyone who may read it. */
export const workbenchModule: WebModule = {
  name: 'workbench',
  routes: [{ path: 'workbench', access: 'platform:workbench:read', titleKey: 'nav.workbench', load: () => import('./workbench-page.tsx') }],
  menu: [
    {
      key: 'workbench',
      path: '/workbench',
      labelKey: 'nav.workbench',
      icon: <HomeOutlined />,
      access: 'platform:workbench:read',
      order: 0,
    },
  ],
};

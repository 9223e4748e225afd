import { FileSearchOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 依申请公开 (server: apps/server/src/modules/disclosure-request). */
export const disclosureRequestModule: WebModule = {
  name: 'disclosure-request',
  routes: [
    {
      path: 'disclosure-requests',
      access: 'disclosure-request:request:read',
      titleKey: 'disclosureRequest.title',
      load: () => import('./requests-page.tsx'),
    },
    {
      path: 'disclosure-requests/:id',
      access: 'disclosure-request:request:read',
      titleKey: 'disclosureRequest.detailTitle',
      load: () => import('./request-page.tsx'),
    },
  ],
  menu: [
    {
      key: 'disclosure-requests',
      path: '/disclosure-requests',
      labelKey: 'disclosureRequest.title',
      icon: <FileSearchOutlined />,
      access: 'disclosure-request:request:read',
      order: 10,
      group: 'openGovernment',
    },
  ],
};

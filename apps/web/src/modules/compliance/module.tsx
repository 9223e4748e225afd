import { FileProtectOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 合规情况 (server: platform/compliance/module.ts; docs/deadlines-and-compliance.md §2). */
export const complianceModule: WebModule = {
  name: 'compliance',
  routes: [
    { path: 'compliance', access: 'platform:compliance:read', titleKey: 'nav.compliance', load: () => import('./compliance-page.tsx') },
  ],
  menu: [
    {
      key: 'compliance',
      path: '/compliance',
      labelKey: 'nav.compliance',
      icon: <FileProtectOutlined />,
      access: 'platform:compliance:read',
      order: 700,
    },
  ],
};

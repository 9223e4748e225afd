import { FileSearchOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 审计日志 (server: platform/audit/module.ts; docs/audit.md). */
export const auditModule: WebModule = {
  name: 'audit',
  routes: [{ path: 'system/audit', access: 'platform:audit:read', titleKey: 'nav.audit', load: () => import('./audit-page.tsx') }],
  menu: [
    {
      key: 'audit',
      path: '/system/audit',
      labelKey: 'nav.audit',
      icon: <FileSearchOutlined />,
      access: 'platform:audit:read',
      order: 30,
      group: 'system',
    },
  ],
};

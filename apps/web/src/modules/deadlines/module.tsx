import { ClockCircleOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/**
 * 期限 (server: platform/deadlines): the statutory deadlines modules register. /deadlines/:id is the
 * link the compliance page gives for an overdue item (docs/deadlines-and-compliance.md).
 */
export const deadlinesModule: WebModule = {
  name: 'deadlines',
  routes: [
    { path: 'deadlines', access: 'platform:workbench:read', titleKey: 'nav.deadlines', load: () => import('./deadlines-page.tsx') },
    {
      path: 'deadlines/:id',
      access: 'platform:workbench:read',
      titleKey: 'deadline.detailTitle',
      load: () => import('./deadline-page.tsx'),
    },
  ],
  menu: [
    {
      key: 'deadlines',
      path: '/deadlines',
      labelKey: 'nav.deadlines',
      icon: <ClockCircleOutlined />,
      access: 'platform:workbench:read',
      order: 10,
    },
  ],
};

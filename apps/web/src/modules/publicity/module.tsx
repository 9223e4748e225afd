import { BarChartOutlined, CalendarOutlined, NotificationOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 普法 (server: apps/server/src/modules/publicity): activities, campaigns, duty lists, coverage and the ledger. */
export const publicityModule: WebModule = {
  name: 'publicity',
  routes: [
    {
      path: 'publicity/activities',
      access: 'publicity:activity:read',
      titleKey: 'publicity.nav.activities',
      load: () => import('./activities-page.tsx'),
    },
    {
      path: 'publicity/activities/:id',
      access: 'publicity:activity:read',
      titleKey: 'publicity.nav.activities',
      load: () => import('./activities-page.tsx'),
    },
    {
      path: 'publicity/campaigns',
      access: 'publicity:campaign:read',
      titleKey: 'publicity.nav.campaigns',
      load: () => import('./campaigns-page.tsx'),
    },
    { path: 'publicity/duties', access: 'publicity:duty:read', titleKey: 'publicity.nav.duties', load: () => import('./duties-page.tsx') },
    {
      path: 'publicity/coverage',
      access: 'publicity:activity:read',
      titleKey: 'publicity.nav.coverage',
      load: () => import('./coverage-page.tsx'),
    },
  ],
  menu: [
    {
      key: 'publicity-activities',
      path: '/publicity/activities',
      labelKey: 'publicity.nav.activities',
      icon: <NotificationOutlined />,
      access: 'publicity:activity:read',
      order: 60,
      group: 'lawAndPublicity',
    },
    {
      key: 'publicity-coverage',
      path: '/publicity/coverage',
      labelKey: 'publicity.nav.coverage',
      icon: <BarChartOutlined />,
      access: 'publicity:activity:read',
      order: 65,
      group: 'lawAndPublicity',
    },
    {
      key: 'publicity-duties',
      path: '/publicity/duties',
      labelKey: 'publicity.nav.duties',
      icon: <UnorderedListOutlined />,
      access: 'publicity:duty:read',
      order: 70,
      group: 'lawAndPublicity',
    },
    {
      key: 'publicity-campaigns',
      path: '/publicity/campaigns',
      labelKey: 'publicity.nav.campaigns',
      icon: <CalendarOutlined />,
      access: 'publicity:campaign:read',
      order: 75,
      group: 'lawAndPublicity',
    },
  ],
};

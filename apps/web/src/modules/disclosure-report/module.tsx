import { FileDoneOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 政府信息公开工作年度报告 (server: apps/server/src/modules/disclosure-report). */
export const disclosureReportModule: WebModule = {
  name: 'disclosure-report',
  routes: [
    {
      path: 'open-government/annual-report',
      access: 'disclosure-report:report:read',
      titleKey: 'disclosureReport.title',
      load: () => import('./report-page.tsx'),
    },
  ],
  menu: [
    {
      key: 'disclosure-report',
      path: '/open-government/annual-report',
      labelKey: 'disclosureReport.title',
      icon: <FileDoneOutlined />,
      access: 'disclosure-report:report:read',
      order: 230,
      group: 'openGovernment',
    },
  ],
};

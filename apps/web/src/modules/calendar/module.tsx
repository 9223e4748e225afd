import { CalendarOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 工作日历 and 期限计算器 (server: platform/calendar/module.ts; docs/calendar.md). */
export const calendarModule: WebModule = {
  name: 'calendar',
  routes: [
    { path: 'system/calendar', access: 'platform:calendar:read', titleKey: 'nav.calendar', load: () => import('./calendar-page.tsx') },
  ],
  menu: [
    {
      key: 'calendar',
      path: '/system/calendar',
      labelKey: 'nav.calendar',
      icon: <CalendarOutlined />,
      access: 'platform:calendar:read',
      order: 10,
      group: 'system',
    },
  ],
};

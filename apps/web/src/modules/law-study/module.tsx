import { AuditOutlined, BookOutlined, CalendarOutlined, FormOutlined, SolutionOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 学法用法 (server: apps/server/src/modules/law-study): sessions, the hours ledger and bulletin, self-study, exams, pre-appointment exams. */
export const lawStudyModule: WebModule = {
  name: 'law-study',
  routes: [
    {
      path: 'law-study/sessions',
      access: 'law-study:session:read',
      titleKey: 'lawStudy.menu.sessions',
      load: () => import('./sessions/sessions-page.tsx'),
    },
    {
      path: 'law-study/hours',
      access: 'law-study:session:read',
      titleKey: 'lawStudy.menu.hours',
      load: () => import('./hours/hours-page.tsx'),
    },
    {
      path: 'law-study/self-studies',
      access: 'law-study:session:read',
      titleKey: 'lawStudy.menu.selfStudies',
      load: () => import('./self-study/self-study-page.tsx'),
    },
    {
      path: 'law-study/exams',
      access: 'law-study:exam:read',
      titleKey: 'lawStudy.menu.exams',
      load: () => import('./exams/exams-page.tsx'),
    },
    {
      path: 'law-study/appointments',
      access: 'law-study:exam:read',
      titleKey: 'lawStudy.menu.appointments',
      load: () => import('./exams/appointments-page.tsx'),
    },
  ],
  menu: [
    {
      key: 'law-study-sessions',
      path: '/law-study/sessions',
      labelKey: 'lawStudy.menu.sessions',
      icon: <CalendarOutlined />,
      access: 'law-study:session:read',
      order: 10,
      group: 'lawAndPublicity',
    },
    {
      key: 'law-study-hours',
      path: '/law-study/hours',
      labelKey: 'lawStudy.menu.hours',
      icon: <BookOutlined />,
      access: 'law-study:session:read',
      order: 20,
      group: 'lawAndPublicity',
    },
    {
      key: 'law-study-self-studies',
      path: '/law-study/self-studies',
      labelKey: 'lawStudy.menu.selfStudies',
      icon: <FormOutlined />,
      access: 'law-study:session:read',
      order: 30,
      group: 'lawAndPublicity',
    },
    {
      key: 'law-study-exams',
      path: '/law-study/exams',
      labelKey: 'lawStudy.menu.exams',
      icon: <AuditOutlined />,
      access: 'law-study:exam:read',
      order: 40,
      group: 'lawAndPublicity',
    },
    {
      key: 'law-study-appointments',
      path: '/law-study/appointments',
      labelKey: 'lawStudy.menu.appointments',
      icon: <SolutionOutlined />,
      access: 'law-study:exam:read',
      order: 50,
      group: 'lawAndPublicity',
    },
  ],
};

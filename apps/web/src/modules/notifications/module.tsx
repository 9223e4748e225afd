import type { WebModule } from '../types.ts';

/** 通知 (server: platform/notifications): reached from the bell in the header, so no menu entry. */
export const notificationsModule: WebModule = {
  name: 'notifications',
  routes: [
    { path: 'notifications', access: 'authenticated', titleKey: 'layout.notifications', load: () => import('./notifications-page.tsx') },
  ],
  menu: [],
};

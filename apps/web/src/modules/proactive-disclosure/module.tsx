import type { WebModule } from '../types.ts';

/** 主动公开 (server: apps/server/src/modules/proactive-disclosure). Pages are added to routes and menu. */
export const proactiveDisclosureModule: WebModule = {
  name: 'proactive-disclosure',
  routes: [],
  menu: [],
};

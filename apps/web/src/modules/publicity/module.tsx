import type { WebModule } from '../types.ts';

/** 普法 (server: apps/server/src/modules/publicity). Pages are added to routes and menu. */
export const publicityModule: WebModule = {
  name: 'publicity',
  routes: [],
  menu: [],
};

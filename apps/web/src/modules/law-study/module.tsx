import type { WebModule } from '../types.ts';

/** 学法用法 (server: apps/server/src/modules/law-study). Pages are added to routes and menu. */
export const lawStudyModule: WebModule = {
  name: 'law-study',
  routes: [],
  menu: [],
};

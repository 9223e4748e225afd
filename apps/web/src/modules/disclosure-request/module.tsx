import type { WebModule } from '../types.ts';

/** 依申请公开 (server: apps/server/src/modules/disclosure-request). Pages are added to routes and menu. */
export const disclosureRequestModule: WebModule = {
  name: 'disclosure-request',
  routes: [],
  menu: [],
};

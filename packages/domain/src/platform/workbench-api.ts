import { defineRoute } from './route-contract.ts';
import { ZWorkbench, ZWorkbenchQuery } from './workbench-contracts.ts';

/** The home page 我的工作台. */
export const workbenchApi = {
  get: defineRoute({
    method: 'GET',
    path: '/workbench',
    access: 'platform:workbench:read',
    tag: 'workbench',
    summary: '我的工作台：逾期与即将到期的期限、未读通知、本年度合规概况',
    query: ZWorkbenchQuery,
    response: ZWorkbench,
  }),
};

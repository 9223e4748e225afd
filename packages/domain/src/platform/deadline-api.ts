import { ZDeadlineDetail, ZDeadlineList, ZDeadlineListQuery } from './deadline-contracts.ts';
import { defineRoute, ZIdParams } from './route-contract.ts';

const tag = 'deadlines';

/** The stored deadlines; modules write them through `upsertDeadline` / `closeDeadline`. */
export const deadlinesApi = {
  list: defineRoute({
    method: 'GET',
    path: '/deadlines',
    access: 'platform:workbench:read',
    tag,
    summary: '我的期限：逾期、即将到期或全部进行中的期限（按截止日期排序）',
    query: ZDeadlineListQuery,
    response: ZDeadlineList,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/deadlines/:id',
    access: 'platform:workbench:read',
    tag,
    summary: '一个期限及其计算说明',
    params: ZIdParams,
    response: ZDeadlineDetail,
  }),
};

import { ZDeadlineDetail, ZDeadlineList, ZDeadlineListQuery, ZUuid } from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadCalendar } from '../calendar/calendar-service.ts';
import { todayInChina } from '../calendar/today.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/app-error.ts';
import type { YifaModule } from '../modules.ts';
import { listOpenDeadlines } from './list-deadlines.ts';
import { presentDeadlineDetail } from './presenter.ts';
import { findDeadline } from './repository.ts';

const routes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['deadlines'];

  app.get(
    '/deadlines',
    {
      config: { access: 'platform:workbench:read' },
      schema: {
        tags,
        summary: '我的期限：逾期、即将到期或全部进行中的期限（按截止日期排序）',
        querystring: ZDeadlineListQuery,
        response: { 200: ZDeadlineList },
      },
    },
    async (request) => listOpenDeadlines(app.ctx.db, requireAuth(request), request.query),
  );

  app.get(
    '/deadlines/:id',
    {
      config: { access: 'platform:workbench:read' },
      schema: { tags, summary: '一个期限及其计算说明', params: z.object({ id: ZUuid }).strict(), response: { 200: ZDeadlineDetail } },
    },
    async (request) => {
      const row = await findDeadline(app.ctx.db, requireAuth(request).scope, request.params.id);
      if (!row) throw new AppError('RECORD.NOT_FOUND');
      return presentDeadlineDetail(row, await loadCalendar(app.ctx.db), todayInChina());
    },
  );
};

/** Routes of the stored deadlines; modules write them through `upsertDeadline` / `closeDeadline` (./index.ts). */
export const deadlinesModule: YifaModule = { name: 'deadlines', routes };

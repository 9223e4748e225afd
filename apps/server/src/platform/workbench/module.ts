import { ZWorkbench, ZWorkbenchQuery } from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../http/access.ts';
import type { YifaModule } from '../modules.ts';
import { getWorkbench } from './get-workbench.ts';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workbench',
    {
      config: { access: 'platform:workbench:read' },
      schema: {
        tags: ['workbench'],
        summary: '我的工作台：逾期与即将到期的期限、未读通知、本年度合规概况',
        querystring: ZWorkbenchQuery,
        response: { 200: ZWorkbench },
      },
    },
    async (request) =>
      getWorkbench(app.ctx.db, requireAuth(request), request.query, (code, error) =>
        request.log.error({ err: error, rule: code }, 'compliance rule failed'),
      ),
  );
};

/** The home page 我的工作台. */
export const workbenchModule: YifaModule = { name: 'workbench', routes };

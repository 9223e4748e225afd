import { workbenchApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { route } from '../http/route.ts';
import type { YifaModule } from '../modules.ts';
import { getWorkbench } from './get-workbench.ts';

const routes: FastifyPluginAsync = async (app) => {
  route(app, workbenchApi.get, ({ auth, query, request }) =>
    getWorkbench(app.ctx.db, auth, query, (code, error) => request.log.error({ err: error, rule: code }, 'compliance rule failed')),
  );
};

/** The home page 我的工作台. */
export const workbenchModule: YifaModule = { name: 'workbench', routes };

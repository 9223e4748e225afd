import { deadlinesApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { loadCalendarToShow } from '../calendar/calendar-service.ts';
import { todayInChina } from '../calendar/today.ts';
import { AppError } from '../http/app-error.ts';
import { route } from '../http/route.ts';
import type { YifaModule } from '../modules.ts';
import { listOpenDeadlines } from './list-deadlines.ts';
import { presentDeadlineDetail } from './presenter.ts';
import { findDeadline } from './repository.ts';

const routes: FastifyPluginAsync = async (app) => {
  const db = app.ctx.db;
  route(app, deadlinesApi.list, ({ auth, query }) => listOpenDeadlines(db, auth, query));
  route(app, deadlinesApi.get, async ({ auth, params }) => {
    // findDeadline reads within the caller's data scope: another township's deadline is not found.
    const row = await findDeadline(db, auth.scope, params.id);
    if (!row) throw new AppError('RECORD.NOT_FOUND');
    return presentDeadlineDetail(row, await loadCalendarToShow(db), todayInChina());
  });
};

/** Routes of the stored deadlines; modules write them through `upsertDeadline` / `closeDeadline` (./index.ts). */
export const deadlinesModule: YifaModule = { name: 'deadlines', routes };

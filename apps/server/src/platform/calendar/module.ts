import { calendarApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../http/app-error.ts';
import { route } from '../http/route.ts';
import type { YifaModule } from '../modules.ts';
import { presentYearDetail, presentYearSummary } from './presenter.ts';
import { findCalendarYear, readAllCalendarYears } from './repository.ts';
import { currentYearInChina } from './today.ts';
import { computeDeadlinePreview } from './use-cases/compute-deadline-preview.ts';
import { deleteCalendarYear } from './use-cases/delete-calendar-year.ts';
import { previewNotice } from './use-cases/preview-notice.ts';
import { saveCalendarYear } from './use-cases/save-calendar-year.ts';

const routes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;

  route(app, calendarApi.listYears, async () => {
    const years = await readAllCalendarYears(ctx.db);
    const stored = new Set(years.map((y) => y.year));
    const now = currentYearInChina();
    return { items: years.map(presentYearSummary), missingYears: [now - 1, now, now + 1].filter((y) => !stored.has(y)) };
  });

  route(app, calendarApi.getYear, async ({ params }) => {
    const year = await findCalendarYear(ctx.db, params.year);
    if (!year) throw new AppError('RECORD.NOT_FOUND');
    return presentYearDetail(year);
  });

  route(app, calendarApi.saveYear, ({ auth, params, body }) => saveCalendarYear(ctx, auth, params.year, body));

  route(app, calendarApi.deleteYear, async ({ auth, params }) => ({
    ok: true as const,
    recompute: await deleteCalendarYear(ctx, auth, params.year),
  }));

  route(app, calendarApi.previewNotice, ({ body }) => previewNotice(ctx.db, body));

  route(app, calendarApi.compute, ({ query }) => computeDeadlinePreview(ctx.db, query));
};

/** The working-day calendar (工作日历) and the deadline calculator. */
export const calendarModule: YifaModule = { name: 'calendar', routes };

import {
  ZCalendarYearDetail,
  ZCalendarYearList,
  ZCalendarYearParam,
  ZComputeDeadlineQuery,
  ZComputeDeadlineResult,
  ZDeleteCalendarYearResult,
  ZNoticePreview,
  ZNoticePreviewRequest,
  ZSaveCalendarYearRequest,
  ZSaveCalendarYearResult,
} from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/app-error.ts';
import type { YifaModule } from '../modules.ts';
import { presentYearDetail, presentYearSummary } from './presenter.ts';
import { findCalendarYear, readAllCalendarYears } from './repository.ts';
import { currentYearInChina } from './today.ts';
import { computeDeadlinePreview } from './use-cases/compute-deadline-preview.ts';
import { deleteCalendarYear } from './use-cases/delete-calendar-year.ts';
import { previewNotice } from './use-cases/preview-notice.ts';
import { saveCalendarYear } from './use-cases/save-calendar-year.ts';

const ZYearParams = z.object({ year: ZCalendarYearParam }).strict();

const routes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['calendar'];

  app.get(
    '/calendar/years',
    {
      config: { access: 'platform:calendar:read' },
      schema: { tags, summary: '工作日历：已录入的年度及临近未录入的年度', response: { 200: ZCalendarYearList } },
    },
    async () => {
      const years = await readAllCalendarYears(ctx.db);
      const stored = new Set(years.map((y) => y.year));
      const now = currentYearInChina();
      return { items: years.map(presentYearSummary), missingYears: [now - 1, now, now + 1].filter((y) => !stored.has(y)) };
    },
  );

  app.get(
    '/calendar/years/:year',
    {
      config: { access: 'platform:calendar:read' },
      schema: { tags, summary: '一个年度的放假日与调休上班日', params: ZYearParams, response: { 200: ZCalendarYearDetail } },
    },
    async (request) => {
      const year = await findCalendarYear(ctx.db, request.params.year);
      if (!year) throw new AppError('RECORD.NOT_FOUND');
      return presentYearDetail(year);
    },
  );

  app.put(
    '/calendar/years/:year',
    {
      config: { access: 'platform:calendar:write' },
      schema: {
        tags,
        summary: '录入或替换一个年度的节假日安排（重新计算所有进行中的期限）',
        params: ZYearParams,
        body: ZSaveCalendarYearRequest,
        response: { 200: ZSaveCalendarYearResult },
      },
    },
    async (request) => saveCalendarYear(ctx, requireAuth(request), request.params.year, request.body),
  );

  app.delete(
    '/calendar/years/:year',
    {
      config: { access: 'platform:calendar:write' },
      schema: {
        tags,
        summary: '删除一个年度的节假日安排（重新计算所有进行中的期限）',
        params: ZYearParams,
        response: { 200: ZDeleteCalendarYearResult },
      },
    },
    async (request) => ({ ok: true as const, recompute: await deleteCalendarYear(ctx, requireAuth(request), request.params.year) }),
  );

  app.post(
    '/calendar/notice-preview',
    {
      config: { access: 'platform:calendar:write' },
      schema: {
        tags,
        summary: '识别国务院节假日安排通知文本（仅预览，不保存）',
        body: ZNoticePreviewRequest,
        response: { 200: ZNoticePreview },
      },
    },
    async (request) => previewNotice(ctx.db, request.body),
  );

  app.get(
    '/calendar/compute',
    {
      config: { access: 'platform:calendar:read' },
      schema: {
        tags,
        summary: '期限计算器：按工作日历计算截止日期并说明计算过程',
        querystring: ZComputeDeadlineQuery,
        response: { 200: ZComputeDeadlineResult },
      },
    },
    async (request) => computeDeadlinePreview(ctx.db, request.query),
  );
};

/** The working-day calendar (工作日历) and the deadline calculator. */
export const calendarModule: YifaModule = { name: 'calendar', routes };

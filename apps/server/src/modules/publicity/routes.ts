import {
  ZActivity,
  ZActivityInput,
  ZActivityListQuery,
  ZCampaign,
  ZCampaignInput,
  ZCoverage,
  ZDutyItem,
  ZDutyItemInput,
  ZDutyListQuery,
  ZRollCampaignsRequest,
  ZSummary,
  ZUpdateActivityRequest,
  ZUpdateCampaignRequest,
  ZUpdateDutyItemRequest,
  ZUuid,
  ZYearQuery,
  zPage,
} from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { contentDisposition } from '../../platform/files/content-disposition.ts';
import { listAttachedFiles } from '../../platform/files/index.ts';
import { loadLookups } from './lookups.ts';
import { canChange } from './policy.ts';
import { presentActivity, presentCampaign } from './presenter.ts';
import { resolveTownship } from '../../platform/policy/township.ts';
import { countActivitiesBy, findActivity, listActivities, listCampaigns } from './repository.ts';
import { buildCoverage } from './use-cases/build-coverage.ts';
import { buildSummary } from './use-cases/build-summary.ts';
import { exportLedger } from './use-cases/export-ledger.ts';
import { listDutyItemsWithState } from './use-cases/list-duty-items.ts';
import { rollCampaigns } from './use-cases/roll-campaigns.ts';
import { ACTIVITY_ENTITY, createActivity, deleteActivity, updateActivity } from './use-cases/save-activity.ts';
import { createCampaign, deleteCampaign, updateCampaign } from './use-cases/save-campaign.ts';
import { createDutyItem, deleteDutyItem, updateDutyItem } from './use-cases/save-duty-item.ts';

const ZIdParams = z.object({ id: ZUuid }).strict();
const ZOk = z.object({ ok: z.literal(true) });
const ZCreated = z.object({ id: z.string() });
const ok = { ok: true as const };

// HTTP only: path, zod schemas from @yifa/domain, the permission (config.access), a use case call.
export const publicityRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['publicity'];

  // ── Campaigns (主题活动) ──
  app.get(
    '/publicity/campaigns',
    {
      config: { access: 'publicity:campaign:read' },
      schema: { tags, summary: '一年的普法主题活动', querystring: ZYearQuery, response: { 200: z.array(ZCampaign) } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { scope } = auth;
      const townshipId = await resolveTownship(ctx.db, auth, request.query.townshipId, 'read');
      const rows = await listCampaigns(ctx.db, scope, townshipId, request.query.year);
      const [lk, counts] = await Promise.all([
        loadLookups(ctx.db, townshipId),
        countActivitiesBy(
          ctx.db,
          'campaignId',
          rows.map((r) => r.id),
        ),
      ]);
      return rows.map((r) => presentCampaign(r, lk, counts.get(r.id) ?? 0));
    },
  );

  app.post(
    '/publicity/campaigns',
    {
      config: { access: 'publicity:campaign:write' },
      schema: { tags, summary: '新增主题活动', body: ZCampaignInput, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createCampaign(ctx, requireAuth(request), request.body)).id }),
  );

  app.post(
    '/publicity/campaigns/roll',
    {
      config: { access: 'publicity:campaign:write' },
      schema: {
        tags,
        summary: '将一年的主题活动复制到另一年（同月同日，已有的跳过）',
        body: ZRollCampaignsRequest,
        response: { 200: z.object({ created: z.number(), skipped: z.number() }) },
      },
    },
    async (request) => rollCampaigns(ctx, requireAuth(request), request.body),
  );

  app.patch(
    '/publicity/campaigns/:id',
    {
      config: { access: 'publicity:campaign:write' },
      schema: { tags, summary: '修改主题活动', params: ZIdParams, body: ZUpdateCampaignRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await updateCampaign(ctx, requireAuth(request), request.params.id, request.body);
      return ok;
    },
  );

  app.delete(
    '/publicity/campaigns/:id',
    {
      config: { access: 'publicity:campaign:write' },
      schema: { tags, summary: '删除主题活动（软删除；已有活动关联时不能删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteCampaign(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── Duty lists (普法责任清单) ──
  app.get(
    '/publicity/duty-items',
    {
      config: { access: 'publicity:duty:read' },
      schema: {
        tags,
        summary: '一年的普法责任清单（各单位，含落实情况）',
        querystring: ZDutyListQuery,
        response: { 200: z.array(ZDutyItem) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { scope } = auth;
      return listDutyItemsWithState(
        ctx.db,
        scope,
        await resolveTownship(ctx.db, auth, request.query.townshipId, 'read'),
        request.query.year,
        request.query.orgId,
      );
    },
  );

  app.post(
    '/publicity/duty-items',
    {
      config: { access: 'publicity:duty:write' },
      schema: { tags, summary: '新增普法责任清单事项', body: ZDutyItemInput, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createDutyItem(ctx, requireAuth(request), request.body)).id }),
  );

  app.patch(
    '/publicity/duty-items/:id',
    {
      config: { access: 'publicity:duty:write' },
      schema: { tags, summary: '修改普法责任清单事项', params: ZIdParams, body: ZUpdateDutyItemRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await updateDutyItem(ctx, requireAuth(request), request.params.id, request.body);
      return ok;
    },
  );

  app.delete(
    '/publicity/duty-items/:id',
    {
      config: { access: 'publicity:duty:write' },
      schema: { tags, summary: '删除普法责任清单事项（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteDutyItem(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── Activities (普法活动) ──
  app.get(
    '/publicity/activities',
    {
      config: { access: 'publicity:activity:read' },
      schema: {
        tags,
        summary: '普法活动（按数据范围；按年度、单位、村、主题活动、场所类型、日期筛选）',
        querystring: ZActivityListQuery,
        response: { 200: zPage(ZActivity) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { scope } = auth;
      const townshipId = await resolveTownship(ctx.db, auth, request.query.townshipId, 'read');
      const { rows, total } = await listActivities(ctx.db, scope, townshipId, request.query);
      const lk = await loadLookups(ctx.db, townshipId, {
        campaignIds: rows.flatMap((r) => (r.campaignId ? [r.campaignId] : [])),
        dutyItemIds: rows.flatMap((r) => (r.dutyItemId ? [r.dutyItemId] : [])),
      });
      return {
        items: rows.map((r) => presentActivity(r, lk, canChange(scope, r))),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/publicity/activities/:id',
    {
      config: { access: 'publicity:activity:read' },
      schema: { tags, summary: '一次普法活动（含照片等附件）', params: ZIdParams, response: { 200: ZActivity } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { scope } = auth;
      const row = await findActivity(ctx.db, scope, request.params.id);
      if (!row) throw new AppError('RECORD.NOT_FOUND');
      const lk = await loadLookups(ctx.db, row.townshipId, {
        campaignIds: row.campaignId ? [row.campaignId] : [],
        dutyItemIds: row.dutyItemId ? [row.dutyItemId] : [],
      });
      return presentActivity(row, lk, canChange(scope, row), await listAttachedFiles(ctx.db, scope, ACTIVITY_ENTITY, row.id));
    },
  );

  app.post(
    '/publicity/activities',
    {
      config: { access: 'publicity:activity:write' },
      schema: { tags, summary: '登记普法活动', body: ZActivityInput, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createActivity(ctx, requireAuth(request), request.body)).id }),
  );

  app.patch(
    '/publicity/activities/:id',
    {
      config: { access: 'publicity:activity:write' },
      schema: { tags, summary: '修改普法活动', params: ZIdParams, body: ZUpdateActivityRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await updateActivity(ctx, requireAuth(request), request.params.id, request.body);
      return ok;
    },
  );

  app.delete(
    '/publicity/activities/:id',
    {
      config: { access: 'publicity:activity:write' },
      schema: { tags, summary: '删除普法活动（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteActivity(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── Coverage, summary, ledger ──
  app.get(
    '/publicity/coverage',
    {
      config: { access: 'publicity:activity:read' },
      schema: {
        tags,
        summary: '普法覆盖情况：村×季度、场所类型×月份、责任清单落实、宪法宣传周',
        querystring: ZYearQuery,
        response: { 200: ZCoverage },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { scope } = auth;
      return buildCoverage(ctx.db, scope, await resolveTownship(ctx.db, auth, request.query.townshipId, 'read'), request.query.year);
    },
  );

  app.get(
    '/publicity/summary',
    {
      config: { access: 'publicity:activity:read' },
      schema: {
        tags,
        summary: '年度普法工作统计（活动次数、受众人数、发放资料，按场所类型、渠道、主题、月份）',
        querystring: ZYearQuery,
        response: { 200: ZSummary },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { scope } = auth;
      return buildSummary(ctx.db, scope, await resolveTownship(ctx.db, auth, request.query.townshipId, 'read'), request.query.year);
    },
  );

  app.get(
    '/publicity/ledger',
    {
      config: { access: 'publicity:activity:read' },
      schema: { tags, summary: '下载年度普法台账（Excel）', querystring: ZYearQuery },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { scope } = auth;
      const { fileName, body } = await exportLedger(
        ctx.db,
        scope,
        await resolveTownship(ctx.db, auth, request.query.townshipId, 'read'),
        request.query.year,
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', fileName))
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
};

import {
  ZBoardUpdate,
  ZBoardUpdateInput,
  ZBulletinBoard,
  ZBulletinBoardInput,
  ZBulletinBoardList,
  ZCatalogItem,
  ZCatalogItemInput,
  ZGuideSettings,
  ZGuideSettingsInput,
  ZPublication,
  ZPublicationDetail,
  ZPublicationInput,
  ZPublicationListQuery,
  ZUpdateBulletinBoardRequest,
  ZUpdateCatalogItemRequest,
  ZUpdatePublicationRequest,
  ZVillageDisclosure,
  ZVillageDisclosureInput,
  ZVillageDisclosureListQuery,
  periodKeyOf,
  ZUuid,
  zPage,
  type BoardRhythm,
} from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { resolveTownship } from '../../platform/policy/township.ts';
import { listAttachedFiles } from '../../platform/files/index.ts';
import { loadDisclosureActivityFacts } from './facts.ts';
import { presentBoardUpdate, presentCatalogItem, presentGuideSettings, presentPublication, presentVillageDisclosure } from './presenter.ts';
import {
  catalogItemsByIds,
  filesOfRecords,
  findBoard,
  findGuideSettings,
  findPublication,
  listBoardUpdates,
  listCatalogItems,
  listPublications,
  listVillageDisclosures,
  orgNames,
} from './repository.ts';
import { listBoardsWithState } from './use-cases/list-boards.ts';
import { BOARD_UPDATE_ENTITY, deleteBoardUpdate, recordBoardUpdate } from './use-cases/record-board-update.ts';
import { createBoard, updateBoard } from './use-cases/save-board.ts';
import { createCatalogItem, deleteCatalogItem, updateCatalogItem } from './use-cases/save-catalog-item.ts';
import { saveGuideSettings } from './use-cases/save-guide-settings.ts';
import { createPublication, deletePublication, PUBLICATION_ENTITY, updatePublication } from './use-cases/save-publication.ts';
import { createVillageDisclosure, deleteVillageDisclosure, VILLAGE_DISCLOSURE_ENTITY } from './use-cases/save-village-disclosure.ts';

const ZIdParams = z.object({ id: z.uuid('编号格式不正确') }).strict();
const ZOk = z.object({ ok: z.literal(true) });
const ZCreated = z.object({ id: z.string() });
const ok = { ok: true as const };
const P = '/proactive-disclosure';

// HTTP only: path, zod schemas from @yifa/domain, the permission (config.access), a use case call.
export const proactiveDisclosureRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['proactive-disclosure'];

  // ── 公开目录 ──────────────────────────────────────────────────────────────
  app.get(
    `${P}/catalog`,
    {
      config: { access: 'proactive-disclosure:catalog:read' },
      schema: { tags, summary: '主动公开目录（条例第二十条、第二十一条）', response: { 200: z.array(ZCatalogItem) } },
    },
    async (request) => {
      const rows = await listCatalogItems(ctx.db, requireAuth(request).scope);
      const names = await orgNames(
        ctx.db,
        rows.map((r) => r.responsibleOrgId),
      );
      return rows.map((r) => presentCatalogItem(r, names));
    },
  );

  app.post(
    `${P}/catalog`,
    {
      config: { access: 'proactive-disclosure:catalog:write' },
      schema: { tags, summary: '新增公开目录事项', body: ZCatalogItemInput, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createCatalogItem(ctx, requireAuth(request), request.body)).id }),
  );

  app.patch(
    `${P}/catalog/:id`,
    {
      config: { access: 'proactive-disclosure:catalog:write' },
      schema: {
        tags,
        summary: '修改公开目录事项（责任科室、时限等）',
        params: ZIdParams,
        body: ZUpdateCatalogItemRequest,
        response: { 200: ZCatalogItem },
      },
    },
    async (request) => {
      const row = await updateCatalogItem(ctx, requireAuth(request), request.params.id, request.body);
      return presentCatalogItem(row, await orgNames(ctx.db, [row.responsibleOrgId]));
    },
  );

  app.delete(
    `${P}/catalog/:id`,
    {
      config: { access: 'proactive-disclosure:catalog:write' },
      schema: { tags, summary: '删除公开目录事项（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteCatalogItem(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── 主动公开记录 ──────────────────────────────────────────────────────────
  app.get(
    `${P}/publications`,
    {
      config: { access: 'proactive-disclosure:publication:read' },
      schema: {
        tags,
        summary: '主动公开记录（检索、按目录事项、年度、逾期筛选）',
        querystring: ZPublicationListQuery,
        response: { 200: zPage(ZPublication) },
      },
    },
    async (request) => {
      const { rows, total } = await listPublications(ctx.db, requireAuth(request).scope, request.query);
      const items = await catalogItemsByIds(
        ctx.db,
        rows.map((r) => r.catalogItemId),
      );
      return {
        items: rows.map((r) => presentPublication(r, items.get(r.catalogItemId))),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    `${P}/publications/:id`,
    {
      config: { access: 'proactive-disclosure:publication:read' },
      schema: { tags, summary: '一条主动公开记录及其附件', params: ZIdParams, response: { 200: ZPublicationDetail } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const row = await findPublication(ctx.db, auth.scope, request.params.id);
      if (!row) throw new AppError('RECORD.NOT_FOUND');
      const items = await catalogItemsByIds(ctx.db, [row.catalogItemId]);
      return {
        ...presentPublication(row, items.get(row.catalogItemId)),
        files: await listAttachedFiles(ctx.db, auth.scope, PUBLICATION_ENTITY, row.id),
      };
    },
  );

  app.post(
    `${P}/publications`,
    {
      config: { access: 'proactive-disclosure:publication:write' },
      schema: { tags, summary: '登记主动公开记录（未填公开日期即为待公开）', body: ZPublicationInput, response: { 201: ZPublication } },
    },
    async (request, reply) => {
      const row = await createPublication(ctx, requireAuth(request), request.body);
      return reply.code(201).send(presentPublication(row, (await catalogItemsByIds(ctx.db, [row.catalogItemId])).get(row.catalogItemId)));
    },
  );

  app.patch(
    `${P}/publications/:id`,
    {
      config: { access: 'proactive-disclosure:publication:write' },
      schema: { tags, summary: '修改或公开一条记录', params: ZIdParams, body: ZUpdatePublicationRequest, response: { 200: ZPublication } },
    },
    async (request) => {
      const row = await updatePublication(ctx, requireAuth(request), request.params.id, request.body);
      return presentPublication(row, (await catalogItemsByIds(ctx.db, [row.catalogItemId])).get(row.catalogItemId));
    },
  );

  app.delete(
    `${P}/publications/:id`,
    {
      config: { access: 'proactive-disclosure:publication:write' },
      schema: { tags, summary: '删除主动公开记录（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deletePublication(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  app.get(
    `${P}/facts`,
    {
      config: { access: 'proactive-disclosure:publication:read' },
      schema: {
        tags,
        summary: '本年度主动公开概况（年度报告所用数据）',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }).strict(),
      },
    },
    async (request) => {
      const townshipId = requireAuth(request).user.townshipId;
      if (!townshipId) throw new AppError('RECORD.NOT_FOUND');
      return loadDisclosureActivityFacts(ctx.db, townshipId, request.query.year);
    },
  );

  // ── 公开栏 ────────────────────────────────────────────────────────────────
  app.get(
    `${P}/boards`,
    {
      config: { access: 'proactive-disclosure:board:read' },
      schema: {
        tags,
        summary: '公开栏及其按期更新情况',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(),
        response: { 200: ZBulletinBoardList },
      },
    },
    async (request) => listBoardsWithState(ctx.db, requireAuth(request), request.query.year),
  );

  app.post(
    `${P}/boards`,
    {
      config: { access: 'proactive-disclosure:board:write' },
      schema: { tags, summary: '为乡镇或村（社区）设立公开栏', body: ZBulletinBoardInput, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createBoard(ctx, requireAuth(request), request.body)).id }),
  );

  app.patch(
    `${P}/boards/:id`,
    {
      config: { access: 'proactive-disclosure:board:write' },
      schema: {
        tags,
        summary: '修改公开栏（名称、位置、更新周期）',
        params: ZIdParams,
        body: ZUpdateBulletinBoardRequest,
        response: { 200: ZOk },
      },
    },
    async (request) => {
      await updateBoard(ctx, requireAuth(request), request.params.id, request.body);
      return ok;
    },
  );

  app.get(
    `${P}/boards/:id/updates`,
    {
      config: { access: 'proactive-disclosure:board:read' },
      schema: {
        tags,
        summary: '公开栏的更新记录',
        params: ZIdParams,
        response: {
          200: z.object({ board: ZBulletinBoard.pick({ id: true, name: true, rhythm: true, orgId: true }), items: z.array(ZBoardUpdate) }),
        },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const board = await findBoard(ctx.db, auth.scope, request.params.id);
      if (!board) throw new AppError('RECORD.NOT_FOUND');
      const rows = await listBoardUpdates(ctx.db, board.id);
      const fileMap = await filesOfRecords(
        ctx.db,
        auth.scope,
        BOARD_UPDATE_ENTITY,
        rows.map((r) => r.id),
      );
      const rhythm = board.rhythm as BoardRhythm;
      return {
        board: { id: board.id, name: board.name, rhythm, orgId: board.orgId },
        items: rows.map((r) => presentBoardUpdate(r, periodKeyOf(r.updatedOn, rhythm), fileMap.get(r.id) ?? [])),
      };
    },
  );

  app.post(
    `${P}/boards/:id/updates`,
    {
      config: { access: 'proactive-disclosure:board:write' },
      schema: { tags, summary: '登记公开栏更新（附照片）', params: ZIdParams, body: ZBoardUpdateInput, response: { 201: ZCreated } },
    },
    async (request, reply) =>
      reply.code(201).send({ id: (await recordBoardUpdate(ctx, requireAuth(request), request.params.id, request.body)).id }),
  );

  app.delete(
    `${P}/board-updates/:id`,
    {
      config: { access: 'proactive-disclosure:board:write' },
      schema: { tags, summary: '删除公开栏更新记录（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteBoardUpdate(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── 村务公开、党务公开 ───────────────────────────────────────────────────
  app.get(
    `${P}/village-disclosures`,
    {
      config: { access: 'proactive-disclosure:board:read' },
      schema: {
        tags,
        summary: '村务公开、党务公开记录',
        querystring: ZVillageDisclosureListQuery,
        response: { 200: zPage(ZVillageDisclosure) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { rows, total } = await listVillageDisclosures(ctx.db, auth.scope, request.query);
      const [names, fileMap] = await Promise.all([
        orgNames(
          ctx.db,
          rows.map((r) => r.orgId),
        ),
        filesOfRecords(
          ctx.db,
          auth.scope,
          VILLAGE_DISCLOSURE_ENTITY,
          rows.map((r) => r.id),
        ),
      ]);
      return {
        items: rows.map((r) => presentVillageDisclosure(r, names, fileMap.get(r.id) ?? [])),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    `${P}/village-disclosures`,
    {
      config: { access: 'proactive-disclosure:board:write' },
      schema: { tags, summary: '登记村务公开或党务公开（附照片）', body: ZVillageDisclosureInput, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createVillageDisclosure(ctx, requireAuth(request), request.body)).id }),
  );

  app.delete(
    `${P}/village-disclosures/:id`,
    {
      config: { access: 'proactive-disclosure:board:write' },
      schema: { tags, summary: '删除村务公开或党务公开记录（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteVillageDisclosure(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── 政府信息公开指南的设置（条例第十二条）──────────────────────────────
  app.get(
    `${P}/guide-settings`,
    {
      config: { access: 'proactive-disclosure:catalog:read' },
      // A county reviewer (above townships) names the township (?townshipId=), as for the annual report.
      schema: {
        tags,
        summary: '政府信息公开指南的设置',
        querystring: z.object({ townshipId: ZUuid.optional() }).strict(),
        response: { 200: ZGuideSettings },
      },
    },
    async (request) => {
      const townshipId = await resolveTownship(ctx.db, requireAuth(request), request.query.townshipId, 'read');
      const row = await findGuideSettings(ctx.db, townshipId);
      if (!row) throw new AppError('RECORD.NOT_FOUND');
      return presentGuideSettings(row);
    },
  );

  app.put(
    `${P}/guide-settings`,
    {
      config: { access: 'proactive-disclosure:catalog:write' },
      schema: { tags, summary: '保存政府信息公开指南的设置', body: ZGuideSettingsInput, response: { 200: ZGuideSettings } },
    },
    async (request) => presentGuideSettings(await saveGuideSettings(ctx, requireAuth(request), request.body)),
  );
};

import {
  PERMISSIONS,
  ZCreateOrgRequest,
  ZCreateTownshipRequest,
  ZCreateUserRequest,
  ZDivision,
  ZDivisionSearchQuery,
  ZListQuery,
  ZOrg,
  ZPerson,
  ZPersonInput,
  ZResetPasswordRequest,
  ZRole,
  ZRoleInput,
  ZUpdateOrgRequest,
  ZUpdatePersonRequest,
  ZUpdateRoleRequest,
  ZUpdateUserRequest,
  ZUser,
  ZUuid,
  zPage,
  ZPeopleImportQuery,
  ZPeopleImportResult,
} from '@yifa/domain';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/auth-context.ts';
import { getTownshipWithVillages, searchTownships } from '../../platform/divisions/index.ts';
import { requireAuth } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { contentDisposition } from '../../platform/files/content-disposition.ts';
import { readUpload } from '../../platform/imports/read-upload.ts';
import { IMPORT_CODES, renderTemplate } from '../../platform/imports/sheet.ts';
import { PEOPLE_COLUMNS, PEOPLE_NOTES } from './imports/people-sheet.ts';
import { presentOrg, presentPerson, presentRole, presentUser } from './presenter.ts';
import { findOrg, findUser, listOrgs, listPeople, listRoles, listUsers } from './repository.ts';
import { createOrg } from './use-cases/create-org.ts';
import { createTownship } from './use-cases/create-township.ts';
import { deleteOrg } from './use-cases/delete-org.ts';
import { importPeople } from './use-cases/import-people.ts';
import { createPerson, deletePerson, updatePerson } from './use-cases/save-person.ts';
import { createRole, deleteRole, updateRole } from './use-cases/save-role.ts';
import { createUser, deleteUser, resetUserPassword, updateUser } from './use-cases/save-user.ts';
import { updateOrg } from './use-cases/update-org.ts';
import { viewPerson } from './use-cases/view-person.ts';

const ZIdParams = z.object({ id: ZUuid }).strict();
const ZOk = z.object({ ok: z.literal(true) });
const ZCreated = z.object({ id: z.string() });
const ok = { ok: true as const };

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['organisation'];
  await app.register(multipart, { limits: { files: 1, fields: 5, parts: 10, fieldSize: 1024 } });

  // ── Divisions and townships ────────────────────────────────────────────────
  app.get(
    '/divisions/townships',
    {
      config: { access: 'org:township:create' },
      schema: {
        tags,
        summary: '按名称或代码查找乡镇（街道）区划',
        querystring: ZDivisionSearchQuery,
        response: { 200: z.array(ZDivision) },
      },
    },
    async (request) => searchTownships(request.query.q, 20),
  );

  app.get(
    '/divisions/townships/:code',
    {
      config: { access: 'org:township:create' },
      schema: {
        tags,
        summary: '预览区划代码对应的乡镇及其村（社区）',
        params: z.object({ code: z.string().regex(/^\d{9}(\d{3})?$/) }).strict(),
      },
    },
    async (request) => {
      const found = await getTownshipWithVillages(request.params.code);
      if (!found) throw new AppError('ORG.DIVISION_NOT_FOUND');
      return found;
    },
  );

  app.post(
    '/townships',
    {
      config: { access: 'org:township:create' },
      schema: { tags, summary: '按区划代码建立乡镇（街道）', body: ZCreateTownshipRequest, response: { 201: ZOrg } },
    },
    async (request, reply) => {
      const row = await createTownship(ctx, actorOf(requireAuth(request)), request.body);
      return reply.code(201).send(presentOrg(row));
    },
  );

  // ── Org tree ───────────────────────────────────────────────────────────────
  app.get(
    '/orgs',
    {
      config: { access: 'org:org:read' },
      schema: {
        tags,
        summary: '组织机构（树的全部节点，按路径排序）',
        querystring: z.object({ townshipId: ZUuid.optional() }).strict(),
        response: { 200: z.array(ZOrg) },
      },
    },
    async (request) => (await listOrgs(ctx.db, requireAuth(request).scope, request.query.townshipId)).map(presentOrg),
  );

  app.get(
    '/orgs/:id',
    {
      config: { access: 'org:org:read' },
      schema: { tags, summary: '一个机构', params: ZIdParams, response: { 200: ZOrg } },
    },
    async (request) => {
      const row = await findOrg(ctx.db, requireAuth(request).scope, request.params.id);
      if (!row) throw new AppError('RECORD.NOT_FOUND');
      return presentOrg(row);
    },
  );

  app.post(
    '/orgs',
    {
      config: { access: 'org:org:write' },
      schema: { tags, summary: '新增站所或村（社区）', body: ZCreateOrgRequest, response: { 201: ZOrg } },
    },
    async (request, reply) => reply.code(201).send(presentOrg(await createOrg(ctx, requireAuth(request), request.body))),
  );

  app.patch(
    '/orgs/:id',
    {
      config: { access: 'org:org:write' },
      schema: { tags, summary: '修改或移动机构', params: ZIdParams, body: ZUpdateOrgRequest, response: { 200: ZOrg } },
    },
    async (request) => presentOrg(await updateOrg(ctx, requireAuth(request), request.params.id, request.body)),
  );

  app.delete(
    '/orgs/:id',
    {
      config: { access: 'org:org:write' },
      schema: { tags, summary: '删除机构（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteOrg(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── People (cadres) ────────────────────────────────────────────────────────
  app.get(
    '/people',
    {
      config: { access: 'org:person:read' },
      schema: { tags, summary: '干部列表（个人信息脱敏）', querystring: ZListQuery, response: { 200: zPage(ZPerson) } },
    },
    async (request) => {
      const { rows, total } = await listPeople(ctx.db, requireAuth(request).scope, request.query);
      return { items: rows.map((r) => presentPerson(r, null)), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/people/import/template',
    {
      config: { access: 'org:person:write' },
      schema: { tags, summary: '下载干部名单导入模板' },
    },
    async (_request, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', '干部名单导入模板.xlsx'))
        .header('cache-control', 'private, no-cache')
        .send(await renderTemplate('干部名单', PEOPLE_COLUMNS, PEOPLE_NOTES)),
  );

  app.post(
    '/people/import',
    {
      config: { access: 'org:person:write' },
      schema: {
        tags,
        summary: '从 Excel 导入干部名单（multipart/form-data，一个 .xlsx 文件；全部校验通过才写入）',
        consumes: ['multipart/form-data'],
        querystring: ZPeopleImportQuery,
        response: { 200: ZPeopleImportResult },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      return importPeople(ctx, auth, await readUpload(request, reply, IMPORT_CODES), request.query.townshipId);
    },
  );

  app.get(
    '/people/:id',
    {
      config: { access: 'org:person:read' },
      schema: {
        tags,
        summary: '一名干部；unmasked=true 显示完整个人信息（需权限，留痕）',
        params: ZIdParams,
        querystring: z.object({ unmasked: z.enum(['true', 'false']).optional() }).strict(),
        response: { 200: ZPerson },
      },
    },
    async (request) => viewPerson(ctx, requireAuth(request), request.params.id, request.query.unmasked === 'true'),
  );

  app.post(
    '/people',
    {
      config: { access: 'org:person:write' },
      schema: { tags, summary: '新增干部', body: ZPersonInput, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createPerson(ctx, requireAuth(request), request.body)).id }),
  );

  app.patch(
    '/people/:id',
    {
      config: { access: 'org:person:write' },
      schema: { tags, summary: '修改干部', params: ZIdParams, body: ZUpdatePersonRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await updatePerson(ctx, requireAuth(request), request.params.id, request.body);
      return ok;
    },
  );

  app.delete(
    '/people/:id',
    {
      config: { access: 'org:person:write' },
      schema: { tags, summary: '删除干部（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deletePerson(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── User accounts ──────────────────────────────────────────────────────────
  app.get(
    '/users',
    {
      config: { access: 'org:user:read' },
      schema: { tags, summary: '用户账号列表', querystring: ZListQuery, response: { 200: zPage(ZUser) } },
    },
    async (request) => {
      const { rows, total } = await listUsers(ctx.db, requireAuth(request).scope, request.query);
      return { items: rows.map(presentUser), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/users/:id',
    {
      config: { access: 'org:user:read' },
      schema: { tags, summary: '一个用户账号', params: ZIdParams, response: { 200: ZUser } },
    },
    async (request) => {
      const row = await findUser(ctx.db, requireAuth(request).scope, request.params.id);
      if (!row) throw new AppError('RECORD.NOT_FOUND');
      return presentUser(row);
    },
  );

  app.post(
    '/users',
    {
      config: { access: 'org:user:write' },
      schema: { tags, summary: '新增用户账号', body: ZCreateUserRequest, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: await createUser(ctx, requireAuth(request), request.body) }),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'org:user:write' },
      schema: { tags, summary: '修改用户账号（角色、停用）', params: ZIdParams, body: ZUpdateUserRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await updateUser(ctx, requireAuth(request), request.params.id, request.body);
      return ok;
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { access: 'org:user:write' },
      schema: { tags, summary: '重置密码并解锁', params: ZIdParams, body: ZResetPasswordRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await resetUserPassword(ctx, requireAuth(request), request.params.id, request.body.newPassword);
      return ok;
    },
  );

  app.delete(
    '/users/:id',
    {
      config: { access: 'org:user:write' },
      schema: { tags, summary: '删除用户账号（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteUser(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );

  // ── Roles and the permission catalogue ─────────────────────────────────────
  app.get(
    '/permissions',
    {
      config: { access: 'org:role:read' },
      schema: { tags, summary: '权限目录', response: { 200: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })) } },
    },
    async () => Object.entries(PERMISSIONS).map(([code, p]) => ({ code, zh: p.zh, en: p.en })),
  );

  app.get(
    '/roles',
    {
      config: { access: 'org:role:read' },
      schema: { tags, summary: '角色（内置与本乡镇自定义）', response: { 200: z.array(ZRole) } },
    },
    async (request) => (await listRoles(ctx.db, requireAuth(request).scope)).map(presentRole),
  );

  app.post(
    '/roles',
    {
      config: { access: 'org:role:write' },
      schema: { tags, summary: '新增自定义角色', body: ZRoleInput, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: await createRole(ctx, requireAuth(request), request.body) }),
  );

  app.patch(
    '/roles/:id',
    {
      config: { access: 'org:role:write' },
      schema: { tags, summary: '修改自定义角色', params: ZIdParams, body: ZUpdateRoleRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await updateRole(ctx, requireAuth(request), request.params.id, request.body);
      return ok;
    },
  );

  app.delete(
    '/roles/:id',
    {
      config: { access: 'org:role:write' },
      schema: { tags, summary: '删除自定义角色', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteRole(ctx, requireAuth(request), request.params.id);
      return ok;
    },
  );
};

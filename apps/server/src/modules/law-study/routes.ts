import multipart from '@fastify/multipart';
import {
  ZAppointment,
  ZCreateAppointmentRequest,
  ZCreateExamRequest,
  ZCreateSelfStudyRequest,
  ZCreateSessionRequest,
  ZCreateStudyLawRequest,
  ZExam,
  ZExamDetail,
  ZImportQuery,
  ZImportResult,
  ZLedgerQuery,
  ZPersonHours,
  ZReviewSelfStudyRequest,
  ZSaveScoresRequest,
  ZSelfStudy,
  ZSelfStudyListQuery,
  ZSessionListQuery,
  ZStudyLaw,
  ZStudySessionDetail,
  ZStudySession,
  ZUpdateSessionRequest,
  ZUuid,
  ZYear,
  zPage,
  type ImportKind,
  type Quarter,
} from '@yifa/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInChina, currentYearInChina } from '../../platform/calendar/today.ts';
import { contentDisposition } from '../../platform/files/content-disposition.ts';
import { requireAuth } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { hoursParamsFor } from './compliance/params.ts';
import { readUpload } from '../../platform/imports/read-upload.ts';
import { LAW_STUDY_IMPORT_CODES, renderTemplate } from './imports/sheet.ts';
import { readableTownship } from './policy.ts';
import { presentSelfStudy } from './presenter.ts';
import { findRollPeople, listLaws, listRoll, listTownshipOrgs, townshipName } from './repository.ts';
import { createAppointment } from './use-cases/create-appointment.ts';
import { createLaw } from './use-cases/create-law.ts';
import { getLedger, getPersonHours, ledgerOf } from './use-cases/get-ledger.ts';
import { IMPORT_COLUMNS, importSheet } from './use-cases/import-sheet.ts';
import { getAppointments, getExam, getExams, getSelfStudies, getSession, getSessions } from './use-cases/list-records.ts';
import { periodName, renderBulletinDocx, renderBulletinXlsx } from './use-cases/render-bulletin.ts';
import { createExam, saveScores } from './use-cases/save-exam.ts';
import { createSelfStudy, reviewSelfStudy } from './use-cases/save-self-study.ts';
import { createSession, deleteSession, updateSession } from './use-cases/save-session.ts';

const ZIdParams = z.object({ id: ZUuid }).strict();
const ZOk = z.object({ ok: z.literal(true) });
const ZCreated = z.object({ id: z.string() });
const ZYearQuery = z.object({ year: ZYear.optional(), townshipId: ZUuid.optional() }).strict();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IMPORT_SHEET_NAMES: Record<ImportKind, string> = { attendance: '学法签到', scores: '考试成绩', platformHours: '平台学时' };

function sendFile(reply: FastifyReply, type: string, name: string, body: Buffer) {
  return reply
    .type(type)
    .header('content-disposition', contentDisposition('attachment', name))
    .header('cache-control', 'private, no-cache')
    .send(body);
}

// HTTP only: path, zod schemas from @yifa/domain, the permission (config.access), a use case call.
export const lawStudyRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['law-study'];
  await app.register(multipart, { limits: { files: 1, fields: 5, parts: 10, fieldSize: 1024 } });

  // ── Laws studied ───────────────────────────────────────────────────────────
  app.get(
    '/law-study/laws',
    {
      config: { access: 'law-study:session:read' },
      schema: {
        tags,
        summary: '学习的法律法规目录',
        querystring: z.object({ townshipId: ZUuid.optional() }).strict(),
        response: { 200: z.array(ZStudyLaw) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const rows = await listLaws(ctx.db, readableTownship(auth.scope, auth.user.townshipId, request.query.townshipId));
      return rows.map((r) => ({ id: r.id, name: r.name, sortOrder: r.sortOrder }));
    },
  );

  app.post(
    '/law-study/laws',
    {
      config: { access: 'law-study:session:write' },
      schema: { tags, summary: '在学习目录中新增法律法规', body: ZCreateStudyLawRequest, response: { 201: ZStudyLaw } },
    },
    async (request, reply) => {
      const row = await createLaw(ctx, requireAuth(request), request.body.name);
      return reply.code(201).send({ id: row.id, name: row.name, sortOrder: row.sortOrder });
    },
  );

  // ── The roll to pick attendees from (names and orgs only, no personal data) ──
  app.get(
    '/law-study/roll',
    {
      config: { access: 'law-study:session:read' },
      schema: {
        tags,
        summary: '可登记出勤的干部（姓名、单位）',
        querystring: z.object({ townshipId: ZUuid.optional() }).strict(),
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              orgId: z.string(),
              orgName: z.string(),
              isLeader: z.boolean(),
              isCivilServant: z.boolean(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const townshipId = readableTownship(auth.scope, auth.user.townshipId, request.query.townshipId);
      const [roll, orgs] = [await listRoll(ctx.db, townshipId), await listTownshipOrgs(ctx.db, townshipId)];
      const names = new Map(orgs.map((o) => [o.id, o.name]));
      const order = new Map(orgs.map((o, i) => [o.id, i]));
      return roll
        .filter((p) => !p.leftOn)
        .sort((x, y) => (order.get(x.orgId) ?? 0) - (order.get(y.orgId) ?? 0))
        .map((p) => ({
          id: p.id,
          name: p.name,
          orgId: p.orgId,
          orgName: names.get(p.orgId) ?? '',
          isLeader: p.isLeader,
          isCivilServant: p.isCivilServant,
        }));
    },
  );

  // ── Sessions ───────────────────────────────────────────────────────────────
  app.get(
    '/law-study/sessions',
    {
      config: { access: 'law-study:session:read' },
      schema: { tags, summary: '学法活动列表', querystring: ZSessionListQuery, response: { 200: zPage(ZStudySession) } },
    },
    async (request) => getSessions(ctx.db, requireAuth(request), request.query),
  );

  app.get(
    '/law-study/sessions/:id',
    {
      config: { access: 'law-study:session:read' },
      schema: { tags, summary: '一次学法活动及其出勤', params: ZIdParams, response: { 200: ZStudySessionDetail } },
    },
    async (request) => getSession(ctx.db, requireAuth(request), request.params.id),
  );

  app.post(
    '/law-study/sessions',
    {
      config: { access: 'law-study:session:write' },
      schema: { tags, summary: '登记学法活动（含出勤）', body: ZCreateSessionRequest, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createSession(ctx, requireAuth(request), request.body)).id }),
  );

  app.patch(
    '/law-study/sessions/:id',
    {
      config: { access: 'law-study:session:write' },
      schema: { tags, summary: '修改学法活动（含出勤）', params: ZIdParams, body: ZUpdateSessionRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await updateSession(ctx, requireAuth(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.delete(
    '/law-study/sessions/:id',
    {
      config: { access: 'law-study:session:write' },
      schema: { tags, summary: '删除学法活动（软删除）', params: ZIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      await deleteSession(ctx, requireAuth(request), request.params.id);
      return { ok: true as const };
    },
  );

  // ── Self-study ─────────────────────────────────────────────────────────────
  app.get(
    '/law-study/self-studies',
    {
      config: { access: 'law-study:session:read' },
      schema: { tags, summary: '自学、网络学法申报', querystring: ZSelfStudyListQuery, response: { 200: zPage(ZSelfStudy) } },
    },
    async (request) => getSelfStudies(ctx.db, requireAuth(request), request.query),
  );

  app.post(
    '/law-study/self-studies',
    {
      config: { access: 'law-study:self-study:write' },
      schema: { tags, summary: '申报自学学时（附证明）', body: ZCreateSelfStudyRequest, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createSelfStudy(ctx, requireAuth(request), request.body)).id }),
  );

  app.post(
    '/law-study/self-studies/:id/review',
    {
      config: { access: 'law-study:self-study:approve' },
      schema: {
        tags,
        summary: '审核自学学时（通过或退回）',
        params: ZIdParams,
        body: ZReviewSelfStudyRequest,
        response: { 200: ZSelfStudy },
      },
    },
    async (request) => {
      const row = await reviewSelfStudy(ctx, requireAuth(request), request.params.id, request.body);
      const [person] = await findRollPeople(ctx.db, row.townshipId, [row.personId]);
      return presentSelfStudy(row, person?.name ?? '');
    },
  );

  // ── Exams ──────────────────────────────────────────────────────────────────
  app.get(
    '/law-study/exams',
    {
      config: { access: 'law-study:exam:read' },
      schema: { tags, summary: '学法考试列表', querystring: ZYearQuery, response: { 200: z.array(ZExam) } },
    },
    async (request) => getExams(ctx.db, requireAuth(request), request.query.year, request.query.townshipId),
  );

  app.get(
    '/law-study/exams/:id',
    {
      config: { access: 'law-study:exam:read' },
      schema: { tags, summary: '一场考试的成绩与缺考名单', params: ZIdParams, response: { 200: ZExamDetail } },
    },
    async (request) => getExam(ctx.db, requireAuth(request), request.params.id),
  );

  app.post(
    '/law-study/exams',
    {
      config: { access: 'law-study:exam:write' },
      schema: { tags, summary: '新增考试', body: ZCreateExamRequest, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createExam(ctx, requireAuth(request), request.body)).id }),
  );

  app.put(
    '/law-study/exams/:id/scores',
    {
      config: { access: 'law-study:exam:write' },
      schema: {
        tags,
        summary: '录入成绩（按干部更新）',
        params: ZIdParams,
        body: ZSaveScoresRequest,
        response: { 200: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }) },
      },
    },
    async (request) => saveScores(ctx, requireAuth(request), request.params.id, request.body),
  );

  // ── Appointments ───────────────────────────────────────────────────────────
  app.get(
    '/law-study/appointments',
    {
      config: { access: 'law-study:exam:read' },
      schema: { tags, summary: '领导干部任职与任前法律知识考试', querystring: ZYearQuery, response: { 200: z.array(ZAppointment) } },
    },
    async (request) => getAppointments(ctx.db, requireAuth(request), request.query.year, request.query.townshipId),
  );

  app.post(
    '/law-study/appointments',
    {
      config: { access: 'law-study:exam:write' },
      schema: { tags, summary: '登记领导干部任职', body: ZCreateAppointmentRequest, response: { 201: ZCreated } },
    },
    async (request, reply) => reply.code(201).send({ id: (await createAppointment(ctx, requireAuth(request), request.body)).id }),
  );

  // ── Ledger, bulletin, a cadre's hours ──────────────────────────────────────
  app.get(
    '/law-study/ledger',
    {
      config: { access: 'law-study:session:read' },
      schema: { tags, summary: '学时台账：每人、每单位的学时与成绩、未达标与排名', querystring: ZLedgerQuery },
    },
    async (request) => getLedger(ctx.db, requireAuth(request), request.query),
  );

  app.get(
    '/law-study/people/:id/hours',
    {
      config: { access: 'law-study:session:read' },
      schema: {
        tags,
        summary: '一名干部本年度学时与目标',
        params: ZIdParams,
        querystring: z.object({ year: ZYear.optional() }).strict(),
        response: { 200: ZPersonHours },
      },
    },
    async (request) => getPersonHours(ctx.db, requireAuth(request), request.params.id, request.query.year ?? currentYearInChina()),
  );

  const bulletinQuery = z
    .object({
      year: ZYear,
      quarter: z.coerce.number().int().min(1).max(4).optional(),
      format: z.enum(['docx', 'xlsx']),
      townshipId: ZUuid.optional(),
    })
    .strict();
  app.get(
    '/law-study/bulletin',
    {
      config: { access: 'law-study:session:read' },
      schema: { tags, summary: '学法情况通报（Word 公文或 Excel）', querystring: bulletinQuery },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const townshipId = readableTownship(auth.scope, auth.user.townshipId, request.query.townshipId);
      // The bulletin circulates to the whole township: it needs a township-wide view.
      if (auth.scope.orgIds !== null || auth.scope.kind === 'own') throw new AppError('AUTH.FORBIDDEN');
      const { year, format } = request.query;
      const quarter = (request.query.quarter ?? null) as Quarter | null;
      const ledger = await ledgerOf(ctx.db, townshipId, year, quarter);
      const name = `${periodName(year, quarter)}干部学法情况通报`;
      if (format === 'xlsx') return sendFile(reply, XLSX, `${name}.xlsx`, await renderBulletinXlsx(ledger, year, quarter));
      const params = await hoursParamsFor(ctx.db, townshipId, year);
      const note = `年度学时要求为${params.annualHours}学时${quarter ? '（季度按四分之一计）' : ''}${params.prorateForJoiners ? '，年中入职或离职的按在岗天数折算' : ''}`;
      return sendFile(
        reply,
        DOCX,
        `${name}.docx`,
        await renderBulletinDocx(ledger, await townshipName(ctx.db, townshipId), year, quarter, todayInChina(), note),
      );
    },
  );

  // ── Imports (Excel) ────────────────────────────────────────────────────────
  const importRoute = (
    kind: ImportKind,
    path: string,
    access: 'law-study:session:write' | 'law-study:exam:write' | 'law-study:self-study:approve',
    summary: string,
  ) => {
    app.get(
      `/law-study/imports/${path}/template`,
      {
        config: { access },
        schema: { tags, summary: `下载${summary}导入模板` },
      },
      async (_request, reply) =>
        sendFile(
          reply,
          XLSX,
          `${IMPORT_SHEET_NAMES[kind]}导入模板.xlsx`,
          await renderTemplate(IMPORT_SHEET_NAMES[kind], [...IMPORT_COLUMNS[kind]]),
        ),
    );
    app.post(
      `/law-study/imports/${path}`,
      {
        config: { access },
        schema: {
          tags,
          summary: `导入${summary}（multipart/form-data，一个 .xlsx 文件；全部校验通过才写入）`,
          consumes: ['multipart/form-data'],
          querystring: ZImportQuery,
          response: { 200: ZImportResult },
        },
      },
      async (request, reply) => {
        const auth = requireAuth(request);
        const buffer = await readUpload(request, reply, LAW_STUDY_IMPORT_CODES);
        return importSheet(ctx, auth, kind, buffer, request.query.examId);
      },
    );
  };
  importRoute('attendance', 'attendance', 'law-study:session:write', '学法签到（出勤）');
  importRoute('scores', 'scores', 'law-study:exam:write', '考试成绩');
  importRoute('platformHours', 'platform-hours', 'law-study:self-study:approve', '学法平台学时');
};

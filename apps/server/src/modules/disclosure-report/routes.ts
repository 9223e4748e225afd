import { ZEvidenceQuery, ZPublishReportRequest, ZReportQuery, ZReportYearParams, ZSaveReportRequest } from '@yifa/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../platform/files/content-disposition.ts';
import { requireAuth } from '../../platform/http/access.ts';
import { resolveTownship } from '../../platform/policy/township.ts';
import { computeReport } from './use-cases/compute-report.ts';
import { exportReportDocx, exportReportXlsx, reportFileName } from './use-cases/export-report.ts';
import { listEvidence } from './use-cases/list-evidence.ts';
import { publishReport } from './use-cases/publish-report.ts';
import { saveReport } from './use-cases/save-report.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZFormat = z.object({ format: z.enum(['docx', 'xlsx']) }).strict();

function sendFile(reply: FastifyReply, type: string, name: string, body: Buffer) {
  return reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition('attachment', name))
    .header('cache-control', 'no-store')
    .send(body);
}

/** 政府信息公开工作年度报告: the year's tables computed from the records, checked, edited, exported, published. */
export const disclosureReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['disclosure-report'];

  app.get(
    '/disclosure-reports/:year',
    {
      config: { access: 'disclosure-report:report:read' },
      schema: {
        tags,
        summary: '某年度政府信息公开工作年度报告（表二至表四、正文、勾稽校验）',
        params: ZReportYearParams,
        querystring: ZReportQuery,
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const townshipId = await resolveTownship(ctx.db, auth, request.query.townshipId, 'read');
      return (await computeReport(ctx.db, townshipId, request.params.year)).view;
    },
  );

  app.put(
    '/disclosure-reports/:year',
    {
      config: { access: 'disclosure-report:report:write' },
      schema: {
        tags,
        summary: '保存表二（手工填报）与报告正文',
        params: ZReportYearParams,
        querystring: ZReportQuery,
        body: ZSaveReportRequest,
      },
    },
    async (request) => saveReport(ctx, requireAuth(request), request.params.year, request.body, request.query.townshipId),
  );

  app.post(
    '/disclosure-reports/:year/publish',
    {
      config: { access: 'disclosure-report:report:publish' },
      schema: {
        tags,
        summary: '发布年度报告（冻结数据并在政务公开网站公布）',
        params: ZReportYearParams,
        querystring: ZReportQuery,
        body: ZPublishReportRequest,
      },
    },
    async (request) => publishReport(ctx, requireAuth(request), request.params.year, request.body, request.query.townshipId),
  );

  app.get(
    '/disclosure-reports/:year/evidence',
    {
      config: { access: 'disclosure-report:report:read' },
      schema: { tags, summary: '某一数据对应的记录', params: ZReportYearParams, querystring: ZEvidenceQuery },
    },
    async (request) => {
      const auth = requireAuth(request);
      const townshipId = await resolveTownship(ctx.db, auth, request.query.townshipId, 'read');
      return listEvidence(ctx.db, townshipId, request.params.year, request.query);
    },
  );

  app.get(
    '/disclosure-reports/:year/export/:format',
    {
      config: { access: 'disclosure-report:report:read' },
      schema: {
        tags,
        summary: '导出年度报告：Word（公文格式）或 Excel',
        params: ZReportYearParams.extend(ZFormat.shape),
        querystring: ZReportQuery,
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const townshipId = await resolveTownship(ctx.db, auth, request.query.townshipId, 'read');
      const { report } = await computeReport(ctx.db, townshipId, request.params.year);
      return request.params.format === 'docx'
        ? sendFile(reply, DOCX, reportFileName(report, 'docx'), await exportReportDocx(report))
        : sendFile(reply, XLSX, reportFileName(report, 'xlsx'), await exportReportXlsx(report));
    },
  );
};

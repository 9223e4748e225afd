import { disclosureReportApi as api } from '@yifa/domain/disclosure-report';
import type { FastifyPluginAsync } from 'fastify';
import { route } from '../../platform/http/route.ts';
import { sendDownload } from '../../platform/http/send-download.ts';
import { exportReport } from './use-cases/export-report.ts';
import { getReport } from './use-cases/get-report.ts';
import { listEvidence } from './use-cases/list-evidence.ts';
import { publishReport } from './use-cases/publish-report.ts';
import { saveReport } from './use-cases/save-report.ts';

/** 政府信息公开工作年度报告: the year's tables computed from the records, checked, edited, exported, published. */
export const disclosureReportRoutes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;
  route(app, api.get, ({ auth, params, query }) => getReport(ctx, auth, params.year, query));
  route(app, api.save, ({ auth, params, query, body }) => saveReport(ctx, auth, params.year, body, query));
  route(app, api.publish, ({ auth, params, query, body }) => publishReport(ctx, auth, params.year, body, query));
  route(app, api.evidence, ({ auth, params, query }) => listEvidence(ctx, auth, params.year, query));
  route(app, api.exportDocx, async ({ auth, params, query, reply }) =>
    sendDownload(reply, await exportReport(ctx, auth, params.year, query, 'docx')),
  );
  route(app, api.exportXlsx, async ({ auth, params, query, reply }) =>
    sendDownload(reply, await exportReport(ctx, auth, params.year, query, 'xlsx')),
  );
};

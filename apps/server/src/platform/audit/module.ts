import { ZAuditChainReport, ZAuditExportQuery, ZAuditListQuery, ZAuditPage } from '@yifa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../http/access.ts';
import type { YifaModule } from '../modules.ts';
import { exportAudit } from './use-cases/export-audit.ts';
import { listAudit } from './use-cases/list-audit.ts';
import { verifyAudit } from './use-cases/verify-audit.ts';

const tags = ['audit'];

const routes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  app.get(
    '/audit',
    {
      config: { access: 'platform:audit:read' },
      schema: {
        tags,
        summary: '审计日志（按时间、操作人、操作、对象、结果、说明筛选，分页）',
        querystring: ZAuditListQuery,
        response: { 200: ZAuditPage },
      },
    },
    async (request) => listAudit(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/audit/export',
    {
      config: { access: 'platform:audit:export' },
      schema: { tags, summary: '导出审计日志（CSV 或 Excel，筛选条件同列表；导出本身留痕）', querystring: ZAuditExportQuery },
    },
    async (request, reply) => {
      const out = await exportAudit(ctx, requireAuth(request), request.query);
      return reply
        .header('content-type', out.contentType)
        .header(
          'content-disposition',
          `attachment; filename="audit-log.${request.query.format}"; filename*=UTF-8''${encodeURIComponent(out.fileName)}`,
        )
        .header('cache-control', 'no-store')
        .send(out.stream);
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { access: 'platform:audit:read' },
      schema: { tags, summary: '校验审计日志哈希链（系统管理员）', response: { 200: ZAuditChainReport } },
    },
    async (request) => verifyAudit(ctx, requireAuth(request)),
  );
};

/** The audit log pages: list, export, chain check (docs/audit.md). */
export const auditModule: YifaModule = { name: 'audit', routes };

import { auditApi } from '@yifa/domain';
import type { FastifyPluginAsync } from 'fastify';
import { route } from '../http/route.ts';
import { sendDownload } from '../http/send-download.ts';
import type { YifaModule } from '../modules.ts';
import { exportAudit } from './use-cases/export-audit.ts';
import { listAudit } from './use-cases/list-audit.ts';
import { verifyAudit } from './use-cases/verify-audit.ts';

const routes: FastifyPluginAsync = async (app) => {
  const ctx = app.ctx;

  route(app, auditApi.list, ({ auth, query }) => listAudit(ctx, auth, query));

  route(app, auditApi.export, async ({ auth, query, reply }) => {
    const out = await exportAudit(ctx, auth, query);
    return sendDownload(reply, { body: out.stream, fileName: out.fileName, mediaType: out.contentType });
  });

  route(app, auditApi.verify, ({ auth }) => verifyAudit(ctx, auth));
};

/** The audit log pages: list, export, chain check (docs/audit.md). */
export const auditModule: YifaModule = { name: 'audit', routes };

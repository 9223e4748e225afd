import type { Readable } from 'node:stream';
import type { AuditExportQuery } from '@yifa/domain';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import type { AppContext } from '../../http/app-context.ts';
import { EXPORT_CONTENT_TYPES, streamAuditExport } from '../export-writers.ts';
import { filterRange, iterateAuditEntries } from '../repository.ts';
import { writeAudit } from '../write-audit.ts';

export interface AuditExport {
  stream: Readable;
  contentType: string;
  fileName: string;
}

/**
 * Exports the entries the caller may see. Taking the log out of the system is itself a security
 * event (GB/T 22239-2019 §8.1.4.3), so it is logged, with the filters, before the first byte.
 */
export async function exportAudit(ctx: AppContext, auth: AuthContext, query: AuditExportQuery): Promise<AuditExport> {
  const { format, ...filter } = query;
  filterRange(filter); // refuse a bad range with 400 before anything is logged or sent
  await ctx.db.transaction(async (tx) => {
    await writeAudit(tx, actorOf(auth), {
      action: 'platform.audit.export',
      entityType: 'audit_log',
      after: { format, filter },
      detail: `导出审计日志（${format.toUpperCase()}）`,
    });
  });
  const stamp = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  return {
    stream: streamAuditExport(format, iterateAuditEntries(ctx.db, auth.scope, filter)),
    contentType: EXPORT_CONTENT_TYPES[format],
    fileName: `审计日志-${stamp}.${format}`,
  };
}

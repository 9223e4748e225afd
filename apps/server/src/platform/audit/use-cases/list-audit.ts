import type { AuditListQuery, AuditPage } from '@yifa/domain';
import type { AuthContext } from '../../auth/auth-context.ts';
import { toKeysetPage } from '../../db/keyset.ts';
import type { AppContext } from '../../http/app-context.ts';
import { presentAuditEntry } from '../presenter.ts';
import { listAuditEntries } from '../repository.ts';

/** A page of the audit log the caller may see, newest first. Reading is not itself logged. */
export async function listAudit(ctx: AppContext, auth: AuthContext, query: AuditListQuery): Promise<AuditPage> {
  const { after, pageSize, ...filter } = query;
  const { rows, isFirstPage } = await listAuditEntries(ctx.db, auth.scope, filter, { after, pageSize });
  return toKeysetPage(rows, pageSize, isFirstPage, presentAuditEntry);
}

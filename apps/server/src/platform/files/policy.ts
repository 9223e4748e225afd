import { findOrgById } from '../../modules/organisation/index.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import { canWriteTownship } from '../scope/data-scope.ts';

/**
 * Which township and org a new upload belongs to: the uploader's township, and the org asked for
 * (default: the uploader's own org) when it lies inside the uploader's data scope. An org of
 * another township, or one the uploader cannot see, is simply not found.
 */
export async function resolveUploadOwner(
  db: DbOrTx,
  auth: AuthContext,
  orgId: string | undefined,
): Promise<{ townshipId: string; orgId: string }> {
  const townshipId = auth.user.townshipId;
  if (!townshipId || !canWriteTownship(auth.scope, townshipId))
    throw new AppError('AUTH.FORBIDDEN', { detail: 'attachments belong to a township' });
  const wanted = orgId ?? auth.user.orgId ?? townshipId;
  const org = await findOrgById(db, wanted);
  if (!org || org.townshipId !== townshipId) throw new AppError('RECORD.NOT_FOUND', { detail: `org ${wanted}` });
  if (auth.scope.kind !== 'own' && auth.scope.orgIds !== null && !auth.scope.orgIds.includes(org.id)) {
    throw new AppError('RECORD.NOT_FOUND', { detail: `org ${wanted} outside the data scope` });
  }
  return { townshipId, orgId: org.id };
}

/** A file is changed (deleted, attached) only by someone who may write in its township. */
export function assertCanWriteFile(auth: Pick<AuthContext, 'scope'>, file: { townshipId: string }): void {
  if (!canWriteTownship(auth.scope, file.townshipId)) throw new AppError('AUTH.FORBIDDEN', { detail: 'read-only scope' });
}

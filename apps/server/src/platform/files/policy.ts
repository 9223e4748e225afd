import { findOrgById } from '../../modules/organisation/index.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import { canWrite, definePolicy } from '../policy/index.ts';
import { canWriteTownship } from '../scope/data-scope.ts';
import type { FileRow } from './repository.ts';

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

/**
 * What a caller may do to one stored file: see it when it lies in their data scope; delete it only
 * with the write permission in a township they may write (a county reviewer reads only).
 */
export const filePolicy = definePolicy<FileRow, 'delete'>({
  abilities: (auth, file) => ({ delete: canWrite(auth, file, 'platform:file:write') }),
});

import { and, eq, isNull } from 'drizzle-orm';
import { orgs } from '../../modules/organisation/tables.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import { canWriteTownship } from '../scope/data-scope.ts';

/**
 * Whose dictionaries a reader sees: their own township's; a caller who sees several townships (a
 * county reviewer, the system administrator) names one, inside their scope.
 */
export async function resolveReadTownship(db: DbOrTx, auth: AuthContext, requested: string | undefined): Promise<string> {
  const { scope } = auth;
  if (!requested) {
    if (scope.townshipId) return scope.townshipId;
    if (Array.isArray(scope.townshipIds) && scope.townshipIds.length === 1) return scope.townshipIds[0]!;
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'querystring.townshipId', code: 'required', reason: '请选择乡镇（街道）' }],
    });
  }
  if (scope.townshipIds !== 'all') {
    if (!scope.townshipIds.includes(requested)) throw new AppError('RECORD.NOT_FOUND');
    return requested;
  }
  const [township] = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.id, requested), eq(orgs.kind, 'township'), isNull(orgs.deletedAt)))
    .limit(1);
  if (!township) throw new AppError('RECORD.NOT_FOUND');
  return township.id;
}

/** A township administrator edits their own township's dictionaries, and no other's. */
export function writeTownshipOf(auth: AuthContext): string {
  const townshipId = auth.user.townshipId;
  if (!townshipId || !canWriteTownship(auth.scope, townshipId))
    throw new AppError('AUTH.FORBIDDEN', { detail: 'dictionaries belong to a township' });
  return townshipId;
}

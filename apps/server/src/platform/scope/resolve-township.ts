import { and, eq, isNull } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.ts';
import type { DbOrTx } from '../db/client.ts';
import { orgs } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { canWriteTownship } from './data-scope.ts';

/**
 * The township a township-wide request is about: the caller's own, or the one named (a county
 * reviewer or the system administrator must name it). Outside the caller's scope, unknown, or not
 * writable for a write: not found (404), as for any record.
 */
export async function resolveTownship(db: DbOrTx, auth: AuthContext, requested: string | undefined, forWrite: boolean): Promise<string> {
  const townshipId = requested ?? auth.scope.townshipId;
  if (!townshipId) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'querystring.townshipId', code: 'required', reason: '请指定乡镇（街道）' }],
    });
  }
  const isVisible = auth.scope.townshipIds === 'all' || auth.scope.townshipIds.includes(townshipId);
  if (!isVisible || (forWrite && !canWriteTownship(auth.scope, townshipId))) throw new AppError('RECORD.NOT_FOUND');
  const rows = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.id, townshipId), eq(orgs.kind, 'township'), isNull(orgs.deletedAt)))
    .limit(1);
  if (rows.length === 0) throw new AppError('RECORD.NOT_FOUND');
  return townshipId;
}

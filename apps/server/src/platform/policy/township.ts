import { and, eq, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.ts';
import type { DbOrTx } from '../db/client.ts';
import { orgs } from '../../modules/organisation/tables.ts';
import { AppError } from '../http/app-error.ts';
import { canWriteTownship } from '../scope/data-scope.ts';

/** The query parameter every township-wide route takes, with this one name (`?townshipId=`). */
export const TOWNSHIP_PARAM = 'townshipId';

/**
 * The one answer to "which township is this request about, and may the caller act in it?" — for
 * every township-wide read and write of every module:
 * - the caller's own township, or the one named in `?townshipId=`, or — for a county reviewer whose
 *   county has one township — that one; otherwise the caller must name it (400 on
 *   `querystring.townshipId`);
 * - a township outside the caller's scope, or none at all: 404, as for any record;
 * - a township the caller sees but may not change (a county reviewer writing): 403.
 */
export async function resolveTownship(
  db: DbOrTx,
  auth: AuthContext,
  requested: string | undefined,
  mode: 'read' | 'write',
): Promise<string> {
  const townshipId = requestedTownship(auth, requested);
  const rows = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.id, townshipId), eq(orgs.kind, 'township'), isNull(orgs.deletedAt)))
    .limit(1);
  if (rows.length === 0) throw new AppError('RECORD.NOT_FOUND');
  if (mode === 'write' && !canWriteTownship(auth.scope, townshipId)) throw new AppError('AUTH.FORBIDDEN', { detail: 'read-only scope' });
  return townshipId;
}

/**
 * resolveTownship's checks that need no database: which township (400 if the caller must name it)
 * and whether the caller's scope holds it (404). A hot list reads with this and `isLiveTownship` in
 * its own statement, and calls resolveTownship only when its page comes back empty (to tell "no such
 * township" from "nothing yet"), saving a round trip on every page.
 */
export function requestedTownship(auth: AuthContext, requested: string | undefined): string {
  const townshipId = requested ?? auth.scope.townshipId ?? onlyTownshipOf(auth);
  if (!townshipId) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: `querystring.${TOWNSHIP_PARAM}`, code: 'required', reason: '请指定乡镇（街道）' }],
    });
  }
  const isVisible = auth.scope.townshipIds === 'all' || auth.scope.townshipIds.includes(townshipId);
  if (!isVisible) throw new AppError('RECORD.NOT_FOUND');
  return townshipId;
}

/**
 * A condition true when `townshipId` is a live township, as resolveTownship checks it. Uncorrelated:
 * PostgreSQL evaluates it once per statement (an InitPlan, one primary-key lookup), so a list's
 * `where` may carry it and return no rows for a township that is gone.
 */
export function isLiveTownship(townshipId: SQLWrapper): SQL {
  return sql`(select true from orgs o where o.id = ${townshipId} and o.kind = 'township' and o.deleted_at is null limit 1) is not null`;
}

/** A caller above townships who sees exactly one (a county reviewer of a one-township county) needn't name it. */
function onlyTownshipOf(auth: AuthContext): string | null {
  const ids = auth.scope.townshipIds;
  return ids !== 'all' && ids.length === 1 ? ids[0]! : null;
}

import type { publicityApi } from '@yifa/domain/publicity';
import { type KeysetPage, type QueryOf } from '@yifa/domain';
import { type Activity } from '@yifa/domain/publicity';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { requestedTownship, resolveTownship } from '../../../platform/policy/index.ts';
import { listActivities as activitiesPage } from '../activity-list.ts';
import { presentActivityListRow } from '../presenter.ts';

/**
 * A page of the activities the caller sees (their scope's, and those held in their village), newest
 * first, by cursor. The page's statement also checks that the township is live; only an empty page
 * asks resolveTownship whether it is the township that is missing (404) or the list.
 */
export async function listActivities(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof publicityApi.listActivities>,
): Promise<KeysetPage<Activity>> {
  const townshipId = requestedTownship(auth, query.townshipId);
  const { rows, isFirstPage } = await activitiesPage(ctx.db, auth.scope, townshipId, query);
  if (rows.length === 0) await resolveTownship(ctx.db, auth, townshipId, 'read');
  return toKeysetPage(rows, query.pageSize, isFirstPage, (r) => presentActivityListRow(auth, r));
}

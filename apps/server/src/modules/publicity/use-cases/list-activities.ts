import type { publicityApi } from '@yifa/domain/publicity';
import { type QueryOf } from '@yifa/domain';
import { type Activity } from '@yifa/domain/publicity';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { loadLookups } from '../lookups.ts';
import { presentActivity } from '../presenter.ts';
import { listActivities as activitiesPage } from '../repository.ts';

/** A page of the activities the caller sees (their scope's, and those held in their village), newest first. */
export async function listActivities(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof publicityApi.listActivities>,
): Promise<{ items: Activity[]; total: number; page: number; pageSize: number }> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  const { rows, total } = await activitiesPage(ctx.db, auth.scope, townshipId, query);
  const lk = await loadLookups(ctx.db, townshipId, {
    campaignIds: rows.flatMap((r) => (r.campaignId ? [r.campaignId] : [])),
    dutyItemIds: rows.flatMap((r) => (r.dutyItemId ? [r.dutyItemId] : [])),
  });
  return { items: rows.map((r) => presentActivity(auth, r, lk)), total, page: query.page, pageSize: query.pageSize };
}

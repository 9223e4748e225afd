import type { publicityApi } from '@yifa/domain/publicity';
import { type QueryOf } from '@yifa/domain';
import { type Summary } from '@yifa/domain/publicity';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { loadLookups } from '../lookups.ts';
import { activitiesOfYear } from '../repository.ts';
import { summarise } from '../summary.ts';

/** The year's publicity figures of the activities the caller may see. */
export async function buildSummary(ctx: AppContext, auth: AuthContext, query: QueryOf<typeof publicityApi.summary>): Promise<Summary> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  const activities = await activitiesOfYear(ctx.db, auth.scope, townshipId, query.year);
  const lk = await loadLookups(ctx.db, townshipId, { campaignIds: activities.flatMap((a) => (a.campaignId ? [a.campaignId] : [])) });
  return summarise(activities, lk, query.year, auth.scope.orgIds);
}

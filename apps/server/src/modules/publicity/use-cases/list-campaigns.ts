import type { publicityApi } from '@yifa/domain/publicity';
import { type QueryOf } from '@yifa/domain';
import { type Campaign } from '@yifa/domain/publicity';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentCampaign } from '../presenter.ts';
import { listCampaignsShown } from '../repository.ts';

/** A township's publicity calendar of a year, each campaign with its number of activities. */
export async function listCampaigns(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof publicityApi.listCampaigns>,
): Promise<Campaign[]> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  const rows = await listCampaignsShown(ctx.db, auth.scope, townshipId, query.year);
  return rows.map((r) => presentCampaign(auth, r.row, r.themeLabelZh, r.activityCount));
}

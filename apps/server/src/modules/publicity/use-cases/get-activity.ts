import type { Activity } from '@yifa/domain/publicity';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { listAttachedFiles } from '../../../platform/files/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { ACTIVITY_ENTITY } from '../activity-values.ts';
import { loadLookups } from '../lookups.ts';
import { activityPolicy } from '../policy.ts';
import { presentActivity } from '../presenter.ts';
import { findActivity } from '../repository.ts';

/** One activity with its photos and the caller's abilities on it. */
export async function getActivity(ctx: AppContext, auth: AuthContext, id: string): Promise<Activity> {
  const row = await findActivity(ctx.db, auth.scope, id);
  if (!row || !activityPolicy.visible(auth, row)) throw new AppError('RECORD.NOT_FOUND');
  const lk = await loadLookups(ctx.db, row.townshipId, {
    campaignIds: row.campaignId ? [row.campaignId] : [],
    dutyItemIds: row.dutyItemId ? [row.dutyItemId] : [],
  });
  return presentActivity(auth, row, lk, await listAttachedFiles(ctx.db, auth.scope, ACTIVITY_ENTITY, row.id));
}

import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { ACTIVITY_ENTITY } from '../activity-values.ts';
import { activityPolicy } from '../policy.ts';
import { auditActivity } from '../presenter.ts';
import { findActivity } from '../repository.ts';
import { publicityActivities } from '../tables.ts';

/** Soft delete of an activity (its audit entry keeps what it said). */
export async function deleteActivity(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const old = authorize(activityPolicy, auth, await findActivity(tx, auth.scope, id), 'delete');
    await tx
      .update(publicityActivities)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: old.version + 1 })
      .where(eq(publicityActivities.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.activity.delete',
      entityType: ACTIVITY_ENTITY,
      entityId: id,
      townshipId: old.townshipId,
      before: auditActivity(old),
    });
  });
}

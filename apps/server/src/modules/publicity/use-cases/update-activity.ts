import type { publicityApi } from '@yifa/domain/publicity';
import { type BodyOf } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { attachFiles, detachFiles, listAttachedFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { ACTIVITY_ENTITY, activityValues } from '../activity-values.ts';
import { activityPolicy } from '../policy.ts';
import { auditActivity } from '../presenter.ts';
import { findActivity, type ActivityRow } from '../repository.ts';
import { publicityActivities } from '../tables.ts';

/** Changes an activity its organiser recorded; the attachments given replace the ones linked before. */
export async function updateActivity(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof publicityApi.updateActivity>,
): Promise<ActivityRow> {
  return ctx.db.transaction(async (tx) => {
    const old = authorize(activityPolicy, auth, await findActivity(tx, auth.scope, id), 'update');
    if (old.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const values = await activityValues(tx, auth, old.townshipId, input, old);
    const [row] = await tx
      .update(publicityActivities)
      .set({ ...values, version: old.version + 1, updatedAt: new Date(), updatedBy: auth.user.id })
      .where(and(eq(publicityActivities.id, id), eq(publicityActivities.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    let attachmentIds: string[] | undefined;
    if (input.attachmentIds) {
      const before = (await listAttachedFiles(tx, auth.scope, ACTIVITY_ENTITY, id)).map((f) => f.id);
      await detachFiles(
        tx,
        auth.scope,
        before.filter((f) => !input.attachmentIds!.includes(f)),
        ACTIVITY_ENTITY,
        id,
      );
      attachmentIds = (await attachFiles(tx, auth.scope, input.attachmentIds, ACTIVITY_ENTITY, id)).map((f) => f.id);
    }
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.activity.update',
      entityType: ACTIVITY_ENTITY,
      entityId: id,
      townshipId: old.townshipId,
      before: auditActivity(old),
      after: { ...auditActivity(row), ...(attachmentIds ? { attachmentIds } : {}) },
    });
    return row;
  });
}

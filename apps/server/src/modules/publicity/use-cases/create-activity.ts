import type { publicityApi } from '@yifa/domain/publicity';
import { type BodyOf } from '@yifa/domain';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { ACTIVITY_ENTITY, activityValues } from '../activity-values.ts';
import { auditActivity } from '../presenter.ts';
import type { ActivityRow } from '../repository.ts';
import { publicityActivities } from '../tables.ts';

/** Records one publicity event with its photos (attachments linked in the same transaction). */
export async function createActivity(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof publicityApi.createActivity>,
): Promise<ActivityRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    const values = await activityValues(tx, auth, townshipId, input, null);
    const [row] = await tx
      .insert(publicityActivities)
      .values({ townshipId, ...values, createdBy: auth.user.id, updatedBy: auth.user.id })
      .returning();
    const files = await attachFiles(tx, auth.scope, input.attachmentIds ?? [], ACTIVITY_ENTITY, row!.id);
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.activity.create',
      entityType: ACTIVITY_ENTITY,
      entityId: row!.id,
      townshipId,
      after: { ...auditActivity(row!), attachmentIds: files.map((f) => f.id) },
    });
    return row!;
  });
}

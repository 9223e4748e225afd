import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { dutyItemPolicy } from '../policy.ts';
import { auditDutyItem } from '../presenter.ts';
import { countActivitiesBy, findDutyItem } from '../repository.ts';
import { publicityDutyItems } from '../tables.ts';

/** Soft delete; refused while activities are linked to it (they are its evidence). */
export async function deleteDutyItem(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const old = authorize(dutyItemPolicy, auth, await findDutyItem(tx, auth.scope, id), 'delete');
    if (((await countActivitiesBy(tx, 'dutyItemId', [id])).get(id) ?? 0) > 0) throw new AppError('PUBLICITY.IN_USE');
    await tx
      .update(publicityDutyItems)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: old.version + 1 })
      .where(eq(publicityDutyItems.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.duty.delete',
      entityType: 'publicityDutyItem',
      entityId: id,
      townshipId: old.townshipId,
      before: auditDutyItem(old),
    });
  });
}

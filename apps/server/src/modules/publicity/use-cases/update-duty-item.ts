import type { publicityApi } from '@yifa/domain/publicity';
import { type BodyOf } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { assertAudiences } from '../audiences.ts';
import { dutyItemPolicy } from '../policy.ts';
import { auditDutyItem } from '../presenter.ts';
import { findDutyItem, type DutyItemRow } from '../repository.ts';
import { publicityDutyItems } from '../tables.ts';

/** Changes a line of an office's duty list (its office and year stay). */
export async function updateDutyItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof publicityApi.updateDutyItem>,
): Promise<DutyItemRow> {
  return ctx.db.transaction(async (tx) => {
    const old = authorize(dutyItemPolicy, auth, await findDutyItem(tx, auth.scope, id), 'update');
    if (old.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    await assertAudiences(tx, old.townshipId, input.audienceTypes, old.audienceTypes);
    const [row] = await tx
      .update(publicityDutyItems)
      .set({
        laws: input.laws,
        audienceTypes: input.audienceTypes,
        measures: input.measures,
        plannedMonths: [...input.plannedMonths].sort((a, b) => a - b),
        responsible: input.responsible ?? null,
        version: old.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(publicityDutyItems.id, id), eq(publicityDutyItems.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.duty.update',
      entityType: 'publicityDutyItem',
      entityId: id,
      townshipId: old.townshipId,
      before: auditDutyItem(old),
      after: auditDutyItem(row),
    });
    return row;
  });
}

import type { DutyItemInput, UpdateDutyItemRequest } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { assertDictionaryCode } from '../../../platform/dictionaries/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/township.ts';
import { assertCanChange, assertOrgUsable } from '../policy.ts';
import { countActivitiesBy, findDutyItem, townshipOrgs, type DutyItemRow } from '../repository.ts';
import { publicityDutyItems } from '../tables.ts';

const auditCopy = (r: DutyItemRow) => ({
  orgId: r.orgId,
  year: r.year,
  laws: r.laws,
  audienceTypes: r.audienceTypes,
  measures: r.measures,
  plannedMonths: r.plannedMonths,
  responsible: r.responsible,
});

async function assertAudiences(tx: DbOrTx, townshipId: string, codes: string[], old: string[] = []) {
  for (const [i, code] of codes.entries()) {
    await assertDictionaryCode(tx, townshipId, 'audienceType', code, {
      field: `body.audienceTypes.${i}`,
      allowInactive: old.includes(code),
    });
  }
}

/** Adds a line to an office's 普法责任清单 of a year (谁执法谁普法: the office publicises the laws it enforces). */
export async function createDutyItem(ctx: AppContext, auth: AuthContext, input: DutyItemInput): Promise<DutyItemRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    const org = (await townshipOrgs(tx, townshipId)).find((o) => o.id === input.orgId);
    assertOrgUsable(auth.scope, townshipId, org, 'duty');
    await assertAudiences(tx, townshipId, input.audienceTypes);
    const [row] = await tx
      .insert(publicityDutyItems)
      .values({
        townshipId,
        orgId: input.orgId,
        year: input.year,
        laws: input.laws,
        audienceTypes: input.audienceTypes,
        measures: input.measures,
        plannedMonths: [...input.plannedMonths].sort((a, b) => a - b),
        responsible: input.responsible ?? null,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.duty.create',
      entityType: 'publicityDutyItem',
      entityId: row!.id,
      townshipId,
      after: auditCopy(row!),
    });
    return row!;
  });
}

export async function updateDutyItem(ctx: AppContext, auth: AuthContext, id: string, input: UpdateDutyItemRequest): Promise<DutyItemRow> {
  return ctx.db.transaction(async (tx) => {
    const old = await findDutyItem(tx, auth.scope, id);
    if (!old) throw new AppError('RECORD.NOT_FOUND');
    assertCanChange(auth.scope, old);
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
      before: auditCopy(old),
      after: auditCopy(row),
    });
    return row;
  });
}

/** Soft delete; refused while activities are linked to it (they are its evidence). */
export async function deleteDutyItem(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const old = await findDutyItem(tx, auth.scope, id);
    if (!old) throw new AppError('RECORD.NOT_FOUND');
    assertCanChange(auth.scope, old);
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
      before: auditCopy(old),
    });
  });
}

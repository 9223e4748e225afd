import type { publicityApi } from '@yifa/domain/publicity';
import { type BodyOf } from '@yifa/domain';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { assertAudiences } from '../audiences.ts';
import { assertOrgUsable } from '../policy.ts';
import { auditDutyItem } from '../presenter.ts';
import { townshipOrgs, type DutyItemRow } from '../repository.ts';
import { publicityDutyItems } from '../tables.ts';

/** Adds a line to an office's 普法责任清单 of a year (谁执法谁普法: the office publicises the laws it enforces). */
export async function createDutyItem(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof publicityApi.createDutyItem>,
): Promise<DutyItemRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    const org = (await townshipOrgs(tx, townshipId)).find((o) => o.id === input.orgId);
    assertOrgUsable(auth, townshipId, org, 'duty');
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
      after: auditDutyItem(row!),
    });
    return row!;
  });
}

import { type BodyOf } from '@yifa/domain';
import { periodOfKey, type proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { VILLAGE_DISCLOSURE_ENTITY } from '../entities.ts';
import { filingPolicy } from '../policy.ts';
import { findLiveVillageDisclosure, findOrgInfo, type VillageDisclosureRow } from '../repository.ts';
import { pdVillageDisclosures } from '../tables.ts';

/**
 * 村务公开 (《村民委员会组织法》第三十条) or 党务公开 (《中国共产党党务公开条例（试行）》) of a village
 * for one month or quarter: what was posted, when, with photos.
 */
export async function createVillageDisclosure(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof proactiveDisclosureApi.createVillageDisclosure>,
): Promise<VillageDisclosureRow> {
  return ctx.db.transaction(async (tx) => {
    const org = await findOrgInfo(tx, input.orgId);
    if (!org?.townshipId) throw new AppError('RECORD.NOT_FOUND');
    authorize(filingPolicy, auth, { townshipId: org.townshipId, orgId: org.id }, 'board');
    if (org.kind !== 'village' && org.kind !== 'community') throw new AppError('PROACTIVE_DISCLOSURE.NOT_A_VILLAGE');
    const period = periodOfKey(input.periodKey);
    if (input.disclosedOn > todayInChina()) {
      throw new AppError('REQUEST.VALIDATION_FAILED', {
        invalidParams: [{ name: 'body.disclosedOn', code: 'invalid', reason: '公开日期不能晚于今天' }],
      });
    }
    if (await findLiveVillageDisclosure(tx, org.id, input.kind, input.periodKey))
      throw new AppError('PROACTIVE_DISCLOSURE.DISCLOSURE_EXISTS');
    const [row] = await tx
      .insert(pdVillageDisclosures)
      .values({
        townshipId: org.townshipId,
        orgId: org.id,
        kind: input.kind,
        periodKey: period.key,
        year: Number(period.start.slice(0, 4)),
        disclosedOn: input.disclosedOn,
        contentSummary: input.contentSummary,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    await attachFiles(tx, auth.scope, attachmentIds, VILLAGE_DISCLOSURE_ENTITY, row!.id);
    await writeAudit(tx, actorOf(auth), {
      action: `proactive-disclosure.${input.kind}.create`,
      entityType: VILLAGE_DISCLOSURE_ENTITY,
      entityId: row!.id,
      townshipId: org.townshipId,
      after: { ...row, attachmentIds },
    });
    return row!;
  });
}

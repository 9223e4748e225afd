import type { publicityApi } from '@yifa/domain/publicity';
import { type BodyOf } from '@yifa/domain';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { assertDictionaryCode } from '../../../platform/dictionaries/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize, resolveTownship } from '../../../platform/policy/index.ts';
import { calendarPolicy } from '../policy.ts';
import { auditCampaign } from '../presenter.ts';
import type { CampaignRow } from '../repository.ts';
import { publicityCampaigns } from '../tables.ts';

/** Adds a themed period to the township's publicity calendar (its year is the year it starts in). */
export async function createCampaign(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof publicityApi.createCampaign>,
): Promise<CampaignRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  // A campaign belongs to the township itself: may this caller plan the township's calendar?
  authorize(calendarPolicy, auth, { townshipId, orgId: townshipId }, 'plan');
  return ctx.db.transaction(async (tx) => {
    await assertDictionaryCode(tx, townshipId, 'campaignTheme', input.theme, { field: 'body.theme' });
    const [row] = await tx
      .insert(publicityCampaigns)
      .values({
        townshipId,
        orgId: townshipId,
        year: Number(input.startDate.slice(0, 4)),
        theme: input.theme,
        name: input.name,
        startDate: input.startDate,
        endDate: input.endDate,
        notes: input.notes ?? null,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.campaign.create',
      entityType: 'publicityCampaign',
      entityId: row!.id,
      townshipId,
      after: auditCampaign(row!),
    });
    return row!;
  });
}

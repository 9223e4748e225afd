import type { publicityApi } from '@yifa/domain/publicity';
import { type BodyOf } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { assertDictionaryCode } from '../../../platform/dictionaries/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { campaignPolicy } from '../policy.ts';
import { auditCampaign } from '../presenter.ts';
import { findCampaign, type CampaignRow } from '../repository.ts';
import { publicityCampaigns } from '../tables.ts';

/** Changes a campaign of the township's calendar (optimistic: the version the clerk edited). */
export async function updateCampaign(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof publicityApi.updateCampaign>,
): Promise<CampaignRow> {
  return ctx.db.transaction(async (tx) => {
    const old = authorize(campaignPolicy, auth, await findCampaign(tx, auth.scope, id), 'update');
    if (old.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    await assertDictionaryCode(tx, old.townshipId, 'campaignTheme', input.theme, {
      field: 'body.theme',
      allowInactive: input.theme === old.theme,
    });
    const [row] = await tx
      .update(publicityCampaigns)
      .set({
        year: Number(input.startDate.slice(0, 4)),
        theme: input.theme,
        name: input.name,
        startDate: input.startDate,
        endDate: input.endDate,
        notes: input.notes ?? null,
        version: old.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(publicityCampaigns.id, id), eq(publicityCampaigns.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.campaign.update',
      entityType: 'publicityCampaign',
      entityId: id,
      townshipId: old.townshipId,
      before: auditCampaign(old),
      after: auditCampaign(row),
    });
    return row;
  });
}

import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { campaignPolicy } from '../policy.ts';
import { auditCampaign } from '../presenter.ts';
import { countActivitiesBy, findCampaign } from '../repository.ts';
import { publicityCampaigns } from '../tables.ts';

/** Soft delete; refused while activities are linked to it (they would lose their campaign). */
export async function deleteCampaign(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const old = authorize(campaignPolicy, auth, await findCampaign(tx, auth.scope, id), 'delete');
    if (((await countActivitiesBy(tx, 'campaignId', [id])).get(id) ?? 0) > 0) throw new AppError('PUBLICITY.IN_USE');
    await tx
      .update(publicityCampaigns)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: old.version + 1 })
      .where(eq(publicityCampaigns.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.campaign.delete',
      entityType: 'publicityCampaign',
      entityId: id,
      townshipId: old.townshipId,
      before: auditCampaign(old),
    });
  });
}

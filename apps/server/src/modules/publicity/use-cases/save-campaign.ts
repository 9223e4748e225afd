import type { CampaignInput, UpdateCampaignRequest } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { assertDictionaryCode } from '../../../platform/dictionaries/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/township.ts';
import { assertCanChangeCampaigns } from '../policy.ts';
import { countActivitiesBy, findCampaign, type CampaignRow } from '../repository.ts';
import { publicityCampaigns } from '../tables.ts';

const auditCopy = (r: CampaignRow) => ({
  year: r.year,
  theme: r.theme,
  name: r.name,
  startDate: r.startDate,
  endDate: r.endDate,
  notes: r.notes,
});

/** Adds a themed period to the township's publicity calendar (its year is the year it starts in). */
export async function createCampaign(
  ctx: AppContext,
  auth: AuthContext,
  input: CampaignInput,
  requestedTownshipId?: string,
): Promise<CampaignRow> {
  const townshipId = await resolveTownship(ctx.db, auth, requestedTownshipId, 'write');
  assertCanChangeCampaigns(auth.scope, townshipId);
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
      after: auditCopy(row!),
    });
    return row!;
  });
}

export async function updateCampaign(ctx: AppContext, auth: AuthContext, id: string, input: UpdateCampaignRequest): Promise<CampaignRow> {
  return ctx.db.transaction(async (tx) => {
    const old = await findCampaign(tx, auth.scope, id);
    if (!old) throw new AppError('RECORD.NOT_FOUND');
    assertCanChangeCampaigns(auth.scope, old.townshipId);
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
      before: auditCopy(old),
      after: auditCopy(row),
    });
    return row;
  });
}

/** Soft delete; refused while activities are linked to it (they would lose their campaign). */
export async function deleteCampaign(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const old = await findCampaign(tx, auth.scope, id);
    if (!old) throw new AppError('RECORD.NOT_FOUND');
    assertCanChangeCampaigns(auth.scope, old.townshipId);
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
      before: auditCopy(old),
    });
  });
}

import type { ActivityInput, UpdateActivityRequest } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { assertDictionaryCode } from '../../../platform/dictionaries/index.ts';
import { attachFiles, detachFiles, listAttachedFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import type { DataScope } from '../../../platform/scope/data-scope.ts';
import { resolveTownship } from '../../../platform/policy/township.ts';
import { assertCanChange, assertOrgUsable } from '../policy.ts';
import { auditActivity } from '../presenter.ts';
import { findActivity, townshipOrgs, type ActivityRow } from '../repository.ts';
import { publicityActivities, publicityCampaigns, publicityDutyItems } from '../tables.ts';

export const ACTIVITY_ENTITY = 'publicityActivity';

/** Checks the references of an activity and returns the columns to store. */
async function validate(tx: DbOrTx, scope: DataScope, townshipId: string, input: ActivityInput, old: ActivityRow | null) {
  const orgs = await townshipOrgs(tx, townshipId);
  const org = assertOrgUsable(
    scope,
    townshipId,
    orgs.find((o) => o.id === input.orgId),
    'activity',
  );
  // An activity a village organises reaches that village unless another one is named.
  const villageId = input.villageId ?? (org.kind === 'village' || org.kind === 'community' ? org.id : null);
  if (villageId) {
    const village = orgs.find((o) => o.id === villageId);
    if (!village || (village.kind !== 'village' && village.kind !== 'community')) {
      throw new AppError('PUBLICITY.INVALID_VILLAGE', {
        invalidParams: [{ name: 'body.villageId', code: 'invalid', reason: '所选村（社区）不属于本乡镇（街道）' }],
      });
    }
  }
  const keep = (field: 'venueType' | 'channel' | 'audienceType', code: string) => !!old && old[field] === code;
  await assertDictionaryCode(tx, townshipId, 'venueType', input.venueType, {
    field: 'body.venueType',
    allowInactive: keep('venueType', input.venueType),
  });
  await assertDictionaryCode(tx, townshipId, 'channel', input.channel, {
    field: 'body.channel',
    allowInactive: keep('channel', input.channel),
  });
  if (input.audienceType) {
    await assertDictionaryCode(tx, townshipId, 'audienceType', input.audienceType, {
      field: 'body.audienceType',
      allowInactive: keep('audienceType', input.audienceType),
    });
  }
  if (input.campaignId) {
    const [c] = await tx
      .select({ id: publicityCampaigns.id, deletedAt: publicityCampaigns.deletedAt, year: publicityCampaigns.year })
      .from(publicityCampaigns)
      .where(and(eq(publicityCampaigns.id, input.campaignId), eq(publicityCampaigns.townshipId, townshipId)))
      .limit(1);
    if (!c || (c.deletedAt && old?.campaignId !== c.id)) {
      throw new AppError('PUBLICITY.INVALID_CAMPAIGN', {
        invalidParams: [{ name: 'body.campaignId', code: 'invalid', reason: '所选主题活动不存在' }],
      });
    }
    // An activity counts toward its campaign's year (coverage, the annual report): it must be held in it.
    if (c.year !== Number(input.date.slice(0, 4))) {
      throw new AppError('PUBLICITY.DATE_OUTSIDE_YEAR', {
        invalidParams: [{ name: 'body.date', code: 'invalid', reason: `活动日期应在主题活动年度（${c.year}年）内` }],
      });
    }
  }
  if (input.dutyItemId) {
    // The activity carries out a line of the organiser's own duty list (谁执法谁普法), of the activity's year.
    const [d] = await tx
      .select()
      .from(publicityDutyItems)
      .where(and(eq(publicityDutyItems.id, input.dutyItemId), eq(publicityDutyItems.townshipId, townshipId)))
      .limit(1);
    if (!d || d.deletedAt || d.orgId !== input.orgId) {
      throw new AppError('PUBLICITY.INVALID_DUTY_ITEM', {
        invalidParams: [{ name: 'body.dutyItemId', code: 'invalid', reason: '所选责任清单事项不属于组织单位' }],
      });
    }
    if (d.year !== Number(input.date.slice(0, 4))) {
      throw new AppError('PUBLICITY.DATE_OUTSIDE_YEAR', {
        invalidParams: [{ name: 'body.date', code: 'invalid', reason: `活动日期应在责任清单年度（${d.year}年）内` }],
      });
    }
  }
  return {
    orgId: input.orgId,
    date: input.date,
    title: input.title,
    campaignId: input.campaignId ?? null,
    dutyItemId: input.dutyItemId ?? null,
    venueType: input.venueType,
    villageId,
    channel: input.channel,
    audienceType: input.audienceType ?? null,
    audienceCount: input.audienceCount,
    materialsCount: input.materialsCount,
    caseReference: input.caseReference || null,
    summary: input.summary || null,
  };
}

/** Records one publicity event with its photos (attachments linked in the same transaction). */
export async function createActivity(ctx: AppContext, auth: AuthContext, input: ActivityInput): Promise<ActivityRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    const values = await validate(tx, auth.scope, townshipId, input, null);
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

export async function updateActivity(ctx: AppContext, auth: AuthContext, id: string, input: UpdateActivityRequest): Promise<ActivityRow> {
  return ctx.db.transaction(async (tx) => {
    const old = await findActivity(tx, auth.scope, id);
    if (!old) throw new AppError('RECORD.NOT_FOUND');
    assertCanChange(auth.scope, old);
    if (old.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const values = await validate(tx, auth.scope, old.townshipId, input, old);
    const [row] = await tx
      .update(publicityActivities)
      .set({ ...values, version: old.version + 1, updatedAt: new Date(), updatedBy: auth.user.id })
      .where(and(eq(publicityActivities.id, id), eq(publicityActivities.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    let attachmentIds: string[] | undefined;
    if (input.attachmentIds) {
      const before = (await listAttachedFiles(tx, auth.scope, ACTIVITY_ENTITY, id)).map((f) => f.id);
      await detachFiles(
        tx,
        auth.scope,
        before.filter((f) => !input.attachmentIds!.includes(f)),
        ACTIVITY_ENTITY,
        id,
      );
      attachmentIds = (await attachFiles(tx, auth.scope, input.attachmentIds, ACTIVITY_ENTITY, id)).map((f) => f.id);
    }
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.activity.update',
      entityType: ACTIVITY_ENTITY,
      entityId: id,
      townshipId: old.townshipId,
      before: auditActivity(old),
      after: { ...auditActivity(row), ...(attachmentIds ? { attachmentIds } : {}) },
    });
    return row;
  });
}

export async function deleteActivity(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const old = await findActivity(tx, auth.scope, id);
    if (!old) throw new AppError('RECORD.NOT_FOUND');
    assertCanChange(auth.scope, old);
    await tx
      .update(publicityActivities)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: old.version + 1 })
      .where(eq(publicityActivities.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.activity.delete',
      entityType: ACTIVITY_ENTITY,
      entityId: id,
      townshipId: old.townshipId,
      before: auditActivity(old),
    });
  });
}

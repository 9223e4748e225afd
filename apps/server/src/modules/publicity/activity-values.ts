import type { publicityApi } from '@yifa/domain/publicity';
import { type BodyOf } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { assertDictionaryCode } from '../../platform/dictionaries/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { assertOrgUsable } from './policy.ts';
import { townshipOrgs, type ActivityRow } from './repository.ts';
import { publicityCampaigns, publicityDutyItems } from './tables.ts';

/** What links an activity's attachments to it (platform/files). */
export const ACTIVITY_ENTITY = 'publicityActivity';

/** Checks the references of an activity (create and update) and returns the columns to store. */
export async function activityValues(
  tx: DbOrTx,
  auth: AuthContext,
  townshipId: string,
  input: BodyOf<typeof publicityApi.createActivity>,
  old: ActivityRow | null,
) {
  const orgs = await townshipOrgs(tx, townshipId);
  const org = assertOrgUsable(
    auth,
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
  // The input's fields are the activity's columns (ZActivityInput): a new field needs no line here.
  const { attachmentIds: _attachments, ...fields } = input;
  return {
    ...fields,
    campaignId: input.campaignId ?? null,
    dutyItemId: input.dutyItemId ?? null,
    villageId,
    audienceType: input.audienceType ?? null,
    caseReference: input.caseReference || null,
    summary: input.summary || null,
  };
}

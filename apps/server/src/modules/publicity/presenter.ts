import type { FileInfo } from '@yifa/domain';
import type { Activity, Campaign, DutyItem, DutyItemState } from '@yifa/domain/publicity';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { auditCopy } from '../../platform/audit/audit-copy.ts';
import { labelOf, type Lookups } from './lookups.ts';
import { activityAbilities, activityPolicy, campaignPolicy } from './policy.ts';
import type { ActivityListRow } from './activity-list.ts';
import type { ActivityRow, CampaignRow, DutyItemRow } from './repository.ts';

// Row → response, with the caller's abilities (policy.ts). Publicity records hold no personal data;
// names and labels come from the lookups.

export function presentCampaign(auth: AuthContext, row: CampaignRow, themeLabelZh: string, activityCount: number): Campaign {
  return {
    id: row.id,
    townshipId: row.townshipId,
    year: row.year,
    theme: row.theme,
    themeLabelZh,
    name: row.name,
    startDate: row.startDate,
    endDate: row.endDate,
    notes: row.notes,
    activityCount,
    version: row.version,
    abilities: campaignPolicy.abilities(auth, row),
  };
}

/** A duty-list line with its state, before the caller's abilities (also for coverage, the ledger and the report). */
export type DutyItemFacts = Omit<DutyItem, 'abilities'>;

export function presentDutyItem(
  row: DutyItemRow,
  lk: Pick<Lookups, 'orgs' | 'audienceType'>,
  state: DutyItemState,
  activityCount: number,
): DutyItemFacts {
  return {
    id: row.id,
    townshipId: row.townshipId,
    orgId: row.orgId,
    orgName: lk.orgs.get(row.orgId)?.name ?? '',
    year: row.year,
    laws: row.laws,
    audienceTypes: row.audienceTypes,
    audienceLabelsZh: row.audienceTypes.map((c) => labelOf(lk.audienceType, c)),
    measures: row.measures,
    plannedMonths: [...row.plannedMonths].sort((a, b) => a - b),
    responsible: row.responsible,
    state,
    activityCount,
    version: row.version,
  };
}

export function presentActivity(auth: AuthContext, row: ActivityRow, lk: Lookups, attachments: FileInfo[] = []): Activity {
  // The row's columns as they are (the record schema, ZActivity, chooses what is answered), plus the
  // names looked up for them: a new column needs no line here.
  return {
    ...row,
    orgName: lk.orgs.get(row.orgId)?.name ?? '',
    campaignName: row.campaignId ? (lk.campaigns.get(row.campaignId) ?? null) : null,
    dutyItemLaws: row.dutyItemId ? (lk.dutyItems.get(row.dutyItemId) ?? null) : null,
    venueTypeLabelZh: labelOf(lk.venueType, row.venueType),
    villageName: row.villageId ? (lk.orgs.get(row.villageId)?.name ?? null) : null,
    channelLabelZh: labelOf(lk.channel, row.channel),
    audienceTypeLabelZh: row.audienceType ? labelOf(lk.audienceType, row.audienceType) : null,
    attachments,
    abilities: activityPolicy.abilities(auth, row),
  };
}

/**
 * A row of the activities list: its names and labels came with it from SQL (activity-list.ts), the
 * same ones `presentActivity` looks up; a list shows no photos.
 */
export function presentActivityListRow(auth: AuthContext, row: ActivityListRow): Activity {
  return {
    id: row.id,
    townshipId: row.townshipId,
    orgId: row.orgId,
    orgName: row.orgName,
    date: row.date,
    title: row.title,
    campaignId: row.campaignId,
    campaignName: row.campaignName,
    dutyItemId: row.dutyItemId,
    dutyItemLaws: row.dutyItemLaws,
    venueType: row.venueType,
    venueTypeLabelZh: row.venueTypeLabelZh,
    villageId: row.villageId,
    villageName: row.villageName,
    channel: row.channel,
    channelLabelZh: row.channelLabelZh,
    audienceType: row.audienceType,
    audienceTypeLabelZh: row.audienceTypeLabelZh,
    audienceCount: row.audienceCount,
    materialsCount: row.materialsCount,
    caseReference: row.caseReference,
    summary: row.summary,
    attachments: [],
    version: row.version,
    abilities: activityAbilities(auth, row),
  };
}

/** The audit copy of a campaign. */
export const auditCampaign = (r: CampaignRow) => ({
  year: r.year,
  theme: r.theme,
  name: r.name,
  startDate: r.startDate,
  endDate: r.endDate,
  notes: r.notes,
});

/** The audit copy of a duty-list line. */
export const auditDutyItem = (r: DutyItemRow) => ({
  orgId: r.orgId,
  year: r.year,
  laws: r.laws,
  audienceTypes: r.audienceTypes,
  measures: r.measures,
  plannedMonths: r.plannedMonths,
  responsible: r.responsible,
});

/** The audit copy of an activity: its own columns (auditCopy), no looked-up names. */
export const auditActivity = (row: ActivityRow) => auditCopy(row);

import type { FileInfo } from '@yifa/domain';
import type { Activity, Campaign, DutyItem, DutyItemState } from '@yifa/domain/publicity';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { labelOf, type Lookups } from './lookups.ts';
import { activityPolicy, campaignPolicy } from './policy.ts';
import type { ActivityRow, CampaignRow, DutyItemRow } from './repository.ts';

// Row → response, with the caller's abilities (policy.ts). Publicity records hold no personal data;
// names and labels come from the lookups.

export function presentCampaign(auth: AuthContext, row: CampaignRow, lk: Lookups, activityCount: number): Campaign {
  return {
    id: row.id,
    townshipId: row.townshipId,
    year: row.year,
    theme: row.theme,
    themeLabelZh: labelOf(lk.campaignTheme, row.theme),
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

export function presentDutyItem(row: DutyItemRow, lk: Lookups, state: DutyItemState, activityCount: number): DutyItemFacts {
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
  return {
    id: row.id,
    townshipId: row.townshipId,
    orgId: row.orgId,
    orgName: lk.orgs.get(row.orgId)?.name ?? '',
    date: row.date,
    title: row.title,
    campaignId: row.campaignId,
    campaignName: row.campaignId ? (lk.campaigns.get(row.campaignId) ?? null) : null,
    dutyItemId: row.dutyItemId,
    dutyItemLaws: row.dutyItemId ? (lk.dutyItems.get(row.dutyItemId) ?? null) : null,
    venueType: row.venueType,
    venueTypeLabelZh: labelOf(lk.venueType, row.venueType),
    villageId: row.villageId,
    villageName: row.villageId ? (lk.orgs.get(row.villageId)?.name ?? null) : null,
    channel: row.channel,
    channelLabelZh: labelOf(lk.channel, row.channel),
    audienceType: row.audienceType,
    audienceTypeLabelZh: row.audienceType ? labelOf(lk.audienceType, row.audienceType) : null,
    audienceCount: row.audienceCount,
    materialsCount: row.materialsCount,
    caseReference: row.caseReference,
    summary: row.summary,
    attachments,
    version: row.version,
    abilities: activityPolicy.abilities(auth, row),
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

/** The audit copy of an activity: its own columns, no looked-up names. */
export const auditActivity = (row: ActivityRow) => ({
  date: row.date,
  title: row.title,
  orgId: row.orgId,
  campaignId: row.campaignId,
  dutyItemId: row.dutyItemId,
  venueType: row.venueType,
  villageId: row.villageId,
  channel: row.channel,
  audienceType: row.audienceType,
  audienceCount: row.audienceCount,
  materialsCount: row.materialsCount,
  caseReference: row.caseReference,
  summary: row.summary,
});

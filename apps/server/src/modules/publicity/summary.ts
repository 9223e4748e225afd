import { monthOfDay, sumBy, type Summary, type SummaryGroup } from '@yifa/domain/publicity';
import { labelOf, type Lookups } from './lookups.ts';
import type { ActivityRow } from './repository.ts';

/**
 * The year's figures a report quotes (法治政府建设年度报告, 普法工作总结): activities, people
 * reached, materials handed out, by venue type, channel, campaign and month. Shared by the summary,
 * the ledger and the annual report's section.
 */
/** `ownOrgIds`: a village cadre's figures count their own village(s) as "the villages". */
export function summarise(activities: ActivityRow[], lk: Lookups, year: number, ownOrgIds: string[] | null = null): Summary {
  const groups = (key: (a: ActivityRow) => string | null, label: (code: string) => string): SummaryGroup[] =>
    [...sumBy(activities, key).entries()]
      .map(([code, s]) => ({ code, labelZh: label(code), ...s }))
      .sort((a, b) => b.activities - a.activities || a.code.localeCompare(b.code));
  const allVillages = lk.orgList.filter((o) => o.kind === 'village' || o.kind === 'community');
  const own = ownOrgIds ? allVillages.filter((v) => ownOrgIds.includes(v.id)) : [];
  const villages = own.length ? own : allVillages;
  const reached = new Set(activities.flatMap((a) => (a.villageId ? [a.villageId] : [])));
  return {
    year,
    totals: {
      activities: activities.length,
      people: activities.reduce((n, a) => n + a.audienceCount, 0),
      materials: activities.reduce((n, a) => n + a.materialsCount, 0),
      villagesReached: villages.filter((v) => reached.has(v.id)).length,
      villages: villages.length,
      caseExplained: activities.filter((a) => a.caseReference).length,
    },
    byVenueType: groups(
      (a) => a.venueType,
      (c) => labelOf(lk.venueType, c),
    ),
    byChannel: groups(
      (a) => a.channel,
      (c) => labelOf(lk.channel, c),
    ),
    byCampaign: groups(
      (a) => a.campaignId,
      (c) => lk.campaigns.get(c) ?? c,
    ),
    byMonth: Array.from({ length: 12 }, (_, i) => {
      const mine = activities.filter((a) => monthOfDay(a.date) === i + 1);
      return { month: i + 1, activities: mine.length, people: mine.reduce((n, a) => n + a.audienceCount, 0) };
    }),
  };
}

import type { publicityApi } from '@yifa/domain/publicity';
import { type QueryOf } from '@yifa/domain';
import { constitutionWeekWindow, isDayWithin, venueMonthMatrix, villageQuarterMatrix, type Coverage } from '@yifa/domain/publicity';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { dutyItemsWithState } from '../duty-item-states.ts';
import { labelOf, loadLookups } from '../lookups.ts';
import { activitiesOfYear, listCampaigns } from '../repository.ts';

/**
 * Where the year's publicity reached: villages × quarters and venue types (法律"六进") × months,
 * from the activities the caller may see, plus the state of every duty-list line and the
 * constitution-week count.
 */
export async function buildCoverage(ctx: AppContext, auth: AuthContext, query: QueryOf<typeof publicityApi.coverage>): Promise<Coverage> {
  const { db } = ctx;
  const { scope } = auth;
  const { year } = query;
  const townshipId = await resolveTownship(db, auth, query.townshipId, 'read');
  const [activities, lk, campaigns, duty] = await Promise.all([
    activitiesOfYear(db, scope, townshipId, year),
    loadLookups(db, townshipId),
    listCampaigns(db, scope, townshipId, year),
    dutyItemsWithState(db, scope, townshipId, year).then((lines) => lines.map((l) => l.item)),
  ]);
  // A village cadre's matrix is their village; an office's or the township's covers every village.
  const allVillages = lk.orgList.filter((o) => o.kind === 'village' || o.kind === 'community');
  const ownVillages = scope.orgIds ? allVillages.filter((v) => scope.orgIds!.includes(v.id)) : [];
  const villages = ownVillages.length ? ownVillages : allVillages;
  const vq = villageQuarterMatrix(
    year,
    villages.map((v) => v.id),
    activities,
  );
  const venueCodes = [...lk.venueType.entries()].filter(([, l]) => l.isActive).map(([c]) => c);
  const vm = venueMonthMatrix(year, venueCodes, activities);
  const window = constitutionWeekWindow(year, campaigns);
  return {
    year,
    villages: villages.map((v) => {
      const quarters = vq.get(v.id)!;
      return { orgId: v.id, name: v.name, quarters, total: quarters.reduce((a, b) => a + b, 0) };
    }),
    venueTypes: [...vm.entries()].map(([code, months]) => ({
      code,
      labelZh: labelOf(lk.venueType, code),
      months,
      total: months.reduce((a, b) => a + b, 0),
    })),
    dutyItems: duty.map((d) => ({
      id: d.id,
      orgId: d.orgId,
      orgName: d.orgName,
      laws: d.laws,
      plannedMonths: d.plannedMonths,
      state: d.state,
      activityCount: d.activityCount,
    })),
    constitutionWeek: { ...window, activityCount: activities.filter((a) => isDayWithin(a.date, window.start, window.end)).length },
  };
}

import { dutyItemState, type DutyItem } from '@yifa/domain';
import { todayInChina } from '../../../platform/calendar/today.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { DataScope } from '../../../platform/scope/data-scope.ts';
import { loadLookups } from '../lookups.ts';
import { presentDutyItem } from '../presenter.ts';
import { activityDatesByDutyItem, listDutyItems } from '../repository.ts';

/**
 * A township's duty lists of a year, each line with its state (done / pending / missed) from the
 * activities linked to it. Offices in tree order; lines in the order they were entered.
 */
export async function listDutyItemsWithState(
  db: DbOrTx,
  scope: DataScope,
  townshipId: string,
  year: number,
  orgId?: string,
  today = todayInChina(),
): Promise<DutyItem[]> {
  const rows = await listDutyItems(db, scope, townshipId, year, orgId);
  const [lk, dates] = await Promise.all([
    loadLookups(db, townshipId),
    activityDatesByDutyItem(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const order = new Map(lk.orgList.map((o, i) => [o.id, i]));
  return rows
    .map((r) => {
      const mine = dates.get(r.id) ?? [];
      return presentDutyItem(
        r,
        lk,
        dutyItemState(
          r,
          mine.map((d) => d.date),
          today,
        ),
        mine.length,
      );
    })
    .sort((a, b) => (order.get(a.orgId) ?? 1e9) - (order.get(b.orgId) ?? 1e9));
}

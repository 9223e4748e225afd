import { dutyItemState } from '@yifa/domain/publicity';
import { todayInChina } from '../../platform/calendar/today.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { DataScope } from '../../platform/scope/data-scope.ts';
import { loadLookups } from './lookups.ts';
import { presentDutyItem, type DutyItemFacts } from './presenter.ts';
import { activityDatesByDutyItem, listDutyItems, type DutyItemRow } from './repository.ts';

/**
 * A township's duty lists of a year, each line with its state (done / pending / missed) from the
 * activities linked to it (谁执法谁普法: a line is carried out by an activity in its planned months).
 * Offices in tree order; lines in the order they were entered. Shared by the list, the coverage,
 * the ledger and the annual report's section.
 */
export async function dutyItemsWithState(
  db: DbOrTx,
  scope: DataScope,
  townshipId: string,
  year: number,
  orgId?: string,
  today = todayInChina(),
): Promise<{ row: DutyItemRow; item: DutyItemFacts }[]> {
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
    .map((row) => {
      const mine = dates.get(row.id) ?? [];
      const state = dutyItemState(
        row,
        mine.map((d) => d.date),
        today,
      );
      return { row, item: presentDutyItem(row, lk, state, mine.length) };
    })
    .sort((a, b) => (order.get(a.row.orgId) ?? 1e9) - (order.get(b.row.orgId) ?? 1e9));
}

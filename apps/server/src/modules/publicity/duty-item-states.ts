import { dutyItemState } from '@yifa/domain/publicity';
import { todayInChina } from '../../platform/calendar/today.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { DataScope } from '../../platform/scope/data-scope.ts';
import { dictionaryLabels } from '../../platform/dictionaries/index.ts';
import { presentDutyItem, type DutyItemFacts } from './presenter.ts';
import { activityDatesByDutyItem, listDutyItems, townshipOrgs, type DutyItemRow } from './repository.ts';

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
  // Only what a line shows: office names (and their order) and audience labels.
  const [orgList, audienceType, dates] = await Promise.all([
    townshipOrgs(db, townshipId),
    dictionaryLabels(db, townshipId, 'audienceType'),
    activityDatesByDutyItem(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const lk = { orgs: new Map(orgList.map((o) => [o.id, o])), audienceType };
  const order = new Map(orgList.map((o, i) => [o.id, i]));
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

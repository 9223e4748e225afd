import type { Workbench } from '@yifa/domain';
import { currentYearInChina } from '../../calendar/today.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { DataScope } from '../../scope/data-scope.ts';
import { townshipsInScope } from '../compliance-orgs.ts';
import { townshipSnapshots } from '../snapshots.ts';

/**
 * This year's compliance at a glance (the workbench): the stored per-org counts of each township in
 * scope, summed over the orgs the caller may see. Two statements when the snapshots are current,
 * whatever the number of townships; a stale township is re-evaluated (docs/adr/0009).
 */
export async function complianceSummary(
  db: DbOrTx,
  scope: DataScope,
  onRuleError: (code: string, error: unknown) => void = () => {},
): Promise<NonNullable<Workbench['compliance']>> {
  const year = currentYearInChina();
  const townships = await townshipsInScope(db, scope);
  const figures = await townshipSnapshots(db, townships, year, { fresh: false, withEvaluations: false, onRuleError });
  const sum = { met: 0, notMet: 0, notApplicable: 0, total: 0 };
  let oldest = Date.now();
  for (const t of townships) {
    const f = figures.get(t.id);
    if (!f) continue;
    oldest = Math.min(oldest, f.computedAt.getTime());
    for (const org of t.orgs) {
      const [met, notMet, notApplicable] = f.orgCounts[org.id] ?? [0, 0, 0];
      sum.met += met;
      sum.notMet += notMet;
      sum.notApplicable += notApplicable;
      sum.total += met + notMet + notApplicable;
    }
  }
  return { year, ...sum, computedAt: new Date(oldest).toISOString() };
}

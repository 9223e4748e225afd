import { type Workbench, type WorkbenchQuery } from '@yifa/domain';
import { addWorkingDays } from '@yifa/domain/calendar';
import { hasPermission, type AuthContext } from '../auth/auth-context.ts';
import { loadCalendarToShow } from '../calendar/calendar-service.ts';
import { todayInChina } from '../calendar/today.ts';
import { complianceSummary } from '../compliance/use-cases/compliance-summary.ts';
import type { DbOrTx } from '../db/client.ts';
import { presentDeadline } from '../deadlines/presenter.ts';
import { workbenchCounts, workbenchDeadlines } from './workbench-queries.ts';

/**
 * 我的工作台: what needs the caller's attention today. Deadlines come from every module through the
 * deadlines table (upsertDeadline), compliance from every registered rule (its figures kept per
 * township for 10 minutes); both in the caller's scope.
 */
export async function getWorkbench(
  db: DbOrTx,
  auth: AuthContext,
  q: WorkbenchQuery,
  onRuleError?: (code: string, error: unknown) => void,
): Promise<Workbench> {
  // Display only (the due-soon window), as the deadlines list: the calendar kept in memory, re-checked on change.
  const cal = await loadCalendarToShow(db);
  const today = todayInChina();
  const dueSoonUpTo = addWorkingDays(cal, today, q.dueSoonWorkingDays).dueDate;
  const w = { today, dueSoonUpTo };
  // A few statements whatever the number of townships (issue 10): counts in one, both lists in one,
  // compliance from the figures stored per township (docs/adr/0009), not every rule re-run for each.
  const [counts, lists, compliance] = await Promise.all([
    workbenchCounts(db, auth.scope, auth.user.id, w),
    workbenchDeadlines(db, auth.scope, w, q.limit),
    hasPermission(auth, 'platform:compliance:read') ? complianceSummary(db, auth.scope, onRuleError) : null,
  ]);
  return {
    today,
    dueSoonWorkingDays: q.dueSoonWorkingDays,
    overdue: { count: counts.overdue, items: lists.overdue.map((r) => presentDeadline(r, cal, today)) },
    dueSoon: { count: counts.dueSoon, items: lists.dueSoon.map((r) => presentDeadline(r, cal, today)) },
    provisionalCount: counts.provisional,
    unreadNotifications: counts.unread,
    compliance,
  };
}

import { type Workbench, type WorkbenchQuery } from '@yifa/domain';
import { addWorkingDays } from '@yifa/domain/calendar';
import { and, count, eq, isNull } from 'drizzle-orm';
import { hasPermission, type AuthContext } from '../auth/auth-context.ts';
import { loadCalendar } from '../calendar/calendar-service.ts';
import { todayInChina } from '../calendar/today.ts';
import { complianceSummary } from '../compliance/use-cases/compliance-summary.ts';
import type { DbOrTx } from '../db/client.ts';
import { presentDeadline } from '../deadlines/presenter.ts';
import { countProvisionalDeadlines, listDeadlines, type DeadlineListFilter } from '../deadlines/repository.ts';
import { notifications } from '../notifications/tables.ts';

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
  const cal = await loadCalendar(db);
  const today = todayInChina();
  const dueSoonUpTo = addWorkingDays(cal, today, q.dueSoonWorkingDays).dueDate;
  const page = { limit: q.limit, offset: 0 };
  const base: Omit<DeadlineListFilter, 'filter'> = { today, dueSoonUpTo };
  const [overdue, dueSoon, provisionalCount, unread] = await Promise.all([
    listDeadlines(db, auth.scope, { ...base, filter: 'overdue' }, page),
    listDeadlines(db, auth.scope, { ...base, filter: 'dueSoon' }, page),
    countProvisionalDeadlines(db, auth.scope),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, auth.user.id), isNull(notifications.readAt))),
  ]);
  // The stored per-township figures (docs/adr/0007), not every rule re-run for every township.
  const compliance = hasPermission(auth, 'platform:compliance:read') ? await complianceSummary(db, auth.scope, onRuleError) : null;
  return {
    today,
    dueSoonWorkingDays: q.dueSoonWorkingDays,
    overdue: { count: overdue.total, items: overdue.rows.map((r) => presentDeadline(r, cal, today)) },
    dueSoon: { count: dueSoon.total, items: dueSoon.rows.map((r) => presentDeadline(r, cal, today)) },
    provisionalCount,
    unreadNotifications: unread[0]?.n ?? 0,
    compliance,
  };
}

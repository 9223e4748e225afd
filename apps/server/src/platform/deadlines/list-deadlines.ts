import { type DeadlineList, type DeadlineListQuery } from '@yifa/domain';
import { addWorkingDays } from '@yifa/domain/calendar';
import type { AuthContext } from '../auth/auth-context.ts';
import { loadCalendar } from '../calendar/calendar-service.ts';
import { todayInChina } from '../calendar/today.ts';
import type { DbOrTx } from '../db/client.ts';
import { presentDeadline } from './presenter.ts';
import { listDeadlines } from './repository.ts';

/** The caller's open deadlines in scope: overdue, due within N working days, or all; soonest first. */
export async function listOpenDeadlines(db: DbOrTx, auth: AuthContext, q: DeadlineListQuery): Promise<DeadlineList> {
  const cal = await loadCalendar(db);
  const today = todayInChina();
  const dueSoonUpTo = addWorkingDays(cal, today, q.withinWorkingDays).dueDate;
  const { rows, total } = await listDeadlines(
    db,
    auth.scope,
    {
      filter: q.filter,
      today,
      dueSoonUpTo,
      module: q.module,
      orgId: q.orgId,
      assigneeId: q.assignedToMe === 'true' ? auth.user.id : undefined,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { today, items: rows.map((r) => presentDeadline(r, cal, today)), total, page: q.page, pageSize: q.pageSize };
}

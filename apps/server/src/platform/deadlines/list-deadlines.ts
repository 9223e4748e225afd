import { type DeadlineList, type DeadlineListQuery } from '@yifa/domain';
import { addWorkingDays } from '@yifa/domain/calendar';
import type { AuthContext } from '../auth/auth-context.ts';
import { loadCalendarToShow } from '../calendar/calendar-service.ts';
import { todayInChina } from '../calendar/today.ts';
import type { DbOrTx } from '../db/client.ts';
import { toKeysetPage } from '../db/keyset.ts';
import { presentDeadline } from './presenter.ts';
import { listDeadlinesPage } from './repository.ts';

/** The caller's open deadlines in scope: overdue, due within N working days, or all; soonest first. */
export async function listOpenDeadlines(db: DbOrTx, auth: AuthContext, q: DeadlineListQuery): Promise<DeadlineList> {
  const cal = await loadCalendarToShow(db);
  const today = todayInChina();
  const dueSoonUpTo = addWorkingDays(cal, today, q.withinWorkingDays).dueDate;
  const { rows, isFirstPage } = await listDeadlinesPage(
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
    { after: q.after, pageSize: q.pageSize },
  );
  // Working days left need the calendar: counted in JS, but for the page's rows only.
  return { today, ...toKeysetPage(rows, q.pageSize, isFirstPage, (r) => presentDeadline(r, cal, today)) };
}

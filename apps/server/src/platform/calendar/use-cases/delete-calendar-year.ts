import type { RecomputeSummary } from '@yifa/domain';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { recomputeOpenDeadlines } from '../../deadlines/recompute-open-deadlines.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { calendarChanged } from '../calendar-service.ts';
import { yearSnapshot } from '../presenter.ts';
import { findCalendarYear, removeCalendarYear } from '../repository.ts';

/** The audit action the reference seeder looks for, so it never brings back a year an administrator removed. */
export const CALENDAR_YEAR_DELETE_ACTION = 'calendar.year.delete';

/**
 * Removes a year's schedule (e.g. one entered for the wrong year). The calendar table has no soft
 * delete: the audit entry keeps the whole schedule (before), from which it can be re-entered. Open
 * deadlines running into the year become provisional again, recomputed in the same transaction.
 */
export async function deleteCalendarYear(ctx: AppContext, auth: AuthContext, year: number): Promise<RecomputeSummary> {
  const actor = actorOf(auth);
  const summary = await ctx.db.transaction(async (tx) => {
    const before = await findCalendarYear(tx, year);
    if (!before || !(await removeCalendarYear(tx, year))) throw new AppError('RECORD.NOT_FOUND');
    await writeAudit(tx, actor, {
      action: CALENDAR_YEAR_DELETE_ACTION,
      entityType: 'calendarYear',
      entityId: String(year),
      before: yearSnapshot(before),
    });
    return recomputeOpenDeadlines(tx, actor);
  });
  calendarChanged(); // committed: pages showing working days re-check now
  return summary;
}

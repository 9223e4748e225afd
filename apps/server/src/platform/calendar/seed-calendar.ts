import type { CalendarYear } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../audit/tables.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit/write-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { recomputeOpenDeadlines } from '../deadlines/recompute-open-deadlines.ts';
import { calendarYearsFromChineseDays } from './chinese-days-source.ts';
import { listStoredYearNumbers, replaceCalendarYear } from './repository.ts';
import { CALENDAR_YEAR_DELETE_ACTION } from './use-cases/delete-calendar-year.ts';

/**
 * Reference seeder of the working-day calendar: inserts the years the chinese-days package knows that
 * the table does not have yet. It never touches a stored year (an administrator may have corrected it
 * from the notice) and never brings back a year an administrator deleted (the audit log says so).
 * A newer chinese-days that knows the next year thus fills it in on the next start, and the open
 * deadlines that were provisional for want of it are recomputed in the same transaction.
 */
export async function seedCalendar(db: DbOrTx, source: () => CalendarYear[] = calendarYearsFromChineseDays): Promise<number[]> {
  return db.transaction(async (tx) => {
    const stored = new Set(await listStoredYearNumbers(tx));
    const deleted = new Set((await tx.select({ year: auditLog.entityId }).from(auditLog)
      .where(and(eq(auditLog.action, CALENDAR_YEAR_DELETE_ACTION), eq(auditLog.entityType, 'calendarYear')))).map((r) => Number(r.year)));
    const missing = source().filter((y) => !stored.has(y.year) && !deleted.has(y.year));
    if (missing.length === 0) return [];
    for (const year of missing) await replaceCalendarYear(tx, year, null);
    await writeAudit(tx, SYSTEM_ACTOR, { action: 'calendar.year.seed', entityType: 'calendarYear', townshipId: null,
      after: { source: 'chinese-days', years: missing.map((y) => y.year) } });
    await recomputeOpenDeadlines(tx, SYSTEM_ACTOR);
    return missing.map((y) => y.year);
  });
}

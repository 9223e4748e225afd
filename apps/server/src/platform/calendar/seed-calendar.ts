import type { CalendarYear } from '@yifa/domain/calendar';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../audit/tables.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit/write-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { recomputeOpenDeadlines } from '../deadlines/recompute-open-deadlines.ts';
import { calendarYearsFromChineseDays } from './chinese-days-source.ts';
import { calendarChanged } from './calendar-service.ts';
import { readAllCalendarYears, replaceCalendarYear, type StoredCalendarYear } from './repository.ts';
import { CALENDAR_YEAR_DELETE_ACTION } from './use-cases/delete-calendar-year.ts';

/**
 * Reference seeder of the working-day calendar: inserts the years the chinese-days package knows that
 * the table does not have yet. It never touches a stored year (an administrator may have corrected it
 * from the notice) and never brings back a year an administrator deleted (the audit log says so).
 * A newer chinese-days that knows the next year thus fills it in on the next start, and the open
 * deadlines that were provisional for want of it are recomputed in the same transaction.
 *
 * One exception to "never touches a stored year": a year this seeder stored before years had a status
 * (migration 0008 made every such row provisional) is confirmed as official when its days are still exactly
 * the package's and its notice is now on record (KNOWN_NOTICES) — nothing an administrator entered is changed.
 */
export async function seedCalendar(db: DbOrTx, source: () => CalendarYear[] = calendarYearsFromChineseDays): Promise<number[]> {
  const seeded = await db.transaction(async (tx) => {
    const storedYears = await readAllCalendarYears(tx);
    const stored = new Map(storedYears.map((y) => [y.year, y]));
    const deleted = new Set(
      (
        await tx
          .select({ year: auditLog.entityId })
          .from(auditLog)
          .where(and(eq(auditLog.action, CALENDAR_YEAR_DELETE_ACTION), eq(auditLog.entityType, 'calendarYear')))
      ).map((r) => Number(r.year)),
    );
    const years = source();
    const missing = years.filter((y) => !stored.has(y.year) && !deleted.has(y.year));
    const confirmable = years.filter((y) => {
      const s = stored.get(y.year);
      return (
        y.status === 'official' &&
        s !== undefined &&
        s.source === 'chinese-days' &&
        s.status === 'provisional' &&
        (s.notice ?? null) === null &&
        sameDays(s, y)
      );
    });
    if (missing.length === 0 && confirmable.length === 0) return [];
    for (const year of [...missing, ...confirmable]) await replaceCalendarYear(tx, year, null);
    if (missing.length > 0) {
      await writeAudit(tx, SYSTEM_ACTOR, {
        action: 'calendar.year.seed',
        entityType: 'calendarYear',
        townshipId: null,
        after: { source: 'chinese-days', years: missing.map((y) => ({ year: y.year, status: y.status })) },
      });
    }
    for (const year of confirmable) {
      await writeAudit(tx, SYSTEM_ACTOR, {
        action: 'calendar.year.confirm-seeded',
        entityType: 'calendarYear',
        entityId: String(year.year),
        townshipId: null,
        before: { status: 'provisional', notice: null, noticeDate: null },
        after: { status: 'official', notice: year.notice ?? null, noticeDate: year.noticeDate ?? null },
      });
    }
    await recomputeOpenDeadlines(tx, SYSTEM_ACTOR);
    return missing.map((y) => y.year);
  });
  calendarChanged(); // committed: pages showing working days re-check now
  return seeded;
}

function sameDays(a: StoredCalendarYear, b: CalendarYear): boolean {
  const key = (y: Pick<CalendarYear, 'holidays' | 'makeUpWorkdays'>) =>
    [...y.holidays.map((d) => `off:${d.date}:${d.name}`), ...y.makeUpWorkdays.map((d) => `work:${d.date}:${d.name}`)].sort().join('|');
  return key(a) === key(b);
}

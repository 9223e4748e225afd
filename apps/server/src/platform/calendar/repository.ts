import type { CalendarDay, CalendarYear, CalendarYearSource, CalendarYearStatus } from '@yifa/domain/calendar';
import { asc, eq, sql } from 'drizzle-orm';
import { userNameOf } from '../../modules/organisation/index.ts';
import type { DbOrTx } from '../db/client.ts';
import { calendarDays, calendarYears } from './tables.ts';

/**
 * The calendar is national reference data, not township data: every signed-in user reads the same
 * years, so these reads take no data scope (the route permission platform:calendar:read is the gate).
 */
export interface StoredCalendarYear extends CalendarYear {
  updatedAt: Date;
  updatedBy: string | null;
  updatedByName: string | null;
}

function byYear(
  rows: { year: number; date: string; kind: string; name: string }[],
): Map<number, { holidays: CalendarDay[]; makeUpWorkdays: CalendarDay[] }> {
  const map = new Map<number, { holidays: CalendarDay[]; makeUpWorkdays: CalendarDay[] }>();
  for (const r of rows) {
    let entry = map.get(r.year);
    if (!entry) map.set(r.year, (entry = { holidays: [], makeUpWorkdays: [] }));
    (r.kind === 'holiday' ? entry.holidays : entry.makeUpWorkdays).push({ date: r.date, name: r.name });
  }
  return map;
}

async function readYears(db: DbOrTx, onlyYear?: number): Promise<StoredCalendarYear[]> {
  const yearRows = await db
    .select({
      year: calendarYears.year,
      source: calendarYears.source,
      status: calendarYears.status,
      notice: calendarYears.notice,
      noticeDate: calendarYears.noticeDate,
      updatedAt: calendarYears.updatedAt,
      updatedBy: calendarYears.updatedBy,
      updatedByName: userNameOf(calendarYears.updatedBy),
    })
    .from(calendarYears)
    .where(onlyYear === undefined ? undefined : eq(calendarYears.year, onlyYear))
    .orderBy(asc(calendarYears.year));
  if (yearRows.length === 0) return [];
  const dayRows = await db
    .select({ year: calendarDays.year, date: calendarDays.date, kind: calendarDays.kind, name: calendarDays.name })
    .from(calendarDays)
    .where(onlyYear === undefined ? undefined : eq(calendarDays.year, onlyYear))
    .orderBy(asc(calendarDays.date));
  const days = byYear(dayRows);
  return yearRows.map((y) => ({
    year: y.year,
    source: y.source as CalendarYearSource,
    status: y.status as CalendarYearStatus,
    notice: y.notice,
    noticeDate: y.noticeDate,
    holidays: days.get(y.year)?.holidays ?? [],
    makeUpWorkdays: days.get(y.year)?.makeUpWorkdays ?? [],
    updatedAt: y.updatedAt,
    updatedBy: y.updatedBy,
    updatedByName: y.updatedByName,
  }));
}

export function readAllCalendarYears(db: DbOrTx): Promise<StoredCalendarYear[]> {
  return readYears(db);
}

export async function findCalendarYear(db: DbOrTx, year: number): Promise<StoredCalendarYear | null> {
  return (await readYears(db, year))[0] ?? null;
}

/**
 * Cheap change detector for the per-process cache: one row over ≈ 25 year rows. Every write below
 * stamps `updated_at` with clock_timestamp(), so any insert, replace or delete changes it, also when
 * made by another process on the same database.
 */
export async function calendarFingerprint(db: DbOrTx): Promise<string> {
  const result = await db.execute<{ fp: string }>(sql`
    select current_database() || ':' || count(*)::text || ':' ||
      coalesce(md5(string_agg(year::text || '@' || extract(epoch from updated_at)::text, ',' order by year)), '') as fp
    from calendar_years`);
  return result.rows[0]?.fp ?? '';
}

/**
 * The channel on which a committed change of the calendar is announced, so that every app process
 * re-checks the calendar its lists show (calendar-service.ts loadCalendarToShow; main.ts listens).
 */
export const CALENDAR_CHANGED_CHANNEL = 'yifa_calendar_changed';

/** Delivered by PostgreSQL at commit only, and not at all after a rollback. */
async function announceCalendarChange(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_notify(${CALENDAR_CHANGED_CHANNEL}, '')`);
}

/** Writes one year's schedule in place of whatever was stored (caller validates and audits). */
export async function replaceCalendarYear(tx: DbOrTx, year: CalendarYear, userId: string | null): Promise<void> {
  const values = {
    source: year.source,
    status: year.status,
    notice: year.notice ?? null,
    noticeDate: year.noticeDate ?? null,
    updatedAt: sql`clock_timestamp()`,
    updatedBy: userId,
  };
  await tx
    .insert(calendarYears)
    .values({ year: year.year, ...values })
    .onConflictDoUpdate({ target: calendarYears.year, set: values });
  await tx.delete(calendarDays).where(eq(calendarDays.year, year.year));
  const days = [
    ...year.holidays.map((d) => ({ date: d.date, year: year.year, kind: 'holiday', name: d.name })),
    ...year.makeUpWorkdays.map((d) => ({ date: d.date, year: year.year, kind: 'makeUpWorkday', name: d.name })),
  ];
  if (days.length > 0) await tx.insert(calendarDays).values(days);
  await announceCalendarChange(tx);
}

/** Removes a year (its days go by ON DELETE CASCADE). Returns false if it was not there. */
export async function removeCalendarYear(tx: DbOrTx, year: number): Promise<boolean> {
  const deleted = await tx.delete(calendarYears).where(eq(calendarYears.year, year)).returning({ year: calendarYears.year });
  if (deleted.length > 0) await announceCalendarChange(tx);
  return deleted.length > 0;
}

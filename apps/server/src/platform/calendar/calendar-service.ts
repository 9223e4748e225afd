import { createCalendar, type WorkingDayCalendar } from '@yifa/domain/calendar';
import type { DbOrTx } from '../db/client.ts';
import { chineseDaysAlmanac } from './lunar-almanac.ts';
import { calendarFingerprint, readAllCalendarYears } from './repository.ts';

/**
 * The working-day calendar of the database, built once and reused while it has not changed.
 *
 * WHY a fingerprint check and not a TTL: a deadline computed on a stale calendar is stored and shown
 * as the legal due date, so a second process (a county server with several app processes, the job
 * worker) must see an edit at its very next computation, not "within a few seconds". The check is one
 * aggregate over ≈ 25 rows of calendar_years (count + hash of year@updated_at, plus the database
 * name, so two databases in one process never share an entry); a rebuild happens only when it differs.
 * It runs in the caller's transaction, so a use case that has just edited a year (and then recomputes
 * deadlines in the same transaction) sees its own edit; if that transaction rolls back, the fingerprint
 * read next time differs from the cached one and the calendar is rebuilt from committed rows.
 */
let cached: { fingerprint: string; calendar: WorkingDayCalendar } | null = null;

export async function loadCalendar(db: DbOrTx): Promise<WorkingDayCalendar> {
  const fingerprint = await calendarFingerprint(db);
  if (cached?.fingerprint === fingerprint) return cached.calendar;
  // Read after the fingerprint: the rows are at least as new as it, so a race only costs a rebuild.
  // With the almanac, a year with no schedule still knows its statutory holidays (flagged provisional).
  const calendar = createCalendar(
    (await readAllCalendarYears(db)).map(({ year, source, status, notice, noticeDate, holidays, makeUpWorkdays }) => ({
      year,
      source,
      status,
      notice,
      noticeDate,
      holidays,
      makeUpWorkdays,
    })),
    chineseDaysAlmanac,
  );
  cached = { fingerprint, calendar };
  return calendar;
}

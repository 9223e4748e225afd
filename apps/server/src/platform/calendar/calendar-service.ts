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

/**
 * The calendar for pages that only SHOW working-day figures (the deadlines list: days left and the
 * due-soon window), without the fingerprint query on every request: a list read many times a second
 * would otherwise run it once per page. Stored due dates never come from here (they use
 * `loadCalendar`, checked against the database every time).
 *
 * It is re-checked (by `loadCalendar`) once `calendarChanged` says the calendar changed: called by
 * this process's writes after they commit, and for every process's committed write by the
 * notification those writes send (repository.ts CALENDAR_CHANGED_CHANNEL, heard in main.ts). An edit
 * made outside the app (psql) is seen within DISPLAY_RECHECK_MS, the bound, as the auth cache's TTL
 * is (adr/0005). Cached per db handle: a transaction, or a second database in the same process, gets
 * its own check.
 */
const DISPLAY_RECHECK_MS = 1000;
let generation = 0;
const shown = new WeakMap<object, { calendar: WorkingDayCalendar; checkedAt: number; generation: number }>();

export async function loadCalendarToShow(db: DbOrTx): Promise<WorkingDayCalendar> {
  const hit = shown.get(db);
  if (hit && hit.generation === generation && Date.now() - hit.checkedAt < DISPLAY_RECHECK_MS) return hit.calendar;
  // A change announced while this load runs leaves the entry on the old generation: re-checked next time.
  const atStart = generation;
  const calendar = await loadCalendar(db);
  shown.set(db, { calendar, checkedAt: Date.now(), generation: atStart });
  return calendar;
}

/**
 * This process changed the calendar: the next page re-checks. Called by the writes themselves and
 * again after their transaction commits (a page read between the write and the commit still saw the
 * old calendar).
 */
export function calendarChanged(): void {
  generation += 1;
}

/**
 * The three elementary counts. Modules should normally call `computeDeadline`, which uses the same walk
 * and also explains the result; these are for displays such as "还剩N个工作日".
 *
 * Every result carries `missingYears`: years whose status was needed but that have no official schedule.
 * Computation then continues with plain Saturdays/Sundays, but the caller must show the result as
 * provisional (CALENDAR.YEAR_MISSING) — never silently.
 */
import { addDays, toDayNumber, yearOf } from './iso-date.ts';
import { assertDayCount, walkCalendarDays, walkWorkingDays } from './deadline-walk.ts';
import { MAX_DEADLINE_DAYS } from './deadline-rule.ts';
import { MAX_ISO_DATE, MIN_ISO_DATE, type IsoDate } from './types.ts';
import { dayInfo, type WorkingDayCalendar } from './working-day-calendar.ts';

const MAX_SPAN_DAYS = toDayNumber(MAX_ISO_DATE) - toDayNumber(MIN_ISO_DATE);

export interface DateCountResult {
  dueDate: IsoDate;
  missingYears: number[];
}

export interface CalendarDayCountResult extends DateCountResult {
  /** The n-th day after start, before the last-day rule; equals dueDate unless it was a rest day. */
  nominalLastDay: IsoDate;
}

export interface WorkingDaysBetweenResult {
  days: number;
  missingYears: number[];
}

/**
 * The n-th working day after `start` (the start day itself is not counted; n = 0 gives `start`).
 * 政府信息公开条例 Art. 33 ¶2: received on 2026-02-10, 20 working days → 2026-03-16.
 */
export function addWorkingDays(cal: WorkingDayCalendar, start: IsoDate, n: number): DateCountResult {
  assertDayCount(n, MAX_DEADLINE_DAYS);
  const walk = walkWorkingDays(cal, start, n);
  return { dueDate: walk.dueDate ?? start, missingYears: walk.missingYears };
}

/**
 * The last day of an n-calendar-day period starting after `start`, moved to the next working day when it
 * falls on a rest day (民事诉讼法 Art. 85 ¶3). n = 0 gives `start`, moved likewise.
 */
export function addCalendarDays(cal: WorkingDayCalendar, start: IsoDate, n: number): CalendarDayCountResult {
  assertDayCount(n, MAX_DEADLINE_DAYS);
  const walk = walkCalendarDays(cal, start, n);
  return {
    dueDate: walk.dueDate ?? start,
    nominalLastDay: walk.nominalLastDay ?? start,
    missingYears: walk.missingYears,
  };
}

/**
 * Working days after `from` up to and including `to` — the inverse of addWorkingDays:
 * workingDaysBetween(cal, s, addWorkingDays(cal, s, n).dueDate).days === n.
 * When `to` is before `from` the count is negative (e.g. working days overdue).
 */
export function workingDaysBetween(cal: WorkingDayCalendar, from: IsoDate, to: IsoDate): WorkingDaysBetweenResult {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b < a) {
    const reverse = workingDaysBetween(cal, to, from);
    return { days: reverse.days === 0 ? 0 : -reverse.days, missingYears: reverse.missingYears };
  }
  // Any two dates Yifa accepts (ZIsoDate: 1900–2200) may be counted between: information formed in 1995
  // and published today is late by thousands of working days, a fact, not an error. Beyond that range
  // the walk is refused so a bug cannot make it run for millennia.
  if (b - a > MAX_SPAN_DAYS) throw new RangeError(`日期跨度过大：${from} 至 ${to}`);
  if (a === b) return { days: 0, missingYears: [] };
  // The days after `from` up to `to`, by year: a list shows "overdue by N working days" for 20 rows at
  // a time, some years overdue, so each year's days are looked at once per calendar (yearCount), not
  // once per row and day.
  const firstYear = yearOf(addDays(from, 1));
  const lastYear = yearOf(to);
  let days = 0;
  const missingYears: number[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    const count = yearCount(cal, year);
    if (!count.isOfficial) missingYears.push(year);
    const start = year === yearOf(from) ? a - count.firstDay + 1 : 0;
    const end = year === lastYear ? b - count.firstDay + 1 : count.upTo.length - 1;
    days += count.upTo[end]! - count.upTo[start]!;
  }
  return { days, missingYears };
}

/** A year of a calendar: working days among its first k days (upTo[k]), and whether it is official. */
interface YearCount {
  firstDay: number;
  upTo: Uint16Array;
  isOfficial: boolean;
}
// Calendars are deep-frozen (working-day-calendar.ts), so what is counted of one stays true.
const yearCounts = new WeakMap<WorkingDayCalendar, Map<number, YearCount>>();

function yearCount(cal: WorkingDayCalendar, year: number): YearCount {
  let byYear = yearCounts.get(cal);
  if (!byYear) yearCounts.set(cal, (byYear = new Map()));
  let count = byYear.get(year);
  if (!count) {
    const first = `${String(year).padStart(4, '0')}-01-01` as IsoDate;
    const firstDay = toDayNumber(first);
    const length = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
    const upTo = new Uint16Array(length + 1);
    let isOfficial = true;
    for (let i = 0; i < length; i += 1) {
      const info = dayInfo(cal, addDays(first, i));
      isOfficial = info.isYearOfficial;
      upTo[i + 1] = upTo[i]! + (info.isWorkingDay ? 1 : 0);
    }
    byYear.set(year, (count = { firstDay, upTo, isOfficial }));
  }
  return count;
}

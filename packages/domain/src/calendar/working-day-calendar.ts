/**
 * An immutable lookup structure over the entered years, and `dayInfo`: is this date a working day?
 *
 * Rule (glossary: workingDay / holiday / makeUpWorkday; 《全国年节及纪念日放假办法》 Arts. 2‑3, 6‑7):
 * a working day is Monday–Friday that is not a day off of the year's notice, plus every Saturday/Sunday
 * the notice marks "上班". In a year with no notice entered, only plain weekdays are known, so the answer
 * carries `isYearOfficial: false` and every counting function reports that year in `missingYears`.
 */
import { isWeekend, toParts, yearOf } from './iso-date.ts';
import { ZCalendarYear, type CalendarYear, type IsoDate } from './types.ts';

interface SpecialDay {
  readonly kind: 'holiday' | 'makeUpWorkday';
  readonly name: string;
}

export interface WorkingDayCalendar {
  /** Years with an official schedule, ascending. */
  readonly officialYears: readonly number[];
  /** The validated input years, deep-frozen (for display and for storing alongside a deadline). */
  readonly years: readonly Readonly<CalendarYear>[];
  /** @internal date → holiday / make-up workday; use `dayInfo`. */
  readonly specialDays: Readonly<Record<IsoDate, SpecialDay>>;
}

export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface DayInfo {
  date: IsoDate;
  isWorkingDay: boolean;
  reason: DayReason;
  /** Festival name, for holidays and make-up workdays. */
  name?: string;
  /** False when the date's year has no official schedule: the answer is a plain-weekday guess. */
  isYearOfficial: boolean;
}

/**
 * Builds the calendar. Each year is validated with ZCalendarYear (throws a ZodError with Chinese
 * messages); a year given twice throws, because two schedules for one year cannot both be official.
 */
export function createCalendar(years: CalendarYear[]): WorkingDayCalendar {
  const seen = new Set<number>();
  const specialDays: Record<IsoDate, SpecialDay> = Object.create(null) as Record<IsoDate, SpecialDay>;
  const frozenYears: Readonly<CalendarYear>[] = [];
  for (const input of years) {
    const year = ZCalendarYear.parse(input);
    if (seen.has(year.year)) throw new Error(`${year.year}年的节假日安排重复录入`);
    seen.add(year.year);
    for (const d of year.holidays) specialDays[d.date] = Object.freeze({ kind: 'holiday', name: d.name });
    for (const d of year.makeUpWorkdays) specialDays[d.date] = Object.freeze({ kind: 'makeUpWorkday', name: d.name });
    frozenYears.push(
      Object.freeze({
        ...year,
        notice: year.notice ?? null,
        holidays: Object.freeze(year.holidays.map((d) => Object.freeze({ ...d }))) as CalendarYear['holidays'],
        makeUpWorkdays: Object.freeze(year.makeUpWorkdays.map((d) => Object.freeze({ ...d }))) as CalendarYear['makeUpWorkdays'],
      }),
    );
  }
  frozenYears.sort((a, b) => a.year - b.year);
  return Object.freeze({
    officialYears: Object.freeze([...seen].sort((a, b) => a - b)),
    years: Object.freeze(frozenYears),
    specialDays: Object.freeze(specialDays),
  });
}

export function isYearOfficial(cal: WorkingDayCalendar, year: number): boolean {
  return cal.officialYears.includes(year);
}

export function dayInfo(cal: WorkingDayCalendar, date: IsoDate): DayInfo {
  toParts(date); // throws RangeError on a malformed or unreal date
  const official = isYearOfficial(cal, yearOf(date));
  const special = cal.specialDays[date];
  if (special?.kind === 'makeUpWorkday') {
    return { date, isWorkingDay: true, reason: 'makeUpWorkday', name: special.name, isYearOfficial: official };
  }
  if (special?.kind === 'holiday') {
    return { date, isWorkingDay: false, reason: 'holiday', name: special.name, isYearOfficial: official };
  }
  if (isWeekend(date)) return { date, isWorkingDay: false, reason: 'weekend', isYearOfficial: official };
  return { date, isWorkingDay: true, reason: 'weekday', isYearOfficial: official };
}

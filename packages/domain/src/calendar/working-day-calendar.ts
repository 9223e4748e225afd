/**
 * An immutable lookup structure over the entered years, and `dayInfo`: is this date a working day?
 *
 * Rule (glossary: workingDay / holiday / makeUpWorkday; 《全国年节及纪念日放假办法》 Arts. 2‑3, 6‑7):
 * a working day is Monday–Friday that is not a day off of the year's notice, plus every Saturday/Sunday
 * the notice marks "上班". A year is official only when stored with status 'official'. Any other year is
 * counted on the best that is known and flagged (`isYearOfficial: false`, the year in `missingYears`):
 * - a stored provisional year (暂定): its entered days, plus any statutory day it lacks (the law fixes
 *   those; a half-read notice must not turn 春节 into working days);
 * - a year with no schedule: the statutory days off of 《全国年节及纪念日放假办法》 computed from the
 *   almanac (statutory-holidays.ts), so only the notice's make-up and bridging days are unknown;
 * - beyond the almanac: plain weekdays.
 */
import { isWeekend, toParts, yearOf } from './iso-date.ts';
import { statutoryHolidaysOf, type LunarAlmanac } from './statutory-holidays.ts';
import { ZCalendarYear, type CalendarYear, type IsoDate } from './types.ts';

/** What a date's answer rests on. */
export type YearBasis = 'official' | 'provisional' | 'statutory' | 'weekdays';

interface SpecialDay {
  readonly kind: 'holiday' | 'makeUpWorkday';
  readonly name: string;
}

export interface WorkingDayCalendar {
  /** Years with an official schedule, ascending. */
  readonly officialYears: readonly number[];
  /** Stored years saved as provisional (暂定), ascending. */
  readonly provisionalYears: readonly number[];
  /** @internal statutory days off of a year with no schedule (memoised); use `dayInfo`. */
  readonly statutoryDays: (year: number) => Readonly<Record<IsoDate, string>> | null;
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
  /** False when the date's year has no official schedule: the answer is provisional. */
  isYearOfficial: boolean;
  yearBasis: YearBasis;
}

/**
 * Builds the calendar. Each year is validated with ZCalendarYear (throws a ZodError with Chinese
 * messages); a year given twice throws, because two schedules for one year cannot both be official.
 * Without an almanac, years with no schedule are counted as plain weekdays (still flagged).
 */
export function createCalendar(years: CalendarYear[], almanac?: LunarAlmanac): WorkingDayCalendar {
  const seen = new Set<number>();
  const official: number[] = [];
  const provisional: number[] = [];
  const specialDays: Record<IsoDate, SpecialDay> = Object.create(null) as Record<IsoDate, SpecialDay>;
  const frozenYears: Readonly<CalendarYear>[] = [];
  for (const input of years) {
    const year = ZCalendarYear.parse(input);
    if (seen.has(year.year)) throw new Error(`${year.year}年的节假日安排重复录入`);
    seen.add(year.year);
    (year.status === 'official' ? official : provisional).push(year.year);
    for (const d of year.holidays) specialDays[d.date] = Object.freeze({ kind: 'holiday', name: d.name });
    for (const d of year.makeUpWorkdays) specialDays[d.date] = Object.freeze({ kind: 'makeUpWorkday', name: d.name });
    frozenYears.push(
      Object.freeze({
        ...year,
        notice: year.notice ?? null,
        noticeDate: year.noticeDate ?? null,
        holidays: Object.freeze(year.holidays.map((d) => Object.freeze({ ...d }))) as CalendarYear['holidays'],
        makeUpWorkdays: Object.freeze(year.makeUpWorkdays.map((d) => Object.freeze({ ...d }))) as CalendarYear['makeUpWorkdays'],
      }),
    );
  }
  frozenYears.sort((a, b) => a.year - b.year);
  const memo = new Map<number, Readonly<Record<IsoDate, string>> | null>();
  const statutoryDays = (year: number): Readonly<Record<IsoDate, string>> | null => {
    if (almanac === undefined || official.includes(year)) return null;
    if (!memo.has(year)) {
      const law = statutoryHolidaysOf(year, almanac);
      memo.set(year, law === null ? null : Object.freeze(Object.fromEntries(law.days.map((d) => [d.date, d.name]))));
    }
    return memo.get(year) ?? null;
  };
  return Object.freeze({
    officialYears: Object.freeze(official.sort((a, b) => a - b)),
    provisionalYears: Object.freeze(provisional.sort((a, b) => a - b)),
    statutoryDays,
    years: Object.freeze(frozenYears),
    specialDays: Object.freeze(specialDays),
  });
}

export function isYearOfficial(cal: WorkingDayCalendar, year: number): boolean {
  return cal.officialYears.includes(year);
}

export function dayInfo(cal: WorkingDayCalendar, date: IsoDate): DayInfo {
  toParts(date); // throws RangeError on a malformed or unreal date
  const year = yearOf(date);
  const official = isYearOfficial(cal, year);
  const statutory = official ? null : cal.statutoryDays(year);
  const yearBasis: YearBasis = official
    ? 'official'
    : cal.provisionalYears.includes(year)
      ? 'provisional'
      : statutory !== null
        ? 'statutory'
        : 'weekdays';
  const base = { date, isYearOfficial: official, yearBasis };
  const special = cal.specialDays[date];
  if (special?.kind === 'makeUpWorkday') return { ...base, isWorkingDay: true, reason: 'makeUpWorkday', name: special.name };
  if (special?.kind === 'holiday') return { ...base, isWorkingDay: false, reason: 'holiday', name: special.name };
  const statutoryName = statutory?.[date];
  if (statutoryName !== undefined) return { ...base, isWorkingDay: false, reason: 'holiday', name: statutoryName };
  if (isWeekend(date)) return { ...base, isWorkingDay: false, reason: 'weekend' };
  return { ...base, isWorkingDay: true, reason: 'weekday' };
}

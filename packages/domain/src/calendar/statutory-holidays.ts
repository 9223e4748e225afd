/**
 * The statutory days off of a year by 《全国年节及纪念日放假办法》 itself — what the law fixes before any
 * yearly notice: used (1) to check that an entered year is complete before it may become official, and
 * (2) for a year with no notice at all, so that a provisional deadline is wrong only by the notice's
 * make-up working days (调休) and bridging days, not by the festivals themselves.
 *
 * Versions of the Measures (the festivals and their days, Art. 2):
 * - 国务院令第270号 (1999, in force 2000): 元旦1, 春节3 (正月初一至初三), 劳动节3 (5月1-3日), 国庆3 (10月1-3日).
 * - 国务院令第513号 (2007, in force 2008-01-01): 元旦1, 春节3 (除夕、初一、初二), 清明1, 劳动节1, 端午1, 中秋1, 国庆3.
 * - 国务院令第644号 (2013, in force 2014-01-01): 春节3 becomes 正月初一至初三; the rest unchanged.
 * - 国务院令第795号 (2024-11-10, in force 2025-01-01): 春节4 (除夕、初一至初三), 劳动节2 (5月1、2日): 13 days.
 *
 * The lunar dates (春节, 端午, 中秋) and the solar term 清明 are astronomical facts supplied by a
 * `LunarAlmanac` (the server uses the chinese-days package's tables, verified in its tests), so that this
 * file stays pure and the web bundle carries no almanac.
 */
import { addDays, fromParts } from './iso-date.ts';
import type { CalendarDay, IsoDate } from './types.ts';

/** Gregorian dates of the lunar festivals of one Gregorian year; null when the year is outside the almanac. */
export interface LunarAlmanac {
  /** 正月初一 falling in this Gregorian year. */
  lunarNewYear(year: number): IsoDate | null;
  /** 五月初五 (端午; never the leap fifth month). */
  dragonBoat(year: number): IsoDate | null;
  /** 八月十五 (中秋). */
  midAutumn(year: number): IsoDate | null;
  /** The solar term 清明 (about April 4–5). */
  qingming(year: number): IsoDate | null;
}

export interface StatutoryHolidays {
  /** The version of the Measures in force that year, e.g. 《全国年节及纪念日放假办法》（2024年修订）. */
  lawZh: string;
  /** Every statutory day off, named by festival as the notices name them (春节, 清明节…). */
  days: CalendarDay[];
}

/** First year each version applies to; years before 2000 are not modelled (no deadline of Yifa reaches them). */
const FIRST_MODELLED_YEAR = 2000;

function range(start: IsoDate, count: number, name: string): CalendarDay[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(start, i), name }));
}

/**
 * The statutory days off of `year`, or null when the year is before 2000 or outside the almanac.
 * The whole result is null rather than partial: a half-known list would pass a completeness check it should fail.
 */
export function statutoryHolidaysOf(year: number, almanac: LunarAlmanac): StatutoryHolidays | null {
  if (!Number.isInteger(year) || year < FIRST_MODELLED_YEAR) return null;
  const newYear = almanac.lunarNewYear(year);
  if (newYear === null) return null;
  const fixed = (month: number, day: number) => fromParts(year, month, day);
  const eve = addDays(newYear, -1);
  if (year < 2008) {
    return {
      lawZh: '《全国年节及纪念日放假办法》（1999年）',
      days: [
        ...range(fixed(1, 1), 1, '元旦'),
        ...range(newYear, 3, '春节'),
        ...range(fixed(5, 1), 3, '劳动节'),
        ...range(fixed(10, 1), 3, '国庆节'),
      ],
    };
  }
  const qingming = almanac.qingming(year);
  const dragonBoat = almanac.dragonBoat(year);
  const midAutumn = almanac.midAutumn(year);
  if (qingming === null || dragonBoat === null || midAutumn === null) return null;
  const lunar = [...range(qingming, 1, '清明节'), ...range(dragonBoat, 1, '端午节'), ...range(midAutumn, 1, '中秋节')];
  const common = (springFestival: CalendarDay[], labourDays: number): CalendarDay[] => [
    ...range(fixed(1, 1), 1, '元旦'),
    ...springFestival,
    ...range(fixed(5, 1), labourDays, '劳动节'),
    ...lunar,
    ...range(fixed(10, 1), 3, '国庆节'),
  ];
  if (year < 2014) {
    return { lawZh: '《全国年节及纪念日放假办法》（2007年修订）', days: sortDays(common(range(eve, 3, '春节'), 1)) };
  }
  if (year < 2025) {
    return { lawZh: '《全国年节及纪念日放假办法》（2013年修订）', days: sortDays(common(range(newYear, 3, '春节'), 1)) };
  }
  return { lawZh: '《全国年节及纪念日放假办法》（2024年修订）', days: sortDays(common(range(eve, 4, '春节'), 2)) };
}

function sortDays(days: CalendarDay[]): CalendarDay[] {
  // 中秋 and 国庆 can coincide (2020-10-01): one day off, named by both festivals.
  const byDate = new Map<IsoDate, string>();
  for (const d of days) byDate.set(d.date, byDate.has(d.date) ? `${byDate.get(d.date) ?? ''}、${d.name}` : d.name);
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, name]) => ({ date, name }));
}

export interface YearCompleteness {
  /** null when the statutory days of the year are unknown (before 2000 or outside the almanac). */
  lawZh: string | null;
  statutoryDays: CalendarDay[];
  /** Statutory days off that the entered schedule does not give off. */
  missing: CalendarDay[];
  isComplete: boolean;
}

/**
 * Is every statutory day off of the Measures a day off of the entered schedule? (The notice may add
 * bridging days and weekends, never drop a statutory day: Art. 6 moves a festival on a weekend to a
 * working day, it does not cancel it.)
 */
export function checkYearCompleteness(year: { year: number; holidays: readonly CalendarDay[] }, almanac: LunarAlmanac): YearCompleteness {
  const statutory = statutoryHolidaysOf(year.year, almanac);
  if (statutory === null) return { lawZh: null, statutoryDays: [], missing: [], isComplete: false };
  const off = new Set(year.holidays.map((d) => d.date));
  const missing = statutory.days.filter((d) => !off.has(d.date));
  return { lawZh: statutory.lawZh, statutoryDays: statutory.days, missing, isComplete: missing.length === 0 };
}

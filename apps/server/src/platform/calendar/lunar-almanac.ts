/**
 * The lunar festivals and the solar term 清明 for the statutory holidays of a year with no notice
 * (statutory-holidays.ts in the domain). Read from the chinese-days package (1.5.7), which carries the
 * lunar tables for 1900–2100 and the solar-term formula; `lunar-almanac.test.ts` checks it against the
 * published dates 2020–2030 and against every notice chinese-days holds (2004–2026).
 */
import type { IsoDate, LunarAlmanac } from '@yifa/domain/calendar';
import cd from 'chinese-days';

/** chinese-days' lunar table covers these Gregorian years; outside them it must not be asked. */
const FIRST_YEAR = 1901;
const LAST_YEAR = 2099;

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The non-leap lunar month/day of lunar year `year` (YYYY-MM-DD written in lunar terms). */
function fromLunar(year: number, month: number, day: number): IsoDate | null {
  if (!inRange(year)) return null;
  const lunar = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return cd.getSolarDateFromLunar(lunar).date;
}

export const chineseDaysAlmanac: LunarAlmanac = {
  // 正月初一 of lunar year Y falls in Gregorian year Y (between Jan 21 and Feb 20).
  lunarNewYear: (year) => fromLunar(year, 1, 1),
  dragonBoat: (year) => fromLunar(year, 5, 5),
  midAutumn: (year) => fromLunar(year, 8, 15),
  qingming: (year) => (inRange(year) ? cd.getSolarTermDate(year, 4, 'pure_brightness') : null),
};

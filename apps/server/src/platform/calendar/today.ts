import { todayInChina as domainTodayInChina, type IsoDate } from '@yifa/domain/calendar';

/**
 * Today's date where the law is applied. Deadlines are calendar dates in China Standard Time
 * (UTC+8, no daylight saving), whatever time zone the server runs in: a request received at
 * 2026-03-01 07:30 Beijing time was received on 03-01, even though UTC still says 02-28.
 * The one implementation lives in the domain, so the contracts' "not after today" (ZDateOfRecord)
 * and the use cases agree on the day.
 */
export function todayInChina(now: Date = new Date()): IsoDate {
  return domainTodayInChina(now);
}

export function currentYearInChina(now: Date = new Date()): number {
  return Number(todayInChina(now).slice(0, 4));
}

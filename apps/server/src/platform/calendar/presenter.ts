import type { CalendarYearDetail, CalendarYearSummary } from '@yifa/domain';
import type { StoredCalendarYear } from './repository.ts';

export function presentYearSummary(y: StoredCalendarYear): CalendarYearSummary {
  return {
    year: y.year, source: y.source, notice: y.notice ?? null,
    holidayCount: y.holidays.length, makeUpWorkdayCount: y.makeUpWorkdays.length,
    // A stored year is the year's official schedule; absent years are listed in `missingYears` instead.
    isOfficial: true,
    updatedAt: y.updatedAt.toISOString(), updatedByName: y.updatedByName,
  };
}

export function presentYearDetail(y: StoredCalendarYear): CalendarYearDetail {
  return { ...presentYearSummary(y), holidays: y.holidays.map((d) => ({ ...d })), makeUpWorkdays: y.makeUpWorkdays.map((d) => ({ ...d })) };
}

/** What the audit log keeps of a year (the whole schedule, so a deleted year can be re-entered from it). */
export function yearSnapshot(y: StoredCalendarYear | null) {
  if (!y) return null;
  return { year: y.year, source: y.source, notice: y.notice ?? null, holidays: y.holidays, makeUpWorkdays: y.makeUpWorkdays };
}

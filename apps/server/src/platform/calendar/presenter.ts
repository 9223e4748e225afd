import { type CalendarYearDetail, type CalendarYearSummary, type YearConfirmationView } from '@yifa/domain';
import { assessYearConfirmation } from '@yifa/domain/calendar';
import { chineseDaysAlmanac } from './lunar-almanac.ts';
import type { StoredCalendarYear } from './repository.ts';
import { todayInChina } from './today.ts';

export function presentYearSummary(y: StoredCalendarYear): CalendarYearSummary {
  return {
    year: y.year,
    source: y.source,
    status: y.status,
    notice: y.notice ?? null,
    noticeDate: y.noticeDate ?? null,
    holidayCount: y.holidays.length,
    makeUpWorkdayCount: y.makeUpWorkdays.length,
    // Official only when saved as such, which the save use case allows only for a complete, confirmed year.
    isOfficial: y.status === 'official',
    updatedAt: y.updatedAt.toISOString(),
    updatedByName: y.updatedByName,
  };
}

/** The completeness check and what keeps a schedule from being official, for the page to show. */
export function presentConfirmation(
  y: { year: number; holidays: { date: string; name: string }[]; notice?: string | null; noticeDate?: string | null },
  parserWarnings: readonly string[],
): YearConfirmationView {
  const r = assessYearConfirmation(
    { year: y.year, holidays: y.holidays, notice: y.notice, noticeDate: y.noticeDate, parserWarnings },
    chineseDaysAlmanac,
    todayInChina(),
  );
  return {
    lawZh: r.completeness.lawZh,
    statutoryDays: r.completeness.statutoryDays,
    missingStatutoryDays: r.completeness.missing,
    // The missing statutory days are listed above as data; the problems say everything else.
    isComplete: r.completeness.isComplete,
    problems: r.problems.filter((p) => p.code !== 'incomplete').map((p) => p.reasonZh),
    canBeOfficial: r.canBeOfficial,
  };
}

export function presentYearDetail(y: StoredCalendarYear): CalendarYearDetail {
  return {
    ...presentYearSummary(y),
    holidays: y.holidays.map((d) => ({ ...d })),
    makeUpWorkdays: y.makeUpWorkdays.map((d) => ({ ...d })),
    confirmation: presentConfirmation(y, []),
  };
}

/** What the audit log keeps of a year (the whole schedule, so a deleted year can be re-entered from it). */
export function yearSnapshot(y: StoredCalendarYear | null) {
  if (!y) return null;
  return {
    year: y.year,
    source: y.source,
    status: y.status,
    notice: y.notice ?? null,
    noticeDate: y.noticeDate ?? null,
    holidays: y.holidays,
    makeUpWorkdays: y.makeUpWorkdays,
  };
}

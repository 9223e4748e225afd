/**
 * The statutory working-day calendar and the one deadline function of Yifa (rules.md §10).
 * Modules call `computeDeadline`; the server seeds/edits CalendarYear rows and builds the calendar with
 * `createCalendar`; `parseHolidayNotice` turns the State Council notice text into a CalendarYear.
 */
export type { IsoDate, CalendarDay, CalendarYear, CalendarYearSource, CalendarYearStatus } from './types.ts';
export {
  ZIsoDate,
  ZDateOfRecord,
  MIN_ISO_DATE,
  MAX_ISO_DATE,
  todayInChina,
  ZCalendarDay,
  ZCalendarYear,
  ZCalendarYearSource,
  ZCalendarYearStatus,
} from './types.ts';
export {
  checkYearCompleteness,
  statutoryHolidaysOf,
  type LunarAlmanac,
  type StatutoryHolidays,
  type YearCompleteness,
} from './statutory-holidays.ts';
export {
  assessYearConfirmation,
  NOTICE_NUMBER_RE,
  type ConfirmationProblem,
  type YearConfirmation,
  type YearConfirmationInput,
} from './year-confirmation.ts';
export { addDays, dayOfWeekOf, daysBetween, formatDateZh, isRealIsoDate, isWeekend, weekdayZh, type DayOfWeek } from './iso-date.ts';
export {
  createCalendar,
  dayInfo,
  isYearOfficial,
  type DayInfo,
  type DayReason,
  type WorkingDayCalendar,
  type YearBasis,
} from './working-day-calendar.ts';
export {
  addCalendarDays,
  addWorkingDays,
  workingDaysBetween,
  type CalendarDayCountResult,
  type DateCountResult,
  type WorkingDaysBetweenResult,
} from './day-counting.ts';
export {
  MAX_DEADLINE_DAYS,
  ZDeadlineExtension,
  ZDeadlinePause,
  ZDeadlineRule,
  type DeadlineBasis,
  type DeadlineExtension,
  type DeadlinePause,
  type DeadlineRule,
} from './deadline-rule.ts';
export type { DeadlineExplanation, ExplanationStep, PauseEffect } from './explanation-steps.ts';
export { computeDeadline, type DeadlineResult } from './compute-deadline.ts';
export { parseHolidayNotice, type ParsedHolidayNotice } from './holiday-notice.ts';

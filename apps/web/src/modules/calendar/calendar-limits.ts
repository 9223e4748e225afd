import { ZComputeDeadlineQuery, ZNoticePreviewRequest, ZSaveCalendarYearRequest } from '@yifa/domain';
import { ZCalendarDay, ZDeadlineExtension, ZDeadlinePause } from '@yifa/domain/calendar';
import { maxLengthOf, numberLimitsOf } from '../../components/contract-limits.ts';

/** The calendar's form limits, read from the contracts the server checks (never copied by hand). */
export const CALENDAR_LIMITS = {
  dayName: maxLengthOf(ZCalendarDay, 'name'),
  notice: maxLengthOf(ZSaveCalendarYearRequest, 'notice'),
  noticeText: maxLengthOf(ZNoticePreviewRequest, 'text'),
  year: numberLimitsOf(ZNoticePreviewRequest, 'year'),
  startLabel: maxLengthOf(ZComputeDeadlineQuery, 'startLabelZh'),
  days: numberLimitsOf(ZComputeDeadlineQuery, 'days'),
  extensionDays: numberLimitsOf(ZDeadlineExtension, 'days'),
  extensionReason: maxLengthOf(ZDeadlineExtension, 'reasonZh'),
  pauseReason: maxLengthOf(ZDeadlinePause, 'reasonZh'),
};

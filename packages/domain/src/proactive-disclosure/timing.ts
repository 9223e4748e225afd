import { computeDeadline } from '../calendar/compute-deadline.ts';
import type { DeadlineExplanation } from '../calendar/explanation-steps.ts';
import { workingDaysBetween } from '../calendar/day-counting.ts';
import type { IsoDate } from '../calendar/types.ts';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.ts';

export interface PublicationTiming {
  /** formed + the catalogue item's limit in working days (《政府信息公开条例》第二十六条). */
  dueDate: IsoDate;
  isProvisional: boolean;
  explanation: DeadlineExplanation;
  /** Published after the due date: 逾期公开. Null while not published. */
  isLate: boolean | null;
  /** Working days after the due date (0 when on time, null while not published). */
  workingDaysLate: number | null;
}

/**
 * The due date of a publication and whether it was late. Publishing on the due date itself is on
 * time; each working day after it is one day late (weekends and holidays after the due date are
 * not counted, make-up workdays are).
 */
export function publicationTiming(
  cal: WorkingDayCalendar,
  input: { formedOn: IsoDate; timeLimitDays: number; publishedOn: IsoDate | null },
): PublicationTiming {
  const result = computeDeadline(cal, {
    basis: 'workingDays',
    days: input.timeLimitDays,
    startDate: input.formedOn,
    startLabelZh: '信息形成或变更',
  });
  const dueDate = result.dueDate!;
  if (!input.publishedOn)
    return { dueDate, isProvisional: result.isProvisional, explanation: result.explanation, isLate: null, workingDaysLate: null };
  const late = input.publishedOn > dueDate ? Math.max(1, workingDaysBetween(cal, dueDate, input.publishedOn).days) : 0;
  return { dueDate, isProvisional: result.isProvisional, explanation: result.explanation, isLate: late > 0, workingDaysLate: late };
}

import { computeDeadline, type DeadlineResult, type DeadlineRule, type WorkingDayCalendar } from '@yifa/domain/calendar';
import { isZodError, invalidParamsOf } from '../calendar/zod-invalid-params.ts';
import { AppError } from '../http/app-error.ts';

/**
 * computeDeadline with its failures as a 400: a rule a clerk typed (a bad date, 5000 days) is a
 * validation problem of the request, not a server error. `field` names the rule in invalidParams.
 */
export function computeOrThrow(cal: WorkingDayCalendar, rule: DeadlineRule, field = 'rule'): DeadlineResult {
  try {
    return computeDeadline(cal, rule);
  } catch (error) {
    if (isZodError(error)) throw new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: invalidParamsOf(error, field) });
    if (error instanceof RangeError) {
      throw new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: [{ name: field, code: 'too_big', reason: error.message }] });
    }
    throw error;
  }
}

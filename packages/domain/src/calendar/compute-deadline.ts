/**
 * THE deadline function. Every module (disclosure, reconsideration, petitions, mediation…) computes its
 * statutory deadlines here, on the page and on the server alike, and stores the explanation with the date.
 *
 * Example (政府信息公开条例 Art. 33 ¶2): request received 2026-02-10, 20 working days →
 * computeDeadline(cal, { basis: 'workingDays', days: 20, startDate: '2026-02-10', startLabelZh: '收到申请' })
 * → dueDate '2026-03-16' (Spring Festival 2026-02-15…23 skipped, make-up Saturdays 02-14 and 02-28 counted).
 */
import { MAX_DEADLINE_DAYS, ZDeadlineRule, type DeadlineRule } from './deadline-rule.ts';
import { walkCalendarDays, walkWorkingDays } from './deadline-walk.ts';
import { buildSteps, type DeadlineExplanation } from './explanation-steps.ts';
import { renderTextEn, renderTextZh } from './explanation-text.ts';
import type { IsoDate } from './types.ts';
import type { WorkingDayCalendar } from './working-day-calendar.ts';

export interface DeadlineResult {
  /** null while a pause is running ("clock stopped"). */
  dueDate: IsoDate | null;
  /** Years consulted that have no official schedule; non-empty ⇒ isProvisional. */
  missingYears: number[];
  /** True when the date rests on a year without an official schedule: show it as 暂定, recompute later. */
  isProvisional: boolean;
  explanation: DeadlineExplanation;
}

/** Validates the rule (ZDeadlineRule; throws ZodError) and computes the due date with its explanation. */
export function computeDeadline(cal: WorkingDayCalendar, rule: DeadlineRule): DeadlineResult {
  const parsed: DeadlineRule = ZDeadlineRule.parse(rule);
  const pauses = parsed.pauses ?? [];
  const total = parsed.days + (parsed.extensions ?? []).reduce((n, e) => n + e.days, 0);
  if (total > MAX_DEADLINE_DAYS) throw new RangeError(`期限连同延长不能超过${MAX_DEADLINE_DAYS}天`);

  const walk =
    parsed.basis === 'workingDays'
      ? walkWorkingDays(cal, parsed.startDate, total, pauses)
      : walkCalendarDays(cal, parsed.startDate, total, pauses);

  const steps = buildSteps(parsed, walk, total);
  return {
    dueDate: walk.dueDate,
    missingYears: walk.missingYears,
    isProvisional: walk.missingYears.length > 0,
    explanation: { rule: parsed, steps, textZh: renderTextZh(steps), textEn: renderTextEn(steps) },
  };
}

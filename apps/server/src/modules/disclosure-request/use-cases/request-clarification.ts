import { type BodyOf } from '@yifa/domain';
import { computeRequestClock, type disclosureRequestApi } from '@yifa/domain/disclosure-request';
import { loadCalendar } from '../../../platform/calendar/calendar-service.ts';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDateOf } from '../request-step.ts';
import { clockEventsOf } from '../sync-clock.ts';

/**
 * 补正 (《政府信息公开条例》第三十条): one consolidated notice of what to correct, with a reasonable period;
 * due within 7 working days of receipt. The reply clock stops until the corrected application arrives.
 * A notice sent after the 7 working days is still recorded (the applicant must be told), but marked late
 * on its event (isLate, dueOn) for the compliance rule, and the clerk sees the warning of the clock.
 */
export function requestClarification(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof disclosureRequestApi.clarification>,
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.request-clarification', 'clarification', async (row, tx, events) => {
    assertStepDateOf(row, events, 'clarificationRequested', input.noticeOn, 'noticeOn');
    const clock = computeRequestClock(await loadCalendar(tx), [
      ...clockEventsOf(events),
      { kind: 'clarificationRequested', date: input.noticeOn, correctBy: input.correctBy },
    ]);
    const late = clock.lateClarificationNotices.find((n) => n.noticeOn === input.noticeOn);
    return {
      events: [
        {
          kind: 'clarificationRequested',
          on: input.noticeOn,
          data: { correctBy: input.correctBy, itemsToCorrect: input.itemsToCorrect, ...(late ? { isLate: true, dueOn: late.dueOn } : {}) },
        },
      ],
    };
  });
}

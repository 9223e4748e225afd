import { computeRequestClock } from '@yifa/domain';
import { loadCalendar } from '../../../platform/calendar/calendar-service.ts';
import { listEvents } from '../repository.ts';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertOpen, assertReceived, assertStepDateOf } from './request-step.ts';
import { clockEventsOf } from './sync-clock.ts';

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
  input: { noticeOn: string; correctBy: string; itemsToCorrect: string; version: number },
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.request-clarification', async (row, tx) => {
    assertOpen(row);
    assertReceived(row);
    if (row.status === 'awaitingCorrection') throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'a notice is pending' });
    await assertStepDateOf(tx, row, 'clarificationRequested', input.noticeOn, 'noticeOn');
    const clock = computeRequestClock(await loadCalendar(tx), [
      ...clockEventsOf(await listEvents(tx, id)),
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

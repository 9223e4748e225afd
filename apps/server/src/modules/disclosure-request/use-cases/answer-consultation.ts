import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDate, historyOf } from '../request-step.ts';

/**
 * The consulted party answered (条例第三十二条: a reasoned objection of a third party blocks disclosure as a rule).
 * `consultationId` is the id of the consultation's `consultationStarted` event (the detail's openConsultationId).
 */
export function answerConsultation(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  consultationId: string,
  input: BodyOf<typeof disclosureRequestApi.answerConsultation>,
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.answer-consultation', 'answerConsultation', (row, _tx, events) => {
    const started = events.find((e) => e.id === consultationId && e.kind === 'consultationStarted');
    if (!started) throw new AppError('RECORD.NOT_FOUND');
    if (events.some((e) => e.kind === 'consultationAnswered' && (e.data as { consultationId?: string }).consultationId === consultationId))
      throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'already answered' });
    // Only this consultation's start binds its answer (another may have started later).
    const history = historyOf(row, events).filter((h) => h.kind !== 'consultationStarted');
    assertStepDate([...history, { kind: 'consultationStarted', date: started.on }], 'consultationAnswered', input.answeredOn, 'answeredOn');
    return {
      events: [
        {
          kind: 'consultationAnswered',
          on: input.answeredOn,
          data: { consultationId, answerSummary: input.answerSummary, isObjection: input.isObjection },
        },
      ],
    };
  });
}

import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { disclosureRequestEvents } from '../tables.ts';
import { listEvents } from '../repository.ts';
import { applyStep, assertOpen, assertStepDate, historyOf } from './request-step.ts';

/** The consulted party answered (条例第三十二条: a reasoned objection of a third party blocks disclosure as a rule). */
export function answerConsultation(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  consultationId: string,
  input: { answeredOn: string; answerSummary: string | null; isObjection: boolean; version: number },
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.answer-consultation', async (row, tx) => {
    assertOpen(row);
    const [started] = await tx
      .select()
      .from(disclosureRequestEvents)
      .where(
        and(
          eq(disclosureRequestEvents.id, consultationId),
          eq(disclosureRequestEvents.requestId, id),
          eq(disclosureRequestEvents.kind, 'consultationStarted'),
        ),
      );
    if (!started) throw new AppError('RECORD.NOT_FOUND');
    const answered = await tx
      .select()
      .from(disclosureRequestEvents)
      .where(and(eq(disclosureRequestEvents.requestId, id), eq(disclosureRequestEvents.kind, 'consultationAnswered')));
    if (answered.some((e) => (e.data as { consultationId?: string }).consultationId === consultationId))
      throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'already answered' });
    // Only this consultation's start binds its answer (another may have started later).
    const history = historyOf(row, await listEvents(tx, id)).filter((h) => h.kind !== 'consultationStarted');
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

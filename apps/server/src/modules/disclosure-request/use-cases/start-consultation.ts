import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertOpen, assertReceived, assertStepDateOf } from './request-step.ts';

/**
 * Consulting a third party (条例第三十二条) or another agency (第三十四条) in writing: the time until the
 * answer, at most 15 working days, is not counted (第三十三条第三款).
 */
export function startConsultation(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: { party: 'thirdParty' | 'agency'; partyName: string; startedOn: string; version: number },
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.start-consultation', async (row, tx) => {
    assertOpen(row);
    if (row.status === 'awaitingCorrection') throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'awaiting correction' });
    assertReceived(row);
    await assertStepDateOf(tx, row, 'consultationStarted', input.startedOn, 'startedOn');
    return { events: [{ kind: 'consultationStarted', on: input.startedOn, data: { party: input.party, partyName: input.partyName } }] };
  });
}

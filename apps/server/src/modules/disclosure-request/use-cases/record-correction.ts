import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDateOf } from './request-step.ts';

/** The corrected application is received: the reply period starts again from this day (条例第三十条). */
export function recordCorrection(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: { receivedOn: string; description: string | null; version: number },
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.record-correction', async (row, tx) => {
    if (row.status !== 'awaitingCorrection') throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE');
    // Not before the notice it answers: else the request would await a correction for ever, with no due date.
    await assertStepDateOf(tx, row, 'correctionReceived', input.receivedOn, 'receivedOn');
    return {
      patch: input.description ? { description: input.description } : {},
      events: [
        { kind: 'correctionReceived', on: input.receivedOn, data: input.description ? { previousDescription: row.description } : {} },
      ],
    };
  });
}

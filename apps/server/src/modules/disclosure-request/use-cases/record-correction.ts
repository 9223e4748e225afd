import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDateOf } from '../request-step.ts';

/** The corrected application is received: the reply period starts again from this day (条例第三十条). */
export function recordCorrection(ctx: AppContext, auth: AuthContext, id: string, input: BodyOf<typeof disclosureRequestApi.correction>) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.record-correction', 'correction', (row, _tx, events) => {
    // Not before the notice it answers: else the request would await a correction for ever, with no due date.
    assertStepDateOf(row, events, 'correctionReceived', input.receivedOn, 'receivedOn');
    return {
      patch: input.description ? { description: input.description } : {},
      events: [
        { kind: 'correctionReceived', on: input.receivedOn, data: input.description ? { previousDescription: row.description } : {} },
      ],
    };
  });
}

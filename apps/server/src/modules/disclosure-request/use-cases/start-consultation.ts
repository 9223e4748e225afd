import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDateOf } from '../request-step.ts';

/**
 * Consulting a third party (条例第三十二条) or another agency (第三十四条) in writing: the time until the
 * answer, at most 15 working days, is not counted (第三十三条第三款).
 */
export function startConsultation(ctx: AppContext, auth: AuthContext, id: string, input: BodyOf<typeof disclosureRequestApi.consultation>) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.start-consultation', 'consultation', (row, _tx, events) => {
    assertStepDateOf(row, events, 'consultationStarted', input.startedOn, 'startedOn');
    return { events: [{ kind: 'consultationStarted', on: input.startedOn, data: { party: input.party, partyName: input.partyName } }] };
  });
}

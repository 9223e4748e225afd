import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDateOf } from '../request-step.ts';

/** Staff found the application clear and complete: no clarification notice (条例第三十条) will be needed. */
export function reviewComplete(ctx: AppContext, auth: AuthContext, id: string, input: BodyOf<typeof disclosureRequestApi.reviewComplete>) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.review-complete', 'reviewComplete', (row, _tx, events) => {
    assertStepDateOf(row, events, 'reviewedComplete', input.on, 'on');
    return { events: [{ kind: 'reviewedComplete', on: input.on }] };
  });
}

import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertOpen, assertReceived, assertStepDateOf } from './request-step.ts';

/** Staff found the application clear and complete: no clarification notice (条例第三十条) will be needed. */
export function reviewComplete(ctx: AppContext, auth: AuthContext, id: string, input: { on: string; version: number }) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.review-complete', async (row, tx) => {
    assertOpen(row);
    assertReceived(row);
    await assertStepDateOf(tx, row, 'reviewedComplete', input.on, 'on');
    return { events: [{ kind: 'reviewedComplete', on: input.on }] };
  });
}

import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertOpen } from './request-step.ts';

/** Staff ask for the one extension of at most 20 working days (条例第三十三条第二款); the head of the office approves it. */
export function requestExtension(ctx: AppContext, auth: AuthContext, id: string, input: { days: number; reason: string; version: number }) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.request-extension', (row) => {
    assertOpen(row);
    if (!row.receivedOn) throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE');
    if (row.extensionApprovedOn) throw new AppError('DISCLOSURE_REQUEST.ALREADY_EXTENDED');
    return { patch: { extensionDays: input.days, extensionReason: input.reason, extensionRequestedBy: auth.user.id } };
  });
}

import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertNotBeforeReceipt, assertOpen } from './request-step.ts';

/**
 * 补正 (《政府信息公开条例》第三十条): one consolidated notice of what to correct, with a reasonable period;
 * due within 7 working days of receipt. The reply clock stops until the corrected application arrives.
 */
export function requestClarification(ctx: AppContext, auth: AuthContext, id: string, input: { noticeOn: string; correctBy: string; itemsToCorrect: string; version: number }) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.request-clarification', (row) => {
    assertOpen(row);
    assertNotBeforeReceipt(row, input.noticeOn, 'noticeOn');
    if (row.status === 'awaitingCorrection') throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'a notice is pending' });
    return { events: [{ kind: 'clarificationRequested', on: input.noticeOn, data: { correctBy: input.correctBy, itemsToCorrect: input.itemsToCorrect } }] };
  });
}

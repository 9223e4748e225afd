import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertNotBeforeReceipt, assertOpen } from './request-step.ts';

/**
 * The head of the OGI office approves the extension (条例第三十三条第二款: 经政府信息公开工作机构负责人同意并告知申请人);
 * the day the applicant was told is recorded. The reply due date moves by the days approved.
 */
export function approveExtension(ctx: AppContext, auth: AuthContext, id: string, input: { approvedOn: string; applicantNotifiedOn: string; version: number }) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.approve-extension', (row) => {
    assertOpen(row);
    if (row.extensionApprovedOn) throw new AppError('DISCLOSURE_REQUEST.ALREADY_EXTENDED');
    if (!row.extensionDays) throw new AppError('DISCLOSURE_REQUEST.NO_EXTENSION_REQUESTED');
    assertNotBeforeReceipt(row, input.approvedOn, 'approvedOn');
    if (input.applicantNotifiedOn < input.approvedOn) {
      throw new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: [{ name: 'body.applicantNotifiedOn', code: 'before_approval', reason: '告知日期不能早于批准日期' }] });
    }
    return {
      patch: { extensionApprovedBy: auth.user.id, extensionApprovedOn: input.approvedOn, extensionNotifiedOn: input.applicantNotifiedOn },
      events: [{ kind: 'extended', on: input.approvedOn, data: { days: row.extensionDays, reason: row.extensionReason, applicantNotifiedOn: input.applicantNotifiedOn } }],
    };
  });
}

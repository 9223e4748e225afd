import { type BodyOf } from '@yifa/domain';
import { extensionTooLate, type disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDate, historyOf } from '../request-step.ts';
import { computeClock } from '../sync-clock.ts';

/**
 * The head of the OGI office approves the extension (条例第三十三条第二款: 经政府信息公开工作机构负责人同意并告知申请人);
 * the day the applicant was told is recorded. The reply due date moves by the days approved. The law allows
 * it only within the period: an approval after the reply was due is refused (it would make a late reply look timely).
 */
export function approveExtension(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof disclosureRequestApi.extensionApproval>,
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.approve-extension', 'extensionApproval', async (row, tx, events) => {
    const history = historyOf(row, events);
    assertStepDate(history, 'extended', input.approvedOn, 'approvedOn');
    assertStepDate(
      [...history, { kind: 'extended', date: input.approvedOn }],
      'extensionNotified',
      input.applicantNotifiedOn,
      'applicantNotifiedOn',
    );
    const late = extensionTooLate(await computeClock(tx, events), input.approvedOn);
    if (late) {
      throw new AppError('DISCLOSURE_REQUEST.EXTENSION_TOO_LATE', {
        userMessage: late.reasonZh,
        invalidParams: [{ name: 'body.approvedOn', code: 'after_due_date', reason: late.reasonZh }],
      });
    }
    return {
      patch: { extensionApprovedBy: auth.user.id, extensionApprovedOn: input.approvedOn, extensionNotifiedOn: input.applicantNotifiedOn },
      events: [
        {
          kind: 'extended',
          on: input.approvedOn,
          data: { days: row.extensionDays, reason: row.extensionReason, applicantNotifiedOn: input.applicantNotifiedOn },
        },
      ],
    };
  });
}

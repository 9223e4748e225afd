import { type BodyOf } from '@yifa/domain';
import { type OutcomeCode } from '@yifa/domain/disclosure-request';
import { missingReplyContents, type disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDateOf } from '../request-step.ts';

/**
 * Issues the reply: the letter text is frozen, the request closed with its outcome (the row of annual
 * report table 3) and the reply deadline met (条例第三十三条). The outcome's required contents must be there.
 */
export function issueReply(ctx: AppContext, auth: AuthContext, id: string, input: BodyOf<typeof disclosureRequestApi.reply>) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.issue-reply', 'reply', (row, _tx, events) => {
    assertStepDateOf(row, events, 'replied', input.repliedOn, 'repliedOn');
    const missing = missingReplyContents({
      outcome: row.outcome as OutcomeCode,
      reasons: row.reasons,
      publishedLocation: row.publishedLocation,
      responsibleAgency: row.responsibleAgency,
    });
    if (missing.length)
      throw new AppError('DISCLOSURE_REQUEST.REPLY_INCOMPLETE', {
        invalidParams: missing.map((m) => ({
          name: `body.${m}`,
          code: 'required',
          reason: m === 'reasons' ? '请填写理由' : '请填写获取途径',
        })),
      });
    return {
      patch: { letterIssuedAt: new Date(), closedOn: input.repliedOn },
      events: [{ kind: 'replied', on: input.repliedOn, data: { outcome: row.outcome } }],
    };
  });
}

import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { requestPolicy } from '../policy.ts';
import { findRequest, type ReviewRow } from '../repository.ts';
import { assertRequestStep } from '../request-step.ts';
import { assertReviewDates, reviewAuditView } from '../review-dates.ts';
import { disclosureReviews } from '../tables.ts';

/**
 * Administrative reconsideration or litigation about a replied request (《政府信息公开条例》第五十一条;
 * 行政复议法第二十三条), with its kind and result as annual report table 4 counts them.
 */
export async function addReview(
  ctx: AppContext,
  auth: AuthContext,
  requestId: string,
  input: BodyOf<typeof disclosureRequestApi.addReview>,
): Promise<ReviewRow> {
  return ctx.db.transaction(async (tx) => {
    const request = authorize(requestPolicy, auth, await findRequest(tx, auth.scope, requestId), 'step');
    await assertRequestStep(tx, request, 'addReview');
    if (!request.closedOn) throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'not replied yet' });
    assertReviewDates(request.closedOn, input);
    const [row] = await tx
      .insert(disclosureReviews)
      .values({
        townshipId: request.townshipId,
        orgId: request.orgId,
        requestId,
        kind: input.kind,
        filedOn: input.filedOn,
        authority: input.authority,
        result: input.result,
        decidedOn: input.decidedOn ?? null,
        note: input.note,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'disclosure-request.review.create',
      entityType: 'disclosureReview',
      entityId: row!.id,
      townshipId: row!.townshipId,
      after: reviewAuditView(row!),
    });
    return row!;
  });
}

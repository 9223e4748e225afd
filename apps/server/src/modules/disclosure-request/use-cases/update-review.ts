import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { reviewPolicy } from '../policy.ts';
import { findRequest, findReview, type ReviewRow } from '../repository.ts';
import { assertReviewDates, reviewAuditView } from '../review-dates.ts';
import { disclosureReviews } from '../tables.ts';

/** The result of a reconsideration or lawsuit as it comes (维持、纠正、其他), with the day it was decided. */
export async function updateReview(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof disclosureRequestApi.updateReview>,
): Promise<ReviewRow> {
  return ctx.db.transaction(async (tx) => {
    const before = authorize(reviewPolicy, auth, await findReview(tx, auth.scope, id), 'update');
    const request = await findRequest(tx, auth.scope, before.requestId);
    if (!request?.closedOn) throw new AppError('RECORD.NOT_FOUND');
    assertReviewDates(request.closedOn, input);
    const { version, ...fields } = input;
    const [row] = await tx
      .update(disclosureReviews)
      .set({ ...fields, decidedOn: fields.decidedOn ?? null, version: before.version + 1, updatedAt: new Date(), updatedBy: auth.user.id })
      .where(and(eq(disclosureReviews.id, id), eq(disclosureReviews.version, version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'disclosure-request.review.update',
      entityType: 'disclosureReview',
      entityId: id,
      townshipId: row.townshipId,
      before: reviewAuditView(before),
      after: reviewAuditView(row),
    });
    return row;
  });
}

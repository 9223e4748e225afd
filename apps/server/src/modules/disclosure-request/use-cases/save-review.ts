import type { SaveReview } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { canWriteTownship } from '../../../platform/scope/data-scope.ts';
import { findRequest, findReview, type ReviewRow } from '../repository.ts';
import { disclosureReviews } from '../tables.ts';
import { assertStepDate } from './request-step.ts';

/** Filed after the reply it contests, decided after it was filed, neither after today (step-dates.ts). */
function assertReviewDates(closedOn: string, input: SaveReview): void {
  const replied = { kind: 'replied', date: closedOn };
  assertStepDate([replied], 'reviewFiled', input.filedOn, 'filedOn');
  if (input.decidedOn)
    assertStepDate([replied, { kind: 'reviewFiled', date: input.filedOn }], 'reviewDecided', input.decidedOn, 'decidedOn');
}

const view = (r: ReviewRow) => ({
  requestId: r.requestId,
  kind: r.kind,
  filedOn: r.filedOn,
  authority: r.authority,
  result: r.result,
  decidedOn: r.decidedOn,
});

/**
 * Administrative reconsideration or litigation about a request (《政府信息公开条例》第五十一条; 行政复议法第二十三条),
 * with its kind and result as annual report table 4 counts them.
 */
export async function createReview(ctx: AppContext, auth: AuthContext, requestId: string, input: SaveReview): Promise<ReviewRow> {
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, auth.scope, requestId);
    if (!request || !canWriteTownship(auth.scope, request.townshipId)) throw new AppError('RECORD.NOT_FOUND');
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
      after: view(row!),
    });
    return row!;
  });
}

export async function updateReview(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: SaveReview & { version: number },
): Promise<ReviewRow> {
  return ctx.db.transaction(async (tx) => {
    const before = await findReview(tx, auth.scope, id);
    if (!before || !canWriteTownship(auth.scope, before.townshipId)) throw new AppError('RECORD.NOT_FOUND');
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
      before: view(before),
      after: view(row),
    });
    return row;
  });
}

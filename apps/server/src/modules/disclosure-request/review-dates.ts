import type { SaveReview } from '@yifa/domain/disclosure-request';
import { assertStepDate } from './request-step.ts';
import type { ReviewRow } from './repository.ts';

/** Filed after the reply it contests, decided after it was filed, neither after today (step-dates.ts). */
export function assertReviewDates(closedOn: string, input: SaveReview): void {
  const replied = { kind: 'replied', date: closedOn };
  assertStepDate([replied], 'reviewFiled', input.filedOn, 'filedOn');
  if (input.decidedOn)
    assertStepDate([replied, { kind: 'reviewFiled', date: input.filedOn }], 'reviewDecided', input.decidedOn, 'decidedOn');
}

/** What the audit log keeps of a reconsideration or lawsuit. */
export const reviewAuditView = (r: ReviewRow) => ({
  requestId: r.requestId,
  kind: r.kind,
  filedOn: r.filedOn,
  authority: r.authority,
  result: r.result,
  decidedOn: r.decidedOn,
});

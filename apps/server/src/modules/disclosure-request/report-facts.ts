import type { ApplicantKind, OutcomeCode, ReviewKind, ReviewResult } from '@yifa/domain/disclosure-request';
import type { RequestFact, ReviewFact } from '@yifa/domain/disclosure-report';
import { and, eq, gte, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { disclosureRequests, disclosureReviews } from './tables.ts';

/**
 * What the OGI annual report (条例第五十条; 国办公开办函〔2021〕30号 tables 3 and 4) takes from this module:
 * every request received on or before 31 December of `year` and not closed before 1 January of it (so the
 * ones carried over from the year before and into the next appear), and every reconsideration or lawsuit
 * filed in `year` or still undecided at its start. One query each, on the (township_id, received_on) and
 * (township_id, filed_on) indexes.
 */
export async function loadDisclosureReportFacts(
  db: DbOrTx,
  townshipId: string,
  year: number,
): Promise<{ requests: RequestFact[]; reviews: ReviewFact[] }> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const [requests, reviews] = await Promise.all([
    db
      .select({
        id: disclosureRequests.id,
        number: disclosureRequests.number,
        applicantKind: disclosureRequests.applicantKind,
        receivedOn: disclosureRequests.receivedOn,
        closedOn: disclosureRequests.closedOn,
        outcome: disclosureRequests.outcome,
      })
      .from(disclosureRequests)
      .where(
        and(
          eq(disclosureRequests.townshipId, townshipId),
          isNull(disclosureRequests.deletedAt),
          isNotNull(disclosureRequests.receivedOn),
          lte(disclosureRequests.receivedOn, last),
          or(isNull(disclosureRequests.closedOn), gte(disclosureRequests.closedOn, first)),
        ),
      ),
    db
      .select({
        id: disclosureReviews.id,
        requestId: disclosureReviews.requestId,
        kind: disclosureReviews.kind,
        filedOn: disclosureReviews.filedOn,
        decidedOn: disclosureReviews.decidedOn,
        result: disclosureReviews.result,
      })
      .from(disclosureReviews)
      .where(
        and(
          eq(disclosureReviews.townshipId, townshipId),
          isNull(disclosureReviews.deletedAt),
          lte(disclosureReviews.filedOn, last),
          or(gte(disclosureReviews.filedOn, first), isNull(disclosureReviews.decidedOn), gte(disclosureReviews.decidedOn, first)),
        ),
      ),
  ]);
  return {
    requests: requests.map((r) => ({
      id: r.id,
      number: r.number,
      applicantKind: r.applicantKind as ApplicantKind,
      receivedOn: r.receivedOn!,
      closedOn: r.closedOn,
      outcome: (r.closedOn ? r.outcome : null) as OutcomeCode | null,
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      requestId: r.requestId,
      kind: r.kind as ReviewKind,
      filedOn: r.filedOn,
      decidedOn: r.decidedOn,
      result: r.result === 'pending' ? null : (r.result as Exclude<ReviewResult, 'pending'>),
    })),
  };
}

import type { DisclosureRequestDetail } from '@yifa/domain/disclosure-request';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { requestPolicy } from '../policy.ts';
import { presentDetail } from '../presenter.ts';
import { findRequest, listEvents, listRepeatsOf, listReviewsOf } from '../repository.ts';
import { requestFacts } from '../request-facts.ts';
import { clockView, computeClock } from '../sync-clock.ts';

/**
 * One request with its clock, history, reviews, its stored repeat links (条例第四十四条), the caller's abilities and the
 * steps allowed now. With `unmasked` (the viewPersonal ability: disclosure-request:request:view-personal)
 * the applicant's ID number, phone, address and email are shown in clear, and that view is audited
 * (个人信息保护法第五十一条).
 */
export async function viewRequest(ctx: AppContext, auth: AuthContext, id: string, unmasked: boolean): Promise<DisclosureRequestDetail> {
  const db = ctx.db;
  const found = await findRequest(db, auth.scope, id);
  if (!found || !requestPolicy.visible(auth, found)) throw new AppError('RECORD.NOT_FOUND');
  const row = unmasked ? authorize(requestPolicy, auth, found, 'viewPersonal') : found;
  const today = todayInChina();
  const [events, reviews, repeats] = await Promise.all([listEvents(db, id), listReviewsOf(db, id), listRepeatsOf(db, auth.scope, id)]);
  const clock = await computeClock(db, events);
  const proofFileIds = events
    .filter((e) => e.kind === 'delivered')
    .flatMap((e) => (e.data as { proofFileIds?: string[] }).proofFileIds ?? []);
  if (unmasked) {
    await writeAudit(db, actorOf(auth), {
      action: 'disclosure-request.view-personal',
      entityType: 'disclosureRequest',
      entityId: id,
      townshipId: row.townshipId,
    });
  }
  return presentDetail(
    auth,
    row,
    today,
    {
      events,
      reviews,
      proofFileIds,
      clock: {
        reply: clockView(clock.reply),
        clarificationNotice: clockView(clock.clarificationNotice),
        correction: clockView(clock.correction),
      },
      warningsZh: clock.warningsZh,
      repeats,
      facts: requestFacts(row, events, clock),
    },
    unmasked ? ctx.secrets : null,
  );
}

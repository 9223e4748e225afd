import type { DisclosureRequestDetail } from '@yifa/domain';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentDetail } from '../presenter.ts';
import { findRequest, listEvents, listReviewsOf } from '../repository.ts';
import { findRepeats } from './find-repeats.ts';
import { clockView, computeClock } from './sync-clock.ts';

/**
 * One request with its clock, history, reviews and similar applications. With `unmasked` (only for
 * disclosure-request:request:view-personal) the applicant's ID number, phone, address and email are shown in clear,
 * and that view is audited (个人信息保护法第五十一条).
 */
export async function viewRequest(ctx: AppContext, auth: AuthContext, id: string, unmasked: boolean): Promise<DisclosureRequestDetail> {
  const row = await findRequest(ctx.db, auth.scope, id);
  if (!row) throw new AppError('RECORD.NOT_FOUND');
  if (unmasked && !auth.permissions.has('disclosure-request:request:view-personal')) throw new AppError('AUTH.FORBIDDEN');
  const today = todayInChina();
  const [events, reviews, repeats] = await Promise.all([
    listEvents(ctx.db, id),
    listReviewsOf(ctx.db, id),
    findRepeats(ctx.db, auth.scope, today),
  ]);
  const clock = await computeClock(ctx.db, events);
  const proofFileIds = events
    .filter((e) => e.kind === 'delivered')
    .flatMap((e) => (e.data as { proofFileIds?: string[] }).proofFileIds ?? []);
  if (unmasked) {
    await writeAudit(ctx.db, actorOf(auth), {
      action: 'disclosure-request.view-personal',
      entityType: 'disclosureRequest',
      entityId: id,
      townshipId: row.townshipId,
    });
  }
  return presentDetail(
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
      repeats: (repeats.similar.get(id) ?? [])
        .map((rid) => repeats.byId.get(rid)!)
        .map((r) => ({ id: r.id, number: r.number, description: r.description })),
    },
    unmasked ? ctx.secrets : null,
  );
}

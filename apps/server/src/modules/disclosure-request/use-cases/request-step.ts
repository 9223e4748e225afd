import { checkStepDate, type RecordedStep, type StepKind } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { canWriteTownship } from '../../../platform/scope/data-scope.ts';
import { requestAuditView } from '../presenter.ts';
import { findRequest, listEvents, type RequestEventRow, type RequestRow } from '../repository.ts';
import { disclosureRequestEvents, disclosureRequests } from '../tables.ts';
import { syncClock } from './sync-clock.ts';

export interface StepResult {
  patch?: Partial<typeof disclosureRequests.$inferInsert>;
  events?: { kind: string; on: string; data?: Record<string, unknown> }[];
}

/** Every handling step comes after the receipt of the application (条例第三十一条 starts everything). */
export function assertReceived(row: RequestRow): void {
  if (!row.receivedOn) throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'not received yet' });
}

/** The request's recorded steps as the domain's ordering rules see them: its arrival, then its events. */
export function historyOf(row: RequestRow, events: readonly RequestEventRow[]): RecordedStep[] {
  return [{ kind: 'arrived', date: row.arrivedOn }, ...events.map((e) => ({ kind: e.kind, date: e.on }))];
}

/**
 * A step's date is never after today (China time) nor before the steps it must follow (checkStepDate, in
 * the domain): refused with the earlier step and its date named, on the field that carries the date.
 */
export function assertStepDate(history: readonly RecordedStep[], step: StepKind, date: string, field: string): void {
  const problem = checkStepDate(history, step, date, todayInChina());
  if (!problem) return;
  const code =
    problem.code === 'inFuture'
      ? 'DISCLOSURE_REQUEST.DATE_IN_FUTURE'
      : problem.earlier.kind === 'received'
        ? 'DISCLOSURE_REQUEST.DATE_BEFORE_RECEIPT'
        : 'DISCLOSURE_REQUEST.DATE_OUT_OF_ORDER';
  throw new AppError(code, {
    userMessage: problem.reasonZh,
    invalidParams: [
      { name: `body.${field}`, code: problem.code === 'inFuture' ? 'after_today' : 'before_earlier_step', reason: problem.reasonZh },
    ],
  });
}

/** assertStepDate against the request's stored history. */
export async function assertStepDateOf(tx: Tx, row: RequestRow, step: StepKind, date: string, field: string): Promise<RecordedStep[]> {
  const history = historyOf(row, await listEvents(tx, row.id));
  assertStepDate(history, step, date, field);
  return history;
}

export function assertOpen(row: RequestRow): void {
  if (row.status === 'replied') throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'already replied' });
}

/**
 * One workflow step on a request, in one transaction: load it in the caller's scope (else 404), check
 * the version, let the step decide (it throws AppError when the step is not allowed), write the patch
 * and the events, recompute the clock and the deadlines, and audit before/after.
 */
export async function applyStep(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  version: number | null,
  action: string,
  step: (row: RequestRow, tx: Tx) => StepResult | Promise<StepResult>,
): Promise<RequestRow> {
  return ctx.db.transaction(async (tx) => {
    const row = await findRequest(tx, auth.scope, id);
    if (!row || !canWriteTownship(auth.scope, row.townshipId)) throw new AppError('RECORD.NOT_FOUND');
    if (version !== null && row.version !== version) throw new AppError('REQUEST.CONFLICT');
    const { patch = {}, events = [] } = await step(row, tx);
    const [updated] = await tx
      .update(disclosureRequests)
      .set({ ...patch, version: row.version + 1, updatedAt: new Date(), updatedBy: auth.user.id })
      .where(and(eq(disclosureRequests.id, id), eq(disclosureRequests.version, row.version)))
      .returning();
    if (!updated) throw new AppError('REQUEST.CONFLICT');
    for (const e of events) {
      await tx
        .insert(disclosureRequestEvents)
        .values({ townshipId: row.townshipId, requestId: id, kind: e.kind, on: e.on, data: e.data ?? {}, createdBy: auth.user.id });
    }
    const synced = await syncClock(tx, actorOf(auth), updated);
    await writeAudit(tx, actorOf(auth), {
      action,
      entityType: 'disclosureRequest',
      entityId: id,
      townshipId: row.townshipId,
      before: requestAuditView(row),
      after: requestAuditView(synced),
    });
    return synced;
  });
}

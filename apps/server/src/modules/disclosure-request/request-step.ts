import {
  checkStepDate,
  requestWorkflow,
  REQUEST_STEP_ABILITY,
  type RecordedStep,
  type RequestStatus,
  type RequestStep,
  type StepKind,
} from '@yifa/domain/disclosure-request';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../platform/auth/auth-context.ts';
import type { DbOrTx, Tx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { AppContext } from '../../platform/http/app-context.ts';
import { todayInChina } from '../../platform/calendar/today.ts';
import { assertStep, authorize } from '../../platform/policy/index.ts';
import { requestPolicy } from './policy.ts';
import { requestAuditView } from './presenter.ts';
import { requestFacts } from './request-facts.ts';
import { findRequest, listEvents, type RequestEventRow, type RequestRow } from './repository.ts';
import { disclosureRequestEvents, disclosureRequests } from './tables.ts';
import { computeClock, syncClock } from './sync-clock.ts';

export interface StepResult {
  patch?: Partial<typeof disclosureRequests.$inferInsert>;
  events?: { kind: string; on: string; data?: Record<string, unknown> }[];
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

/** assertStepDate against the request's stored history (its arrival and its events). */
export function assertStepDateOf(row: RequestRow, events: readonly RequestEventRow[], step: StepKind, date: string, field: string): void {
  assertStepDate(historyOf(row, events), step, date, field);
}

/** Refuses a step the request's workflow does not allow now (same codes as ever); answers the request's events. */
export async function assertRequestStep(tx: DbOrTx, row: RequestRow, step: RequestStep): Promise<RequestEventRow[]> {
  const events = await listEvents(tx, row.id);
  assertStep(requestWorkflow, step, row.status as RequestStatus, requestFacts(row, events, await computeClock(tx, events)));
  return events;
}

/**
 * One workflow step on a request, in one transaction: load it and authorize the step's ability
 * (policy.ts: not visible 404, no ability 403), check the version, refuse a step the workflow does not
 * allow now (assertStep, packages/domain workflow.ts), let the step check its input (dates) and say
 * what changes, write the patch and the events, recompute the clock and the deadlines, audit before/after.
 */
export async function applyStep(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  version: number | null,
  action: string,
  step: RequestStep,
  run: (row: RequestRow, tx: Tx, events: RequestEventRow[]) => StepResult | Promise<StepResult>,
): Promise<RequestRow> {
  return ctx.db.transaction(async (tx) => {
    const row = authorize(requestPolicy, auth, await findRequest(tx, auth.scope, id), REQUEST_STEP_ABILITY[step]);
    if (version !== null && row.version !== version) throw new AppError('REQUEST.CONFLICT');
    const history = await assertRequestStep(tx, row, step);
    const { patch = {}, events = [] } = await run(row, tx, history);
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

import {
  computeRequestClock,
  RequestClockError,
  type ClockDeadline,
  type ClockEvent,
  type ClockView,
  type RequestClock,
  type RequestStatus,
} from '@yifa/domain/disclosure-request';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/write-audit.ts';
import { loadCalendar } from '../../platform/calendar/calendar-service.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { closeDeadline, upsertDeadline } from '../../platform/deadlines/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { listEvents, type RequestEventRow, type RequestRow } from './repository.ts';
import { disclosureRequests } from './tables.ts';

export const ENTITY_TYPE = 'disclosureRequest';
export const MODULE = 'disclosure-request';
export const requestLink = (id: string) => `/disclosure-requests/${id}`;

/** The stored events as the domain clock's input. */
export function clockEventsOf(events: RequestEventRow[]): ClockEvent[] {
  const out: ClockEvent[] = [];
  for (const e of events) {
    const d = e.data as Record<string, unknown>;
    switch (e.kind) {
      case 'received':
      case 'correctionReceived':
      case 'reviewedComplete':
      case 'replied':
        out.push({ kind: e.kind, date: e.on });
        break;
      case 'clarificationRequested':
        out.push({ kind: 'clarificationRequested', date: e.on, correctBy: String(d.correctBy) });
        break;
      case 'consultationStarted':
        out.push({ kind: 'consultationStarted', date: e.on, id: e.id, party: d.party === 'agency' ? 'agency' : 'thirdParty' });
        break;
      case 'consultationAnswered':
        out.push({ kind: 'consultationAnswered', date: e.on, id: String(d.consultationId) });
        break;
      case 'extended':
        out.push({ kind: 'extended', date: e.on, days: Number(d.days) });
        break;
      default:
        break;
    }
  }
  return out;
}

export async function computeClock(db: DbOrTx, events: RequestEventRow[]): Promise<RequestClock> {
  try {
    return computeRequestClock(await loadCalendar(db), clockEventsOf(events));
  } catch (e) {
    if (e instanceof RequestClockError) {
      throw new AppError(e.reason === 'extensionTwice' ? 'DISCLOSURE_REQUEST.ALREADY_EXTENDED' : 'DISCLOSURE_REQUEST.WRONG_STATE', {
        detail: e.reason,
      });
    }
    throw e;
  }
}

export function clockView(d: ClockDeadline | null): ClockView | null {
  return d
    ? { dueDate: d.result.dueDate, isProvisional: d.result.isProvisional, explanationZh: d.result.explanation.textZh, isOpen: d.isOpen }
    : null;
}

function statusOf(row: RequestRow, clock: RequestClock): RequestStatus {
  if (row.letterIssuedAt || row.closedOn) return 'replied';
  if (!row.receivedOn) return 'awaitingConfirmation';
  if (clock.isAwaitingCorrection) return 'awaitingCorrection';
  if (clock.consultationsOpen > 0) return 'consulting';
  return 'inProgress';
}

/**
 * After every step: recompute the statutory clock from the events, hand each deadline to the platform
 * (upsertDeadline while it runs, closeDeadline when met or no longer relevant), and store the status and
 * the module's copy of the reply due date. Same transaction as the step.
 */
export async function syncClock(tx: DbOrTx, actor: Actor, row: RequestRow): Promise<RequestRow> {
  const events = await listEvents(tx, row.id);
  const clock = await computeClock(tx, events);
  const base = {
    townshipId: row.townshipId,
    orgId: row.orgId,
    module: MODULE,
    entityType: ENTITY_TYPE,
    entityId: row.id,
    link: requestLink(row.id),
    assigneeId: row.handlerId,
  };
  const sync = async (kind: string, d: ClockDeadline | null, title: string, closedAs: 'met' | 'cancelled') => {
    if (!d) return;
    if (d.isOpen) await upsertDeadline(tx, actor, { ...base, kind, title, rule: d.rule });
    else await closeDeadline(tx, actor, ENTITY_TYPE, row.id, kind, closedAs);
  };
  // 条例第三十三条 (reply), 第三十条 (clarification notice; the applicant's correction period).
  await sync('reply', clock.reply, `答复政府信息公开申请（${row.number}）`, row.letterIssuedAt || row.closedOn ? 'met' : 'cancelled');
  const noticeSent = events.some((e) => e.kind === 'clarificationRequested');
  await sync(
    'clarification-notice',
    clock.clarificationNotice,
    `发出补正通知（${row.number}，如需补正）`,
    noticeSent ? 'met' : 'cancelled',
  );
  await sync(
    'correction',
    clock.correction,
    `申请人补正期限届满（${row.number}）`,
    events.some((e) => e.kind === 'correctionReceived') ? 'met' : 'cancelled',
  );

  const [updated] = await tx
    .update(disclosureRequests)
    .set({
      status: statusOf(row, clock),
      replyDueOn: clock.reply?.result.dueDate ?? null,
      clockTextZh: clock.reply?.result.explanation.textZh ?? null,
    })
    .where(eq(disclosureRequests.id, row.id))
    .returning();
  return updated!;
}

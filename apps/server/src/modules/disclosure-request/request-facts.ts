import type { RequestClock, RequestFacts } from '@yifa/domain/disclosure-request';
import type { RequestEventRow, RequestRow } from './repository.ts';

/** The answers of `consultationAnswered` events name the `consultationStarted` event they answer. */
function openConsultationIdOf(events: readonly RequestEventRow[]): string | null {
  const answered = new Set(
    events.filter((e) => e.kind === 'consultationAnswered').map((e) => String((e.data as { consultationId?: string }).consultationId)),
  );
  return events.filter((e) => e.kind === 'consultationStarted' && !answered.has(e.id)).at(-1)?.id ?? null;
}

/** What the request's workflow (packages/domain workflow.ts) needs to know, from the stored request, its events and its clock. */
export function requestFacts(row: RequestRow, events: readonly RequestEventRow[], clock: RequestClock): RequestFacts {
  return {
    isReceived: row.receivedOn !== null,
    isNoticeDue: clock.clarificationNotice?.isOpen ?? false,
    extension: row.extensionApprovedOn ? 'approved' : row.extensionDays ? 'requested' : 'none',
    hasDraft: !!row.outcome && !!row.letterText,
    openConsultationId: openConsultationIdOf(events),
    isDelivered: row.deliveredOn !== null,
  };
}

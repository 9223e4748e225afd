import { type OutcomeCode } from '@yifa/domain/disclosure-request';
import { draftReplyLetter } from '@yifa/domain/disclosure-request';
import type { RequestEventRow, RequestRow } from './repository.ts';

/** The draft letter of a request from its reply contents and its history (条例第三十六条至第三十九条). */
export function draftLetterFor(
  row: RequestRow,
  events: RequestEventRow[],
  c: { outcome: OutcomeCode; reasons: string | null; publishedLocation: string | null; responsibleAgency: string | null },
): string {
  const corrected = events.filter((e) => e.kind === 'correctionReceived').at(-1);
  const notice = events.filter((e) => e.kind === 'clarificationRequested').at(-1);
  return draftReplyLetter({
    ...c,
    applicantName: row.applicantName,
    description: row.description,
    receivedOn: row.receivedOn ?? row.arrivedOn,
    correctedOn: corrected?.on ?? null,
    clarificationNoticeOn: notice?.on ?? null,
  });
}

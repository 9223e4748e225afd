import type { BodyOf } from '@yifa/domain';
import type { AttendanceInput, lawStudyApi } from '@yifa/domain/law-study';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { assertDictionaryCode } from '../../platform/dictionaries/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { SessionRow } from './repository.ts';
import { requireRollPeople } from './roll-people.ts';
import { lawStudyAttendances, lawStudyLaws, lawStudySessions } from './tables.ts';

type SessionInput = BodyOf<typeof lawStudyApi.createSession> | BodyOf<typeof lawStudyApi.updateSession>;

/** The kind, the laws and the attendees a session names must be the township's own. */
export async function checkSessionReferences(tx: Tx, townshipId: string, input: SessionInput, isUpdate: boolean): Promise<void> {
  await assertDictionaryCode(tx, townshipId, 'activityKind', input.kind, { field: 'body.kind', allowInactive: isUpdate });
  if (input.lawIds.length) {
    const laws = await tx
      .select({ id: lawStudyLaws.id })
      .from(lawStudyLaws)
      .where(and(eq(lawStudyLaws.townshipId, townshipId), isNull(lawStudyLaws.deletedAt), inArray(lawStudyLaws.id, input.lawIds)));
    if (laws.length !== new Set(input.lawIds).size) {
      throw new AppError('REQUEST.VALIDATION_FAILED', {
        invalidParams: [{ name: 'body.lawIds', code: 'unknown', reason: '所选法律法规不在本乡镇学习目录中' }],
      });
    }
  }
  await requireRollPeople(
    tx,
    townshipId,
    input.attendance.map((a) => a.personId),
    (i) => `body.attendance.${i}.personId`,
  );
}

/**
 * Locks the sessions whose attendance a transaction is about to write, in id order. Every attendance
 * write path takes these locks first: writers of one session queue instead of deadlocking with the
 * count trigger (which locks the session after the rows), and each reads the attendance it changes
 * after the previous writer committed.
 */
export async function lockSessions(tx: Tx, sessionIds: string[]): Promise<void> {
  if (sessionIds.length === 0) return;
  await tx
    .select({ id: lawStudySessions.id })
    .from(lawStudySessions)
    .where(inArray(lawStudySessions.id, sessionIds))
    .orderBy(asc(lawStudySessions.id))
    .for('update');
}

/** Replaces a session's attendance list (absences keep their reason; credited hours follow from presence). */
export async function replaceAttendance(tx: Tx, townshipId: string, sessionId: string, rows: AttendanceInput[]): Promise<void> {
  await lockSessions(tx, [sessionId]);
  await tx.delete(lawStudyAttendances).where(eq(lawStudyAttendances.sessionId, sessionId));
  if (rows.length === 0) return;
  await tx.insert(lawStudyAttendances).values(
    rows.map((a) => ({
      townshipId,
      sessionId,
      personId: a.personId,
      isPresent: a.isPresent,
      absenceReason: a.isPresent ? null : a.absenceReason?.trim() || null,
    })),
  );
}

/** What the audit log keeps of a session: its fields and who was there (absences with their reason). */
export const sessionAuditView = (row: SessionRow, attendance: AttendanceInput[]) => ({
  kind: row.kind,
  title: row.title,
  heldOn: row.heldOn,
  hours: row.hours,
  speaker: row.speaker,
  place: row.place,
  lawIds: row.lawIds,
  present: attendance.filter((a) => a.isPresent).length,
  absent: attendance.filter((a) => !a.isPresent).map((a) => ({ personId: a.personId, reason: a.absenceReason })),
});

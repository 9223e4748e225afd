import type { AttendanceInput, CreateSessionRequest, UpdateSessionRequest } from '@yifa/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { findOrgInTownship } from '../../organisation/index.ts';
import { assertDictionaryCode } from '../../../platform/dictionaries/index.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { writableTownship } from '../policy.ts';
import { findSession, type SessionRow } from '../repository.ts';
import { lawStudyAttendances, lawStudyLaws, lawStudySessions } from '../tables.ts';
import { requireRollPeople } from './check-people.ts';

async function checkReferences(
  tx: Tx,
  townshipId: string,
  input: CreateSessionRequest | UpdateSessionRequest,
  isUpdate: boolean,
): Promise<void> {
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

/** Replaces a session's attendance list (absences keep their reason; credited hours follow from presence). */
export async function replaceAttendance(tx: Tx, townshipId: string, sessionId: string, rows: AttendanceInput[]): Promise<void> {
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

const auditView = (row: SessionRow, attendance: AttendanceInput[]) => ({
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

export async function createSession(ctx: AppContext, auth: AuthContext, input: CreateSessionRequest): Promise<SessionRow> {
  const townshipId = writableTownship(auth);
  return ctx.db.transaction(async (tx) => {
    const orgId = input.orgId ?? townshipId;
    const org = await findOrgInTownship(tx, orgId, townshipId);
    if (!org)
      throw new AppError('REQUEST.VALIDATION_FAILED', {
        invalidParams: [{ name: 'body.orgId', code: 'unknown', reason: '组织单位须为本乡镇（街道）或其下属机构' }],
      });
    await checkReferences(tx, townshipId, input, false);
    const [row] = await tx
      .insert(lawStudySessions)
      .values({
        townshipId,
        orgId,
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        hours: input.hours,
        speaker: input.speaker ?? null,
        place: input.place ?? null,
        materials: input.materials ?? null,
        lawIds: [...new Set(input.lawIds)],
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await replaceAttendance(tx, townshipId, row!.id, input.attendance);
    await attachFiles(tx, auth.scope, input.fileIds, 'lawStudySession', row!.id);
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.session.create',
      entityType: 'lawStudySession',
      entityId: row!.id,
      townshipId,
      after: { ...auditView(row!, input.attendance), fileIds: input.fileIds },
    });
    return row!;
  });
}

export async function updateSession(ctx: AppContext, auth: AuthContext, id: string, input: UpdateSessionRequest): Promise<SessionRow> {
  const townshipId = writableTownship(auth);
  return ctx.db.transaction(async (tx) => {
    const before = await findSession(tx, [townshipId], id);
    if (!before) throw new AppError('RECORD.NOT_FOUND');
    if (before.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    await checkReferences(tx, townshipId, input, input.kind === before.kind);
    const beforeAttendance = await tx.select().from(lawStudyAttendances).where(eq(lawStudyAttendances.sessionId, id));
    const [row] = await tx
      .update(lawStudySessions)
      .set({
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        hours: input.hours,
        speaker: input.speaker ?? null,
        place: input.place ?? null,
        materials: input.materials ?? null,
        lawIds: [...new Set(input.lawIds)],
        updatedAt: new Date(),
        updatedBy: auth.user.id,
        version: sql`${lawStudySessions.version} + 1`,
      })
      .where(and(eq(lawStudySessions.id, id), eq(lawStudySessions.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await replaceAttendance(tx, townshipId, id, input.attendance);
    await attachFiles(tx, auth.scope, input.fileIds, 'lawStudySession', id);
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.session.update',
      entityType: 'lawStudySession',
      entityId: id,
      townshipId,
      before: auditView(
        before,
        beforeAttendance.map((a) => ({ personId: a.personId, isPresent: a.isPresent, absenceReason: a.absenceReason })),
      ),
      after: { ...auditView(row, input.attendance), fileIds: input.fileIds },
    });
    return row;
  });
}

/** Soft delete: the session and so its credited hours leave the ledger; the attendance rows stay for the record. */
export async function deleteSession(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  const townshipId = writableTownship(auth);
  await ctx.db.transaction(async (tx) => {
    const before = await findSession(tx, [townshipId], id);
    if (!before) throw new AppError('RECORD.NOT_FOUND');
    await tx
      .update(lawStudySessions)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: sql`${lawStudySessions.version} + 1` })
      .where(eq(lawStudySessions.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.session.delete',
      entityType: 'lawStudySession',
      entityId: id,
      townshipId,
      before: { kind: before.kind, title: before.title, heldOn: before.heldOn, hours: before.hours },
    });
  });
}

import type { BodyOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { sessionPolicy } from '../policy.ts';
import { findSession, type SessionRow } from '../repository.ts';
import { checkSessionReferences, replaceAttendance, sessionAuditView } from '../session-writes.ts';
import { lawStudyAttendances, lawStudySessions } from '../tables.ts';

/** Corrects a session and its attendance (optimistic: the version the clerk saw). */
export async function updateSession(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof lawStudyApi.updateSession>,
): Promise<SessionRow> {
  return ctx.db.transaction(async (tx) => {
    const before = authorize(sessionPolicy, auth, await findSession(tx, auth.scope.townshipIds, id), 'update');
    const townshipId = before.townshipId;
    if (before.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    await checkSessionReferences(tx, townshipId, input, input.kind === before.kind);
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
      before: sessionAuditView(
        before,
        beforeAttendance.map((a) => ({ personId: a.personId, isPresent: a.isPresent, absenceReason: a.absenceReason })),
      ),
      after: { ...sessionAuditView(row, input.attendance), fileIds: input.fileIds },
    });
    return row;
  });
}

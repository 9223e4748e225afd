import type { BodyOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { findOrgInTownship } from '../../organisation/index.ts';
import type { SessionRow } from '../repository.ts';
import { checkSessionReferences, replaceAttendance, sessionAuditView } from '../session-writes.ts';
import { lawStudySessions } from '../tables.ts';

/** Records a collective study session (集体学法) with its attendance, in the caller's township. */
export async function createSession(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof lawStudyApi.createSession>,
): Promise<SessionRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    const orgId = input.orgId ?? townshipId;
    const org = await findOrgInTownship(tx, orgId, townshipId);
    if (!org)
      throw new AppError('REQUEST.VALIDATION_FAILED', {
        invalidParams: [{ name: 'body.orgId', code: 'unknown', reason: '组织单位须为本乡镇（街道）或其下属机构' }],
      });
    await checkSessionReferences(tx, townshipId, input, false);
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
      after: { ...sessionAuditView(row!, input.attendance), fileIds: input.fileIds },
    });
    return row!;
  });
}

import type { BodyOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import type { ExamRow } from '../repository.ts';
import { lawStudyExams } from '../tables.ts';

/** Plans or records a law exam of the township (a score is entered once it has been held). */
export async function createExam(ctx: AppContext, auth: AuthContext, input: BodyOf<typeof lawStudyApi.createExam>): Promise<ExamRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(lawStudyExams)
      .values({
        townshipId,
        orgId: townshipId,
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        fullMark: input.fullMark,
        passMark: input.passMark,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.exam.create',
      entityType: 'lawStudyExam',
      entityId: row!.id,
      townshipId,
      after: input,
    });
    return row!;
  });
}

import { type BodyOf } from '@yifa/domain';
import { selfStudyWorkflow, type lawStudyApi, type SelfStudy, type SelfStudyStatus } from '@yifa/domain/law-study';
import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { assertStep, authorize } from '../../../platform/policy/index.ts';
import { selfStudyPolicy } from '../policy.ts';
import { presentSelfStudy } from '../presenter.ts';
import { findRollPeople, findSelfStudy } from '../repository.ts';
import { lawStudySelfStudies } from '../tables.ts';

/** The ledger office approves or rejects a pending claim, once: a reviewed claim is final (workflow.ts). */
export async function reviewSelfStudy(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof lawStudyApi.reviewSelfStudy>,
): Promise<SelfStudy> {
  const row = await ctx.db.transaction(async (tx) => {
    const before = authorize(selfStudyPolicy, auth, await findSelfStudy(tx, auth.scope.townshipIds, id), 'review');
    assertStep(selfStudyWorkflow, input.decision === 'approved' ? 'approve' : 'reject', before.status as SelfStudyStatus, {});
    if (before.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const [after] = await tx
      .update(lawStudySelfStudies)
      .set({
        status: input.decision,
        reviewNote: input.note?.trim() || null,
        reviewedBy: auth.user.id,
        reviewedAt: new Date(),
        updatedAt: new Date(),
        updatedBy: auth.user.id,
        version: sql`${lawStudySelfStudies.version} + 1`,
      })
      .where(and(eq(lawStudySelfStudies.id, id), eq(lawStudySelfStudies.version, input.version)))
      .returning();
    if (!after) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: `law-study.self-study.${input.decision === 'approved' ? 'approve' : 'reject'}`,
      entityType: 'lawStudySelfStudy',
      entityId: id,
      townshipId: before.townshipId,
      before: { status: before.status },
      after: { status: after.status, note: after.reviewNote },
    });
    return after;
  });
  const [person] = await findRollPeople(ctx.db, row.townshipId, [row.personId]);
  return presentSelfStudy(auth, row, person?.name ?? '');
}

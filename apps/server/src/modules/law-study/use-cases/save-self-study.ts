import type { CreateSelfStudyRequest, ReviewSelfStudyRequest } from '@yifa/domain';
import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, hasPermission, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { writableTownship } from '../policy.ts';
import { findSelfStudy, type SelfStudyRow } from '../repository.ts';
import { lawStudySelfStudies } from '../tables.ts';
import { requireRollPeople } from './check-people.ts';

/**
 * A cadre claims self-study or online study hours on evidence (certificate, platform export). The
 * claim waits for the ledger office; only approved hours count. A cadre claims for themself; the
 * ledger office (law-study:self-study:approve) may enter a claim for anyone of the township.
 */
export async function createSelfStudy(ctx: AppContext, auth: AuthContext, input: CreateSelfStudyRequest): Promise<SelfStudyRow> {
  const townshipId = writableTownship(auth);
  const personId = input.personId ?? auth.user.personId;
  if (!personId)
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'body.personId', code: 'required', reason: '请选择申报人' }],
    });
  if (personId !== auth.user.personId && !hasPermission(auth, 'law-study:self-study:approve'))
    throw new AppError('LAW_STUDY.CLAIM_FOR_OTHERS');
  return ctx.db.transaction(async (tx) => {
    const person = (await requireRollPeople(tx, townshipId, [personId], () => 'body.personId')).get(personId)!;
    const [row] = await tx
      .insert(lawStudySelfStudies)
      .values({
        townshipId,
        orgId: person.orgId,
        personId,
        kind: input.kind,
        title: input.title,
        studiedOn: input.studiedOn,
        hours: input.hours,
        source: input.source ?? null,
        status: 'pending',
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await attachFiles(tx, auth.scope, input.fileIds, 'lawStudySelfStudy', row!.id);
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.self-study.create',
      entityType: 'lawStudySelfStudy',
      entityId: row!.id,
      townshipId,
      after: { personId, kind: input.kind, title: input.title, studiedOn: input.studiedOn, hours: input.hours, fileIds: input.fileIds },
    });
    return row!;
  });
}

/** The ledger office approves or rejects a pending claim (once; a reviewed claim is final). */
export async function reviewSelfStudy(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: ReviewSelfStudyRequest,
): Promise<SelfStudyRow> {
  const townshipId = writableTownship(auth);
  return ctx.db.transaction(async (tx) => {
    const before = await findSelfStudy(tx, [townshipId], id);
    if (!before) throw new AppError('RECORD.NOT_FOUND');
    if (before.status !== 'pending') throw new AppError('LAW_STUDY.ALREADY_REVIEWED');
    if (before.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const [row] = await tx
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
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: `law-study.self-study.${input.decision === 'approved' ? 'approve' : 'reject'}`,
      entityType: 'lawStudySelfStudy',
      entityId: id,
      townshipId,
      before: { status: before.status },
      after: { status: row.status, note: row.reviewNote },
    });
    return row;
  });
}

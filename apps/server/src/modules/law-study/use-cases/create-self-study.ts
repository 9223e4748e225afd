import type { BodyOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { has, resolveTownship } from '../../../platform/policy/index.ts';
import type { SelfStudyRow } from '../repository.ts';
import { requireRollPeople } from '../roll-people.ts';
import { lawStudySelfStudies } from '../tables.ts';

/**
 * A cadre claims self-study or online study hours on evidence (certificate, platform export). The
 * claim waits for the ledger office; only approved hours count. A cadre claims for themself; the
 * ledger office (law-study:self-study:approve) may enter a claim for anyone of the township.
 */
export async function createSelfStudy(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof lawStudyApi.createSelfStudy>,
): Promise<SelfStudyRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  const personId = input.personId ?? auth.user.personId;
  if (!personId)
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'body.personId', code: 'required', reason: '请选择申报人' }],
    });
  if (personId !== auth.user.personId && !has(auth, 'law-study:self-study:approve')) throw new AppError('LAW_STUDY.CLAIM_FOR_OTHERS');
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

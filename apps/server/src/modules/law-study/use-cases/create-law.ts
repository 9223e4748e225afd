import type { BodyOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { actorOf } from '../../../platform/auth/auth-context.ts';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { listLaws, type LawRow } from '../repository.ts';
import { lawStudyLaws } from '../tables.ts';

/** Adds a law to the township's pick list (学习目录). */
export async function createLaw(ctx: AppContext, auth: AuthContext, { name }: BodyOf<typeof lawStudyApi.createLaw>): Promise<LawRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    const existing = await listLaws(tx, townshipId);
    if (existing.some((l) => l.name === name)) throw new AppError('LAW_STUDY.LAW_NAME_TAKEN');
    const [row] = await tx
      .insert(lawStudyLaws)
      .values({
        townshipId,
        orgId: townshipId,
        name,
        sortOrder: (existing.at(-1)?.sortOrder ?? 0) + 10,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.law.create',
      entityType: 'lawStudyLaw',
      entityId: row!.id,
      townshipId,
      after: { name },
    });
    return row!;
  });
}

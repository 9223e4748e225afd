import type { BodyOf } from '@yifa/domain';
import type { __camel__Api, __Pascal__Record } from '@yifa/domain/__name__';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { __camel__Policy } from '../policy.ts';
import { auditCopy, present__Pascal__ } from '../presenter.ts';
import { find__Pascal__Row } from '../repository.ts';
import { __camel__Records } from '../tables.ts';

/** Changes a record the caller may update; a change made from a stale version is refused (409); audited. */
export async function update__Pascal__Record(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof __camel__Api.update>,
): Promise<__Pascal__Record> {
  return ctx.db.transaction(async (tx) => {
    const old = authorize(__camel__Policy, auth, await find__Pascal__Row(tx, id), 'update');
    if (old.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    // The input's fields are the record's columns (contracts.ts): a new field needs no line here.
    const { version, ...fields } = input;
    const [row] = await tx
      .update(__camel__Records)
      .set({ ...fields, version: version + 1, updatedAt: new Date(), updatedBy: auth.user.id })
      .where(and(eq(__camel__Records.id, id), eq(__camel__Records.version, version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: '__name__.record.update',
      entityType: '__camel__Record',
      entityId: id,
      townshipId: old.townshipId,
      before: auditCopy(old),
      after: auditCopy(row),
    });
    return present__Pascal__(auth, row);
  });
}

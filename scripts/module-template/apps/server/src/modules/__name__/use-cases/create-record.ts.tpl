import type { BodyOf, QueryOf } from '@yifa/domain';
import type { __camel__Api } from '@yifa/domain/__name__';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { canCreate__Pascal__ } from '../policy.ts';
import { auditCopy } from '../presenter.ts';
import { __camel__Records } from '../tables.ts';

/** Adds a record to the caller's township, owned by the caller's org (the township itself for a caller above it); audited. */
export async function create__Pascal__Record(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof __camel__Api.create>,
  input: BodyOf<typeof __camel__Api.create>,
): Promise<{ id: string }> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'write');
  if (!canCreate__Pascal__(auth, townshipId)) throw new AppError('AUTH.FORBIDDEN');
  const orgId = auth.user.townshipId === townshipId && auth.user.orgId ? auth.user.orgId : townshipId;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(__camel__Records)
      // The input's fields are the record's columns (contracts.ts): a new field needs no line here.
      .values({ ...input, townshipId, orgId, createdBy: auth.user.id, updatedBy: auth.user.id })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: '__name__.record.create',
      entityType: '__camel__Record',
      entityId: row!.id,
      townshipId,
      after: auditCopy(row!),
    });
    return { id: row!.id };
  });
}

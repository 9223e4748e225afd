import type { BodyOf, QueryOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { roleAuditView } from '../presenter.ts';
import { roles } from '../tables.ts';

/**
 * A custom role belongs to one township: the caller's own, or (for the system administrator, who
 * has none) the one named in `?townshipId=`.
 */
export async function createRole(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof organisationApi.createRole>,
  input: BodyOf<typeof organisationApi.createRole>,
): Promise<string> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'write');
  return ctx.db.transaction(async (tx) => {
    const isTaken = async (c: string) =>
      (
        await tx
          .select({ id: roles.id })
          .from(roles)
          .where(and(eq(roles.code, c), isNull(roles.deletedAt), sql`(${roles.townshipId} is null or ${roles.townshipId} = ${townshipId})`))
      ).length > 0;
    // No code given: the next free customRole<n> (a clerk names the role; the code is for the system).
    let code = input.code;
    for (let n = 1; !code; n++) if (!(await isTaken(`customRole${n}`))) code = `customRole${n}`;
    if (input.code && (await isTaken(input.code)))
      throw new AppError('RECORD.DUPLICATE', { invalidParams: [{ name: 'body.code', code: 'taken', reason: '角色代码已存在' }] });
    const [row] = await tx
      .insert(roles)
      .values({
        townshipId,
        code,
        name: input.name,
        nameEn: input.nameEn ?? null,
        dataScope: input.dataScope,
        permissions: [...new Set(input.permissions)].sort(),
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'org.role.create',
      entityType: 'role',
      entityId: row!.id,
      townshipId,
      after: roleAuditView(row!),
    });
    return row!.id;
  });
}

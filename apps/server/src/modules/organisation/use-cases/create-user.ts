import type { BodyOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import { and, isNull, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { checkPerson, checkRoles, orgForAccount, passwordHashFor } from '../account-rules.ts';
import { userAuditView } from '../presenter.ts';
import { userRoles, users } from '../tables.ts';

/** Creates an account; its holder must change the initial password at first sign-in. */
export async function createUser(ctx: AppContext, auth: AuthContext, input: BodyOf<typeof organisationApi.createUser>): Promise<string> {
  const passwordHash = await passwordHashFor(ctx, input.initialPassword, 'body.initialPassword');
  return ctx.db.transaction(async (tx) => {
    const org = await orgForAccount(tx, auth, input.orgId);
    await checkRoles(tx, auth, org, input.roleIds);
    await checkPerson(tx, auth, input.personId, org);
    const taken = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.username}) = lower(${input.username})`, isNull(users.deletedAt)));
    if (taken.length)
      throw new AppError('USER.USERNAME_TAKEN', { invalidParams: [{ name: 'body.username', code: 'taken', reason: '用户名已被使用' }] });
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        townshipId: org.townshipId,
        orgId: org.id,
        personId: input.personId ?? null,
        passwordHash,
        mustChangePassword: true,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await tx.insert(userRoles).values([...new Set(input.roleIds)].map((roleId) => ({ userId: row!.id, roleId })));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.user.create',
      entityType: 'user',
      entityId: row!.id,
      townshipId: row!.townshipId,
      after: userAuditView(row!, input.roleIds),
    });
    return row!.id;
  });
}

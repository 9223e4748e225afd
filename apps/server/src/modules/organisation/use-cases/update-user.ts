import type { BodyOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { sessions } from '../../../platform/auth/tables.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { checkPerson, checkRoles, orgForAccount } from '../account-rules.ts';
import { userAuditView } from '../presenter.ts';
import { userPolicy, type UserAbility } from '../policy.ts';
import { findUser, type UserRow } from '../repository.ts';
import { userRoles, users } from '../tables.ts';

/** Changes an account's name, org, cadre, roles or active flag; a deactivated account loses its sessions at once. */
export async function updateUser(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof organisationApi.updateUser>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await findUser(tx, auth.scope, id);
    const before = authorize<UserRow, UserAbility>(userPolicy, auth, found?.user, 'update');
    // Nobody deactivates themselves nor changes their own roles: the last administrator would lock the township out.
    if (id === auth.user.id && (input.isActive === false || input.roleIds)) throw new AppError('USER.CANNOT_DISABLE_SELF');
    if (before.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const org = await orgForAccount(tx, auth, input.orgId ?? before.orgId ?? '');
    const roleIds = input.roleIds ?? found!.roles.map((r) => r.id);
    await checkRoles(tx, auth, org, roleIds);
    await checkPerson(tx, auth, input.personId, org);
    const [row] = await tx
      .update(users)
      .set({
        displayName: input.displayName ?? before.displayName,
        orgId: org.id,
        townshipId: org.townshipId,
        personId: input.personId !== undefined ? input.personId : before.personId,
        isActive: input.isActive ?? before.isActive,
        version: before.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(users.id, id), eq(users.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    if (input.roleIds) {
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      await tx.insert(userRoles).values([...new Set(input.roleIds)].map((roleId) => ({ userId: id, roleId })));
    }
    if (row.isActive === false) await tx.delete(sessions).where(eq(sessions.userId, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.user.update',
      entityType: 'user',
      entityId: id,
      townshipId: row.townshipId,
      before: userAuditView(
        before,
        found!.roles.map((r) => r.id),
      ),
      after: userAuditView(row, roleIds),
    });
  });
}

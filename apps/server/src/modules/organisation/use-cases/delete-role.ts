import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { rolePolicy, type RoleAbility } from '../policy.ts';
import { findRole, type RoleRow } from '../repository.ts';
import { roleAuditView } from '../presenter.ts';
import { roles } from '../tables.ts';

/** Deletes a custom role nobody holds any more (an account keeps the roles it was given until changed). */
export async function deleteRole(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await findRole(tx, auth.scope, id);
    if (found?.role.isBuiltin) throw new AppError('ROLE.BUILTIN_READONLY');
    const role = authorize<RoleRow, RoleAbility>(rolePolicy, auth, found?.role, 'delete');
    if (Number(found!.userCount) > 0) throw new AppError('ROLE.IN_USE');
    await tx.update(roles).set({ deletedAt: new Date(), deletedBy: auth.user.id }).where(eq(roles.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.role.delete',
      entityType: 'role',
      entityId: id,
      townshipId: role.townshipId,
      before: roleAuditView(role),
    });
  });
}

import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { sessions } from '../../../platform/auth/tables.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { userAuditView } from '../presenter.ts';
import { userPolicy, type UserAbility } from '../policy.ts';
import { findUser, type UserRow } from '../repository.ts';
import { users } from '../tables.ts';

/** Soft delete: the account is deactivated and hidden, its sessions end; the audit log keeps its name. */
export async function deleteUser(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  if (id === auth.user.id) throw new AppError('USER.CANNOT_DISABLE_SELF');
  await ctx.db.transaction(async (tx) => {
    const found = await findUser(tx, auth.scope, id);
    const user = authorize<UserRow, UserAbility>(userPolicy, auth, found?.user, 'delete');
    await tx
      .update(users)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, isActive: false, version: user.version + 1 })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.user.delete',
      entityType: 'user',
      entityId: id,
      townshipId: user.townshipId,
      before: userAuditView(
        user,
        found!.roles.map((r) => r.id),
      ),
    });
  });
}

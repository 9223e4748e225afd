import type { BodyOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { sessions } from '../../../platform/auth/tables.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { passwordHashFor } from '../account-rules.ts';
import { userPolicy, type UserAbility } from '../policy.ts';
import { findUser, type UserRow } from '../repository.ts';
import { users } from '../tables.ts';

/** An administrator sets a new initial password (and unlocks); the holder must change it at next sign-in. */
export async function resetUserPassword(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof organisationApi.resetPassword>,
): Promise<void> {
  const passwordHash = await passwordHashFor(ctx, input.newPassword, 'body.newPassword');
  await ctx.db.transaction(async (tx) => {
    const user = authorize<UserRow, UserAbility>(userPolicy, auth, (await findUser(tx, auth.scope, id))?.user, 'resetPassword');
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        version: user.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.user.reset-password',
      entityType: 'user',
      entityId: id,
      townshipId: user.townshipId,
    });
  });
}

import { type authApi, type BodyOf, isPasswordAcceptable } from '@yifa/domain';
import { and, eq, ne } from 'drizzle-orm';
import { users } from '../../../modules/organisation/tables.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { actorOf, type AuthContext } from '../auth-context.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import { sessions } from '../tables.ts';

/** The request body, as the route's contract parses it. */
type Input = BodyOf<typeof authApi.changePassword>;

/** Changes one's own password; the user's other sessions end (a stolen session dies with the old password). */
export async function changePassword(ctx: AppContext, auth: AuthContext, input: Input): Promise<void> {
  const { security } = await ctx.settings.get();
  const [user] = await ctx.db.select().from(users).where(eq(users.id, auth.user.id));
  if (!user) throw new AppError('AUTH.UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await writeAudit(ctx.db, actorOf(auth), {
      action: 'auth.password.change',
      entityType: 'user',
      entityId: user.id,
      isSuccess: false,
      detail: 'wrong current password',
    });
    throw new AppError('AUTH.WRONG_PASSWORD', { invalidParams: [{ name: 'body.currentPassword', code: 'wrong', reason: '原密码不正确' }] });
  }
  if (!isPasswordAcceptable(input.newPassword, security)) {
    throw new AppError('AUTH.PASSWORD_TOO_WEAK', {
      invalidParams: [
        {
          name: 'body.newPassword',
          code: 'weak',
          reason: `至少 ${security.passwordMinLength} 位，包含大写字母、小写字母、数字、符号中的 ${security.passwordMinClasses} 类`,
        },
      ],
    });
  }
  if (input.newPassword === input.currentPassword) throw new AppError('AUTH.PASSWORD_REUSED');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date(), updatedBy: user.id })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, auth.tokenHash)));
    await writeAudit(tx, actorOf(auth), { action: 'auth.password.change', entityType: 'user', entityId: user.id });
  });
}

import type { authApi, BodyOf, LoginResult } from '@yifa/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../../../modules/organisation/tables.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { loadRoles } from '../load-auth.ts';
import { isLockedAt, lockUserRow, recordLoginFailure } from '../lockout.ts';
import { dummyPasswordHash, verifyPassword } from '../password.ts';
import { sessions } from '../tables.ts';
import { hashToken, newToken } from '../tokens.ts';

/** The request body, as the route's contract parses it. */
type Input = BodyOf<typeof authApi.login>;

export interface LoginOutcome {
  token: string;
  result: LoginResult;
}

const ADMIN_ROLES = new Set(['systemAdmin', 'townshipAdmin']);

/**
 * Signs a user in (GB/T 22239-2019 §8.1.4.1): a failed attempt is counted and logged; after
 * `maxFailedLogins` failures the account is locked for `lockMinutes`. Success and failure both
 * enter the audit log. With a second factor the session stays "pending" until the code is given.
 */
export async function login(ctx: AppContext, input: Input, meta: { ip: string; userAgent: string | null }): Promise<LoginOutcome> {
  const { security } = await ctx.settings.get();
  const now = new Date();
  const actorFor = (u: { id: string; displayName: string; townshipId: string | null } | null) => ({
    userId: u?.id ?? null,
    name: u?.displayName ?? input.username,
    ip: meta.ip,
    townshipId: u?.townshipId ?? null,
  });

  const found = await ctx.db
    .select()
    .from(users)
    .where(and(sql`lower(${users.username}) = lower(${input.username})`, isNull(users.deletedAt)))
    .limit(1);
  const user = found[0];
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await writeAudit(ctx.db, actorFor(null), { action: 'auth.login', isSuccess: false, detail: `unknown user ${input.username}` });
    throw new AppError('AUTH.INVALID_CREDENTIALS');
  }
  // Refused before the (slow) password check when already locked or disabled; checked again below
  // under the row lock, since other attempts may lock the account meanwhile.
  if (isLockedAt(user, now)) {
    await writeAudit(ctx.db, actorFor(user), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      isSuccess: false,
      detail: 'locked',
    });
    throw new AppError('AUTH.ACCOUNT_LOCKED');
  }
  if (!user.isActive) {
    await writeAudit(ctx.db, actorFor(user), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      isSuccess: false,
      detail: 'disabled',
    });
    throw new AppError('AUTH.ACCOUNT_DISABLED');
  }
  const isPasswordRight = await verifyPassword(user.passwordHash, input.password);

  // The counter and the lock are read and written under the user's row lock (SELECT … FOR UPDATE):
  // parallel attempts take turns, so none is lost and the lock holds against a right password sent
  // alongside wrong ones (GB/T 22239-2019 §8.1.4.1 b: 登录失败处理).
  const token = newToken();
  const outcome = await ctx.db.transaction(async (tx): Promise<'ok' | 'locked' | 'locking' | 'wrong' | 'disabled'> => {
    const current = await lockUserRow(tx, user.id);
    const at = new Date();
    if (!current || !current.isActive) {
      await writeAudit(tx, actorFor(user), {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        isSuccess: false,
        detail: 'disabled',
      });
      return 'disabled';
    }
    if (isLockedAt(current, at)) {
      await writeAudit(tx, actorFor(user), {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        isSuccess: false,
        detail: 'locked',
      });
      return 'locked';
    }
    if (!isPasswordRight) {
      const { failures, isLocking } = await recordLoginFailure(tx, user.id, current, security, at);
      await writeAudit(tx, actorFor(user), {
        action: isLocking ? 'auth.lock' : 'auth.login',
        entityType: 'user',
        entityId: user.id,
        isSuccess: false,
        detail: isLocking ? `locked for ${security.lockMinutes} min after ${failures} failures` : `wrong password (${failures})`,
      });
      return isLocking ? 'locking' : 'wrong';
    }
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: at }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken: newToken(),
      isMfaPending: user.isTotpEnabled,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await writeAudit(tx, actorFor(user), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      detail: user.isTotpEnabled ? 'password ok, second factor pending' : undefined,
    });
    return 'ok';
  });
  if (outcome === 'disabled') throw new AppError('AUTH.ACCOUNT_DISABLED');
  if (outcome === 'locked' || outcome === 'locking') throw new AppError('AUTH.ACCOUNT_LOCKED');
  if (outcome === 'wrong') throw new AppError('AUTH.INVALID_CREDENTIALS');
  // Roles only matter once signed in (does an administrator still have to set up a second factor?).
  const { roleCodes } = await loadRoles(ctx.db, user.id);
  return {
    token,
    result: {
      status: user.isTotpEnabled ? 'totpRequired' : 'ok',
      mustChangePassword: user.mustChangePassword,
      isTotpSetupRequired: security.requireAdminTotp && !user.isTotpEnabled && roleCodes.some((c) => ADMIN_ROLES.has(c)),
    },
  };
}

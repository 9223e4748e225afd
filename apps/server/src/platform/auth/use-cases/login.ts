import type { LoginRequest, LoginResult } from '@yifa/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../../../modules/organisation/tables.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { loadRoles } from '../load-auth.ts';
import { dummyPasswordHash, verifyPassword } from '../password.ts';
import { sessions } from '../tables.ts';
import { hashToken, newToken } from '../tokens.ts';

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
export async function login(ctx: AppContext, input: LoginRequest, meta: { ip: string; userAgent: string | null }): Promise<LoginOutcome> {
  const { security } = await ctx.settings.get();
  const now = new Date();
  const actorFor = (u: { id: string; displayName: string; townshipId: string | null } | null) => ({
    userId: u?.id ?? null, name: u?.displayName ?? input.username, ip: meta.ip, townshipId: u?.townshipId ?? null,
  });

  const found = await ctx.db.select().from(users)
    .where(and(sql`lower(${users.username}) = lower(${input.username})`, isNull(users.deletedAt))).limit(1);
  const user = found[0];
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await writeAudit(ctx.db, actorFor(null), { action: 'auth.login', isSuccess: false, detail: `unknown user ${input.username}` });
    throw new AppError('AUTH.INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await writeAudit(ctx.db, actorFor(user), { action: 'auth.login', entityType: 'user', entityId: user.id, isSuccess: false, detail: 'locked' });
    throw new AppError('AUTH.ACCOUNT_LOCKED');
  }
  if (!user.isActive) {
    await writeAudit(ctx.db, actorFor(user), { action: 'auth.login', entityType: 'user', entityId: user.id, isSuccess: false, detail: 'disabled' });
    throw new AppError('AUTH.ACCOUNT_DISABLED');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLoginCount + 1;
    const isLocking = failures >= security.maxFailedLogins;
    await ctx.db.transaction(async (tx) => {
      await tx.update(users).set({
        failedLoginCount: isLocking ? 0 : failures,
        lockedUntil: isLocking ? new Date(now.getTime() + security.lockMinutes * 60_000) : user.lockedUntil,
      }).where(eq(users.id, user.id));
      await writeAudit(tx, actorFor(user), {
        action: isLocking ? 'auth.lock' : 'auth.login', entityType: 'user', entityId: user.id, isSuccess: false,
        detail: isLocking ? `locked for ${security.lockMinutes} min after ${failures} failures` : `wrong password (${failures})`,
      });
    });
    throw new AppError(isLocking ? 'AUTH.ACCOUNT_LOCKED' : 'AUTH.INVALID_CREDENTIALS');
  }

  const token = newToken();
  const { roleCodes } = await loadRoles(ctx.db, user.id);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({
      tokenHash: hashToken(token), userId: user.id, csrfToken: newToken(), isMfaPending: user.isTotpEnabled,
      ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await writeAudit(tx, actorFor(user), {
      action: 'auth.login', entityType: 'user', entityId: user.id, detail: user.isTotpEnabled ? 'password ok, second factor pending' : undefined,
    });
  });
  return {
    token,
    result: {
      status: user.isTotpEnabled ? 'totpRequired' : 'ok',
      mustChangePassword: user.mustChangePassword,
      isTotpSetupRequired: security.requireAdminTotp && !user.isTotpEnabled && roleCodes.some((c) => ADMIN_ROLES.has(c)),
    },
  };
}

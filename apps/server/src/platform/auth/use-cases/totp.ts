import type { TotpSetup } from '@yifa/domain';
import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { users } from '../../../modules/organisation/tables.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { actorOf, type AuthContext } from '../auth-context.ts';
import { isLockedAt, lockUserRow, recordLoginFailure } from '../lockout.ts';
import { sessions } from '../tables.ts';

/**
 * Optional second factor (RFC 6238 TOTP, any authenticator app): GB/T 22239-2019 §8.1.4.1 d asks
 * level-3 systems for two factors, one of them cryptographic. The secret is encrypted at rest.
 */
function totpFor(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: '依法 Yifa',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

async function loadSecret(ctx: AppContext, userId: string): Promise<{ secret: string; username: string } | null> {
  const [user] = await ctx.db.select({ enc: users.totpSecretEnc, username: users.username }).from(users).where(eq(users.id, userId));
  if (!user?.enc) return null;
  return { secret: ctx.secrets.decrypt(user.enc), username: user.username };
}

function isValidCode(secret: string, username: string, code: string): boolean {
  return totpFor(secret, username).validate({ token: code, window: 1 }) !== null;
}

export async function setupTotp(ctx: AppContext, auth: AuthContext): Promise<TotpSetup> {
  if (auth.user.isTotpEnabled) throw new AppError('RECORD.DUPLICATE', { userMessage: '已绑定动态验证码，如需更换请先解除绑定' });
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecretEnc: ctx.secrets.encrypt(secret) })
      .where(eq(users.id, auth.user.id));
    await writeAudit(tx, actorOf(auth), { action: 'auth.totp.setup', entityType: 'user', entityId: auth.user.id });
  });
  const otpauthUri = totpFor(secret, auth.user.username).toString();
  return { secret, otpauthUri, qrSvg: await QRCode.toString(otpauthUri, { type: 'svg', margin: 1 }) };
}

export async function enableTotp(ctx: AppContext, auth: AuthContext, code: string): Promise<void> {
  const stored = await loadSecret(ctx, auth.user.id);
  if (!stored || !isValidCode(stored.secret, stored.username, code)) throw new AppError('AUTH.TOTP_INVALID');
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ isTotpEnabled: true }).where(eq(users.id, auth.user.id));
    await writeAudit(tx, actorOf(auth), { action: 'auth.totp.enable', entityType: 'user', entityId: auth.user.id });
  });
}

export async function disableTotp(ctx: AppContext, auth: AuthContext, code: string): Promise<void> {
  const stored = await loadSecret(ctx, auth.user.id);
  if (!auth.user.isTotpEnabled || !stored || !isValidCode(stored.secret, stored.username, code)) throw new AppError('AUTH.TOTP_INVALID');
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ isTotpEnabled: false, totpSecretEnc: null }).where(eq(users.id, auth.user.id));
    await writeAudit(tx, actorOf(auth), { action: 'auth.totp.disable', entityType: 'user', entityId: auth.user.id });
  });
}

/**
 * The second step of a login with a second factor: the pending session becomes a full one. A wrong
 * code counts as a failed sign-in (lockout.ts), so a known password does not open unlimited guesses
 * at the six digits; when that locks the account, the pending session ends.
 */
export async function verifyTotp(ctx: AppContext, auth: AuthContext, code: string): Promise<void> {
  const { security } = await ctx.settings.get();
  const stored = await loadSecret(ctx, auth.user.id);
  const isValid = !!stored && isValidCode(stored.secret, stored.username, code);
  const outcome = await ctx.db.transaction(async (tx): Promise<'ok' | 'wrong' | 'locked'> => {
    const row = await lockUserRow(tx, auth.user.id);
    const at = new Date();
    if (!row || isLockedAt(row, at)) {
      await tx.delete(sessions).where(eq(sessions.tokenHash, auth.tokenHash));
      await writeAudit(tx, actorOf(auth), {
        action: 'auth.totp.verify',
        entityType: 'user',
        entityId: auth.user.id,
        isSuccess: false,
        detail: 'locked',
      });
      return 'locked';
    }
    if (isValid) {
      await tx.update(users).set({ failedLoginCount: 0 }).where(eq(users.id, auth.user.id));
      await tx.update(sessions).set({ isMfaPending: false }).where(eq(sessions.tokenHash, auth.tokenHash));
      await writeAudit(tx, actorOf(auth), { action: 'auth.totp.verify', entityType: 'user', entityId: auth.user.id });
      return 'ok';
    }
    const { failures, isLocking } = await recordLoginFailure(tx, auth.user.id, row, security, at);
    if (isLocking) await tx.delete(sessions).where(eq(sessions.tokenHash, auth.tokenHash));
    await writeAudit(tx, actorOf(auth), {
      action: isLocking ? 'auth.lock' : 'auth.totp.verify',
      entityType: 'user',
      entityId: auth.user.id,
      isSuccess: false,
      detail: isLocking ? `locked for ${security.lockMinutes} min after ${failures} failures` : `wrong second-factor code (${failures})`,
    });
    return isLocking ? 'locked' : 'wrong';
  });
  if (outcome === 'locked') throw new AppError('AUTH.ACCOUNT_LOCKED');
  if (outcome === 'wrong') throw new AppError('AUTH.TOTP_INVALID');
}

/** For tests and the demo: the current code of a secret. */
export function currentTotpCode(secretBase32: string): string {
  return totpFor(secretBase32, 'x').generate();
}

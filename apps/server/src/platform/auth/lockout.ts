import { eq } from 'drizzle-orm';
import type { SecuritySettings } from '@yifa/domain';
import { users } from '../../modules/organisation/tables.ts';
import type { Tx } from '../db/client.ts';

/**
 * 登录失败处理 (GB/T 22239-2019 §8.1.4.1 b): failed sign-in attempts — a wrong password, or a wrong
 * second-factor code — are counted per account; at `maxFailedLogins` the account is locked for
 * `lockMinutes`. The row is read FOR UPDATE, so parallel attempts take turns and none is lost.
 */
export async function lockUserRow(tx: Tx, userId: string) {
  const [row] = await tx
    .select({ failedLoginCount: users.failedLoginCount, lockedUntil: users.lockedUntil, isActive: users.isActive })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row ?? null;
}

export function isLockedAt(row: { lockedUntil: Date | null }, at: Date): boolean {
  return !!row.lockedUntil && row.lockedUntil > at;
}

/** Counts one failure on a row locked by `lockUserRow`; says whether it locked the account now. */
export async function recordLoginFailure(
  tx: Tx,
  userId: string,
  row: { failedLoginCount: number; lockedUntil: Date | null },
  security: SecuritySettings,
  at: Date,
): Promise<{ failures: number; isLocking: boolean }> {
  const failures = row.failedLoginCount + 1;
  const isLocking = failures >= security.maxFailedLogins;
  await tx
    .update(users)
    .set({
      failedLoginCount: isLocking ? 0 : failures,
      lockedUntil: isLocking ? new Date(at.getTime() + security.lockMinutes * 60_000) : row.lockedUntil,
    })
    .where(eq(users.id, userId));
  return { failures, isLocking };
}

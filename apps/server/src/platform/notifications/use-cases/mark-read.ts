import { and, eq, isNull } from 'drizzle-orm';
import type { AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { notifications } from '../tables.ts';

/*
 * Marking a notification read changes no business record and no security setting, so it is not
 * entered in the audit log (GB/T 22239-2019 §8.1.4.3 asks for important user actions and
 * security events); the read time stays on the row itself.
 */

/** Marks one of the caller's own notifications read; another user's is not found. Idempotent. */
export async function markRead(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select({ readAt: notifications.readAt }).from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, auth.user.id))).limit(1);
    if (!row) throw new AppError('RECORD.NOT_FOUND');
    if (!row.readAt) await tx.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
  });
}

/** Marks all of the caller's notifications read; returns how many were unread. */
export async function markAllRead(ctx: AppContext, auth: AuthContext): Promise<number> {
  const updated = await ctx.db.update(notifications).set({ readAt: new Date() })
    .where(and(eq(notifications.userId, auth.user.id), isNull(notifications.readAt))).returning({ id: notifications.id });
  return updated.length;
}

import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { notifications } from '../tables.ts';

// House rule: every mutation is in the audit log, including a user marking their own notifications read.

/** Marks one of the caller's own notifications read; another user's is not found. Idempotent. */
export async function markRead(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, auth.user.id)))
      .limit(1);
    if (!row) throw new AppError('RECORD.NOT_FOUND');
    if (row.readAt) return;
    await tx.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
    await writeAudit(tx, actorOf(auth), { action: 'platform.notification.read', entityType: 'notification', entityId: id });
  });
}

/** Marks all of the caller's notifications read; returns how many were unread. */
export async function markAllRead(ctx: AppContext, auth: AuthContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.userId, auth.user.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (updated.length)
      await writeAudit(tx, actorOf(auth), {
        action: 'platform.notification.read-all',
        entityType: 'user',
        entityId: auth.user.id,
        detail: `${updated.length}`,
      });
    return updated.length;
  });
}

import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { notifications } from './tables.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * Notifications are personal: every read is by the recipient's user id, never by data scope, so
 * a township administrator does not read a clerk's notifications either.
 */
export async function listMine(
  db: DbOrTx,
  userId: string,
  q: { page: number; pageSize: number; order: 'unreadFirst' | 'date'; isUnreadOnly: boolean },
) {
  const where = and(eq(notifications.userId, userId), q.isUnreadOnly ? isNull(notifications.readAt) : undefined);
  const order =
    q.order === 'unreadFirst'
      ? [asc(sql`${notifications.readAt} is not null`), desc(notifications.createdAt), desc(notifications.id)]
      : [desc(notifications.createdAt), desc(notifications.id)];
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

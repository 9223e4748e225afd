import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { cappedTotalField, decodeCursor, keysetAfter, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../db/keyset.ts';
import { notifications } from './tables.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/** Newest first: the order of notifications_user_idx (user_id, created_at, id). */
export const notificationsByDate: KeysetOrder = {
  keys: [
    { expr: notifications.createdAt, type: 'timestamptz' },
    { expr: notifications.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/**
 * Unread ones first (`read_at is null` descending: true before false), newest first in each group:
 * one direction, so the order of notifications_user_unread_idx (user_id, (read_at is null), created_at, id).
 */
export const notificationsUnreadFirst: KeysetOrder = {
  keys: [
    { expr: sql`(${notifications.readAt} is null)`, type: 'bool' },
    { expr: notifications.createdAt, type: 'timestamptz' },
    { expr: notifications.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/**
 * Notifications are personal: every read is by the recipient's user id, never by data scope, so
 * a township administrator does not read a clerk's notifications either. One page by cursor, with
 * the total (capped) on the first page.
 */
export async function listMine(
  db: DbOrTx,
  userId: string,
  q: { after?: string | undefined; pageSize: number; order: 'unreadFirst' | 'date'; isUnreadOnly: boolean },
) {
  const where = and(eq(notifications.userId, userId), q.isUnreadOnly ? isNull(notifications.readAt) : undefined);
  const order = q.order === 'unreadFirst' ? notificationsUnreadFirst : notificationsByDate;
  const isFirstPage = !q.after;
  const rows = await db
    .select({
      notification: notifications,
      cursor: keysetCursorField(order),
      total: isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(notifications)
              .where(where),
          )
        : sql<null>`null`,
    })
    .from(notifications)
    .where(q.after ? and(where, keysetAfter(order, decodeCursor(order, q.after))) : where)
    .orderBy(...keysetOrderBy(order))
    .limit(q.pageSize + 1);
  return { rows, isFirstPage };
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

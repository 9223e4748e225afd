import { and, count, eq, isNull, sql, type Placeholder } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { cappedTotalField, decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../db/keyset.ts';
import { cursorParams, keysetAfterPlaceholders, statementFor, type PageLimit } from '../db/prepared-lists.ts';
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

/** The columns the list shows (presentNotification): not the recipient, township or dedupe key. */
const notificationListColumns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  entityType: notifications.entityType,
  entityId: notifications.entityId,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};
export type NotificationListRow = { [K in keyof typeof notificationListColumns]: NotificationRow[K] };

type NotificationListQuery = { after?: string | undefined; pageSize: number; order: 'unreadFirst' | 'date'; isUnreadOnly: boolean };

/**
 * The bell's list is read by every user on every visit: a prepared statement per query shape (order ×
 * unread only × first page or not), cached per db handle, so neither Drizzle nor PostgreSQL builds or
 * plans it again per request. One round trip: the page, whether there is a next one, the unread count
 * (an uncorrelated subquery: run once per statement) and on the first page the capped total.
 */
const notificationListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildNotificationListStatement>>>();

function buildNotificationListStatement(
  db: DbOrTx,
  order: KeysetOrder,
  isUnreadOnly: boolean,
  isFirstPage: boolean,
  limit: PageLimit | Placeholder<'limit', number>,
  name: string,
) {
  const mine = sql`${notifications.userId} = ${sql.placeholder('userId')}::uuid`;
  const where = and(mine, isUnreadOnly ? isNull(notifications.readAt) : undefined);
  const after = isFirstPage ? undefined : keysetAfterPlaceholders(order);
  return db
    .select({
      notification: notificationListColumns,
      cursor: keysetCursorField(order),
      total: isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(notifications)
              .where(where),
          )
        : sql<null>`null`,
      unreadCount: sql<number>`(select count(*)::int from notifications u where u.user_id = ${sql.placeholder('userId')}::uuid and u.read_at is null)`,
    })
    .from(notifications)
    .where(and(where, after))
    .orderBy(...keysetOrderBy(order))
    .limit(limit)
    .prepare(name);
}

/**
 * Notifications are personal: every read is by the recipient's user id, never by data scope, so
 * a township administrator does not read a clerk's notifications either. One page by cursor, with
 * the total (capped) on the first page, and the recipient's unread count.
 */
export async function listMine(db: DbOrTx, userId: string, q: NotificationListQuery) {
  const order = q.order === 'unreadFirst' ? notificationsUnreadFirst : notificationsByDate;
  const isFirstPage = !q.after;
  const key = `notifications_list_${q.order}_${q.isUnreadOnly ? 'u' : ''}${isFirstPage ? 'f' : 'n'}`;
  // A later page keeps its LIMIT a parameter, the one list that does (prepared-lists.ts): PostgreSQL
  // then plans it with the cursor's values each time. Its generic plan guesses a third of the
  // recipient's rows after any cursor and sorts them all (a bitmap scan of ~600 rows, 1.2 ms a page
  // on the county data set) instead of walking notifications_user_unread_idx (0.1 ms + 0.2 ms planning).
  const statement = statementFor(notificationListStatements, db, key, q.pageSize + 1, (on, limit, name) =>
    buildNotificationListStatement(on, order, q.isUnreadOnly, isFirstPage, isFirstPage ? limit : sql.placeholder('limit'), name),
  );
  const cursor = q.after ? decodeCursor(order, q.after) : [];
  const rows = await statement.execute({ userId, ...cursorParams(cursor), limit: q.pageSize + 1 });
  // The unread count rides on the page's rows. An empty first page means the recipient has nothing
  // (unread) at all; an empty later page (the list changed under the cursor) has to ask.
  const unreadCount = rows[0]?.unreadCount ?? (isFirstPage ? 0 : await countUnread(db, userId));
  return { rows, isFirstPage, unreadCount };
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

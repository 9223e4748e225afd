import { z } from 'zod';
import { pageQueryFields, zKeysetPage } from './paging.ts';

/** An in-app notification of the signed-in user (deadline warnings, items assigned to them). */
export const ZNotification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  isRead: z.boolean(),
});
export type Notification = z.infer<typeof ZNotification>;

export const ZNotificationListQuery = z
  .object({
    ...pageQueryFields(20, 100),
    /** unreadFirst: unread ones on top, newest first in each group; date: newest first. */
    order: z.enum(['unreadFirst', 'date']).default('unreadFirst'),
    isUnreadOnly: z.enum(['0', '1']).optional(),
  })
  .strict();
export type NotificationListQuery = z.infer<typeof ZNotificationListQuery>;

/** Paged by cursor (paging.ts); `unreadCount` is the caller's unread ones whatever the filter (the badge). */
export const ZNotificationPage = zKeysetPage(ZNotification).extend({ unreadCount: z.number() });
export type NotificationPage = z.infer<typeof ZNotificationPage>;

export const ZUnreadCount = z.object({ count: z.number() });

import { z } from 'zod';

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
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    /** unreadFirst: unread ones on top, newest first in each group; date: newest first. */
    order: z.enum(['unreadFirst', 'date']).default('unreadFirst'),
    isUnreadOnly: z.enum(['0', '1']).optional(),
  })
  .strict();
export type NotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZNotificationPage = z.object({
  items: z.array(ZNotification),
  total: z.number(),
  unreadCount: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type NotificationPage = z.infer<typeof ZNotificationPage>;

export const ZUnreadCount = z.object({ count: z.number() });

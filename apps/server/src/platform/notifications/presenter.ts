import type { Notification } from '@yifa/domain';
import type { NotificationListRow } from './repository.ts';

export function presentNotification(row: NotificationListRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    entityType: row.entityType,
    entityId: row.entityId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    isRead: row.readAt !== null,
  };
}

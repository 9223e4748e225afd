import { notifications } from './tables.ts';
import type { DbOrTx } from '../db/client.ts';

export interface NotificationInput {
  userId: string;
  townshipId: string | null;
  /** A stable kind, e.g. 'deadline.dueSoon', 'deadline.overdue', 'assignment'. */
  kind: string;
  title: string;
  body?: string | null;
  /** A path in the web app, e.g. '/disclosure/requests/…'. */
  link?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** Same key for the same user = one notification, however often it is raised (nightly scans). */
  dedupeKey?: string | null;
}

/** How any module raises an in-app notification; inside the caller's transaction. Returns false if it already existed. */
export async function notify(tx: DbOrTx, input: NotificationInput): Promise<boolean> {
  const inserted = await tx
    .insert(notifications)
    .values({
      userId: input.userId,
      townshipId: input.townshipId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? null,
      link: input.link ?? null,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length > 0;
}

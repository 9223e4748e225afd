import { and, eq } from 'drizzle-orm';
import { writeAudit, type Actor } from '../audit/write-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import { unscopedFindLiveDeadline } from './repository.ts';
import { deadlineSnapshot } from './snapshot.ts';
import { deadlines } from './tables.ts';

/**
 * Ends a record's deadline, in the module's transaction: 'met' when the act was done (reply sent,
 * decision made), 'cancelled' when the deadline no longer runs (request withdrawn, record deleted).
 * A closed deadline leaves the workbench and the nightly scan. Returns false when there was no such
 * deadline or it already had that status (nothing written).
 */
export async function closeDeadline(
  tx: DbOrTx,
  actor: Actor,
  entityType: string,
  entityId: string,
  kind: string,
  status: 'met' | 'cancelled',
): Promise<boolean> {
  const existing = await unscopedFindLiveDeadline(tx, entityType, entityId, kind);
  if (!existing || existing.status === status) return false;
  const [row] = await tx
    .update(deadlines)
    .set({ status, updatedAt: new Date(), updatedBy: actor.userId, version: existing.version + 1 })
    .where(and(eq(deadlines.id, existing.id), eq(deadlines.version, existing.version)))
    .returning();
  if (!row) throw new AppError('REQUEST.CONFLICT');
  await writeAudit(tx, actor, {
    action: status === 'met' ? 'deadline.met' : 'deadline.cancel',
    entityType: 'deadline',
    entityId: row.id,
    townshipId: row.townshipId,
    before: deadlineSnapshot(existing),
    after: deadlineSnapshot(row),
  });
  return true;
}

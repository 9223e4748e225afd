import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { closeDeadline } from '../../../platform/deadlines/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { canWriteTownship } from '../../../platform/scope/data-scope.ts';
import { requestAuditView } from '../presenter.ts';
import { findRequest } from '../repository.ts';
import { disclosureRequests } from '../tables.ts';
import { ENTITY_TYPE } from './sync-clock.ts';

/** Soft delete (e.g. a duplicate entry or an online submission that is no application at all); its deadlines are cancelled. */
export async function deleteRequest(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await findRequest(tx, auth.scope, id);
    if (!row || !canWriteTownship(auth.scope, row.townshipId)) throw new AppError('RECORD.NOT_FOUND');
    if (row.status === 'replied') throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'replied requests are kept' });
    await tx
      .update(disclosureRequests)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: row.version + 1 })
      .where(eq(disclosureRequests.id, id));
    for (const kind of ['reply', 'clarification-notice', 'correction'])
      await closeDeadline(tx, actorOf(auth), ENTITY_TYPE, id, kind, 'cancelled');
    await writeAudit(tx, actorOf(auth), {
      action: 'disclosure-request.delete',
      entityType: 'disclosureRequest',
      entityId: id,
      townshipId: row.townshipId,
      before: requestAuditView(row),
    });
  });
}

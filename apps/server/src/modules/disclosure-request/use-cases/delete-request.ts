import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { closeDeadline } from '../../../platform/deadlines/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { requestPolicy } from '../policy.ts';
import { lockRepeats, unlinkDeleted } from '../repeat-links.ts';
import { requestAuditView } from '../presenter.ts';
import { findRequest } from '../repository.ts';
import { assertRequestStep } from '../request-step.ts';
import { ENTITY_TYPE } from '../sync-clock.ts';
import { disclosureRequests } from '../tables.ts';

/**
 * Soft delete (e.g. a duplicate entry or an online submission that is no application at all); its deadlines
 * are cancelled. A replied request is kept: the annual report counts it (条例第五十条).
 */
export async function deleteRequest(ctx: AppContext, auth: AuthContext, id: string): Promise<{ ok: true }> {
  await ctx.db.transaction(async (tx) => {
    const row = authorize(requestPolicy, auth, await findRequest(tx, auth.scope, id), 'delete');
    await assertRequestStep(tx, row, 'delete');
    await lockRepeats(tx, row.townshipId);
    await tx
      .update(disclosureRequests)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: row.version + 1 })
      .where(eq(disclosureRequests.id, id));
    // Its similar requests may be repeats no more (条例第四十四条 flags, repeat-links.ts).
    await unlinkDeleted(tx, row);
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
  return { ok: true };
}

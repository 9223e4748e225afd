import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { closeDeadline } from '../../../platform/deadlines/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { PUBLICATION_ENTITY } from '../entities.ts';
import { publicationPolicy } from '../policy.ts';
import { PUBLICATION_DEADLINE_KIND } from '../publications.ts';
import { findPublication } from '../repository.ts';
import { pdPublications } from '../tables.ts';

/** Soft delete; its open deadline is cancelled. */
export async function deletePublication(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const pub = authorize(publicationPolicy, auth, await findPublication(tx, auth.scope, id), 'delete');
    await tx
      .update(pdPublications)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: pub.version + 1 })
      .where(eq(pdPublications.id, id));
    await closeDeadline(tx, actorOf(auth), PUBLICATION_ENTITY, id, PUBLICATION_DEADLINE_KIND, 'cancelled');
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.publication.delete',
      entityType: PUBLICATION_ENTITY,
      entityId: id,
      townshipId: pub.townshipId,
      before: pub,
    });
  });
}

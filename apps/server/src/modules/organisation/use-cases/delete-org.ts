import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { orgAuditView } from '../presenter.ts';
import { orgPolicy } from '../policy.ts';
import { countLiveChildren, findOrg } from '../repository.ts';
import { orgs } from '../tables.ts';

/** Soft delete: the row stays (records still point to it), hidden from lists; refused while it has children or people. */
export async function deleteOrg(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    // Township and county nodes come from the division codes and are never deleted here.
    const org = authorize(orgPolicy, auth, await findOrg(tx, auth.scope, id), 'delete');
    if ((await countLiveChildren(tx, id)) > 0) throw new AppError('ORG.HAS_CHILDREN');
    await tx
      .update(orgs)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: org.version + 1 })
      .where(eq(orgs.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.org.delete',
      entityType: 'org',
      entityId: id,
      townshipId: org.townshipId,
      before: orgAuditView(org),
    });
  });
}

import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { VILLAGE_DISCLOSURE_ENTITY } from '../entities.ts';
import { villageDisclosurePolicy } from '../policy.ts';
import { findVillageDisclosure } from '../repository.ts';
import { pdVillageDisclosures } from '../tables.ts';

/** Soft delete of a village / party affairs disclosure. */
export async function deleteVillageDisclosure(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = authorize(villageDisclosurePolicy, auth, await findVillageDisclosure(tx, auth.scope, id), 'delete');
    await tx
      .update(pdVillageDisclosures)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: row.version + 1 })
      .where(eq(pdVillageDisclosures.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: `proactive-disclosure.${row.kind}.delete`,
      entityType: VILLAGE_DISCLOSURE_ENTITY,
      entityId: id,
      townshipId: row.townshipId,
      before: row,
    });
  });
}

import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { CATALOG_ENTITY } from '../entities.ts';
import { catalogItemPolicy } from '../policy.ts';
import { findCatalogItem } from '../repository.ts';
import { pdCatalogItems } from '../tables.ts';

/** Soft delete: publications keep pointing at the item and still show its title. */
export async function deleteCatalogItem(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const item = authorize(catalogItemPolicy, auth, await findCatalogItem(tx, auth.scope, id), 'delete');
    await tx
      .update(pdCatalogItems)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: item.version + 1 })
      .where(eq(pdCatalogItems.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.catalog.delete',
      entityType: CATALOG_ENTITY,
      entityId: id,
      townshipId: item.townshipId,
      before: item,
    });
  });
}

import type { BodyOf } from '@yifa/domain';
import type { CatalogItem, proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { assertResponsibleOrg } from '../catalog.ts';
import { CATALOG_ENTITY } from '../entities.ts';
import { catalogItemPolicy } from '../policy.ts';
import { presentCatalogItem } from '../presenter.ts';
import { findCatalogItem, orgNames } from '../repository.ts';
import { pdCatalogItems } from '../tables.ts';

/** Edits an item; a statutory item keeps its title and legal basis (条例第二十条、第二十一条), the rest is the township's. */
export async function updateCatalogItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof proactiveDisclosureApi.updateCatalogItem>,
): Promise<CatalogItem> {
  const row = await ctx.db.transaction(async (tx) => {
    const item = authorize(catalogItemPolicy, auth, await findCatalogItem(tx, auth.scope, id), 'update');
    if (item.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    if (
      item.isStatutory &&
      ((input.titleZh !== undefined && input.titleZh !== item.titleZh) ||
        (input.legalBasis !== undefined && input.legalBasis !== item.legalBasis))
    ) {
      throw new AppError('REQUEST.VALIDATION_FAILED', {
        invalidParams: [{ name: 'body.titleZh', code: 'statutory', reason: '法定公开事项的名称和依据不能修改' }],
      });
    }
    await assertResponsibleOrg(tx, item.townshipId, input.responsibleOrgId);
    const [row] = await tx
      .update(pdCatalogItems)
      .set({
        titleZh: input.titleZh ?? item.titleZh,
        category: input.category ?? item.category,
        legalBasis: input.legalBasis ?? item.legalBasis,
        timeLimitDays: input.timeLimitDays ?? item.timeLimitDays,
        responsibleOrgId: input.responsibleOrgId !== undefined ? input.responsibleOrgId : item.responsibleOrgId,
        description: input.description !== undefined ? input.description : item.description,
        sortOrder: input.sortOrder ?? item.sortOrder,
        version: item.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(pdCatalogItems.id, id), eq(pdCatalogItems.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.catalog.update',
      entityType: CATALOG_ENTITY,
      entityId: id,
      townshipId: item.townshipId,
      before: item,
      after: row,
    });
    return row;
  });
  return presentCatalogItem(auth, row, await orgNames(ctx.db, [row.responsibleOrgId]));
}

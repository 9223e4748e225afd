import type { BodyOf } from '@yifa/domain';
import type { proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { assertResponsibleOrg } from '../catalog.ts';
import { CATALOG_ENTITY } from '../entities.ts';
import type { CatalogItemRow } from '../repository.ts';
import { pdCatalogItems } from '../tables.ts';

/** A custom catalogue item (条例第二十二条: items added as higher authorities direct, or the township's own). */
export async function createCatalogItem(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof proactiveDisclosureApi.createCatalogItem>,
): Promise<CatalogItemRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    await assertResponsibleOrg(tx, townshipId, input.responsibleOrgId);
    const [row] = await tx
      .insert(pdCatalogItems)
      .values({
        townshipId,
        orgId: townshipId,
        code: null,
        titleZh: input.titleZh,
        titleEn: null,
        category: input.category,
        legalBasis: input.legalBasis,
        timeLimitDays: input.timeLimitDays,
        responsibleOrgId: input.responsibleOrgId ?? null,
        description: input.description ?? null,
        sortOrder: input.sortOrder ?? 5000,
        isStatutory: false,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.catalog.create',
      entityType: CATALOG_ENTITY,
      entityId: row!.id,
      townshipId,
      after: row,
    });
    return row!;
  });
}

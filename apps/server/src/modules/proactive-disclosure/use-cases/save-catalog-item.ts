import type { CatalogItemInput, UpdateCatalogItemRequest } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { writableTownshipOf } from '../policy.ts';
import { findCatalogItem, findOrgInfo, type CatalogItemRow } from '../repository.ts';
import { pdCatalogItems } from '../tables.ts';

/** The responsible office must be an org of the same township (any org: the catalogue is township-wide). */
async function assertResponsibleOrg(db: DbOrTx, townshipId: string, orgId: string | null | undefined): Promise<void> {
  if (!orgId) return;
  const org = await findOrgInfo(db, orgId);
  if (!org || org.townshipId !== townshipId) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'body.responsibleOrgId', code: 'invalid', reason: '责任科室须为本乡镇的机构' }],
    });
  }
}

/** A custom catalogue item (条例第二十二条: items added as higher authorities direct, or the township's own). */
export async function createCatalogItem(ctx: AppContext, auth: AuthContext, input: CatalogItemInput): Promise<CatalogItemRow> {
  const townshipId = writableTownshipOf(auth);
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
      entityType: 'disclosureCatalogItem',
      entityId: row!.id,
      townshipId,
      after: row,
    });
    return row!;
  });
}

async function loadWritable(tx: DbOrTx, auth: AuthContext, id: string): Promise<CatalogItemRow> {
  const townshipId = writableTownshipOf(auth);
  const row = await findCatalogItem(tx, auth.scope, id);
  if (!row || row.townshipId !== townshipId) throw new AppError('RECORD.NOT_FOUND');
  return row;
}

/** Edits an item; a statutory item keeps its title and legal basis (条例第二十条、第二十一条), the rest is the township's. */
export async function updateCatalogItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: UpdateCatalogItemRequest,
): Promise<CatalogItemRow> {
  return ctx.db.transaction(async (tx) => {
    const item = await loadWritable(tx, auth, id);
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
      entityType: 'disclosureCatalogItem',
      entityId: id,
      townshipId: item.townshipId,
      before: item,
      after: row,
    });
    return row;
  });
}

/** Soft delete: publications keep pointing at the item and still show its title. */
export async function deleteCatalogItem(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const item = await loadWritable(tx, auth, id);
    await tx
      .update(pdCatalogItems)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: item.version + 1 })
      .where(eq(pdCatalogItems.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.catalog.delete',
      entityType: 'disclosureCatalogItem',
      entityId: id,
      townshipId: item.townshipId,
      before: item,
    });
  });
}

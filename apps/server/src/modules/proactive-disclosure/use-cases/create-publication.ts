import type { BodyOf } from '@yifa/domain';
import type { proactiveDisclosureApi, Publication } from '@yifa/domain/proactive-disclosure';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { PUBLICATION_ENTITY } from '../entities.ts';
import { presentPublication } from '../presenter.ts';
import { assertPublicFiles, checkPublishing, loadItem, resolveOrg, syncDeadline, timingOf } from '../publications.ts';
import { catalogItemsByIds } from '../repository.ts';
import { pdPublications } from '../tables.ts';

/**
 * Registers information formed (条例第二十六条: published within 20 working days, or the catalogue
 * item's own limit): 待公开 without a publication date (an open deadline), else 已公开.
 */
export async function createPublication(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof proactiveDisclosureApi.createPublication>,
): Promise<Publication> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  const row = await ctx.db.transaction(async (tx) => {
    const item = await loadItem(tx, auth, townshipId, input.catalogItemId);
    const orgId = await resolveOrg(tx, auth, townshipId, input.orgId, item);
    const publishedOn = input.publishedOn ?? null;
    const channels = [...new Set(input.channels ?? [])];
    await checkPublishing(tx, townshipId, input.formedOn, publishedOn, channels);
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    const publicFileIds = [...new Set(input.publicFileIds ?? [])];
    assertPublicFiles(publicFileIds, attachmentIds);
    const [row] = await tx
      .insert(pdPublications)
      .values({
        townshipId,
        orgId,
        catalogItemId: item.id,
        title: input.title,
        summary: input.summary ?? null,
        indexNumber: input.indexNumber ?? null,
        docNumber: input.docNumber ?? null,
        formedOn: input.formedOn,
        publishedOn,
        channels,
        timeLimitDays: item.timeLimitDays,
        ...(await timingOf(tx, input.formedOn, item.timeLimitDays, publishedOn)),
        publicFileIds,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await attachFiles(tx, auth.scope, attachmentIds, PUBLICATION_ENTITY, row!.id);
    await syncDeadline(tx, actorOf(auth), auth, row!);
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.publication.create',
      entityType: PUBLICATION_ENTITY,
      entityId: row!.id,
      townshipId,
      after: { ...row, attachmentIds },
    });
    return row!;
  });
  return presentPublication(auth, row, (await catalogItemsByIds(ctx.db, [row.catalogItemId])).get(row.catalogItemId));
}

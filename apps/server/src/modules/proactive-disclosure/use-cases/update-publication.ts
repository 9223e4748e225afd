import type { BodyOf } from '@yifa/domain';
import type { proactiveDisclosureApi, Publication } from '@yifa/domain/proactive-disclosure';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { attachFiles, detachFiles, listAttachedFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { PUBLICATION_ENTITY } from '../entities.ts';
import { publicationPolicy } from '../policy.ts';
import { presentPublication } from '../presenter.ts';
import { assertPublicFiles, checkPublishing, loadItem, resolveOrg, syncDeadline, timingOf } from '../publications.ts';
import { catalogItemsByIds, findPublication } from '../repository.ts';
import { pdPublications } from '../tables.ts';

/** Changes a record, or publishes it (待公开 → 已公开: a publication date and a channel, workflow.ts). */
export async function updatePublication(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof proactiveDisclosureApi.updatePublication>,
): Promise<Publication> {
  const row = await ctx.db.transaction(async (tx) => {
    const pub = authorize(publicationPolicy, auth, await findPublication(tx, auth.scope, id), 'update');
    if (pub.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const item =
      input.catalogItemId && input.catalogItemId !== pub.catalogItemId
        ? await loadItem(tx, auth, pub.townshipId, input.catalogItemId)
        : null;
    const orgId =
      input.orgId && input.orgId !== pub.orgId
        ? await resolveOrg(tx, auth, pub.townshipId, input.orgId, item ?? (await loadItem(tx, auth, pub.townshipId, pub.catalogItemId)))
        : pub.orgId;
    const formedOn = input.formedOn ?? pub.formedOn;
    const publishedOn = input.publishedOn !== undefined ? input.publishedOn : pub.publishedOn;
    const channels = input.channels ? [...new Set(input.channels)] : pub.channels;
    // A channel switched off since keeps counting on the records that already used it.
    await checkPublishing(tx, pub.townshipId, formedOn, publishedOn, channels, !input.channels);
    // The limit is the item's at registration; moving the record to another item takes that item's limit.
    const timeLimitDays = item ? item.timeLimitDays : pub.timeLimitDays;

    const before = (await listAttachedFiles(tx, auth.scope, PUBLICATION_ENTITY, id)).map((f) => f.id);
    let attached = before;
    if (input.attachmentIds) {
      const wanted = [...new Set(input.attachmentIds)];
      await detachFiles(
        tx,
        auth.scope,
        before.filter((f) => !wanted.includes(f)),
        PUBLICATION_ENTITY,
        id,
      );
      await attachFiles(tx, auth.scope, wanted, PUBLICATION_ENTITY, id);
      attached = wanted;
    }
    const publicFileIds = input.publicFileIds ? [...new Set(input.publicFileIds)] : pub.publicFileIds.filter((f) => attached.includes(f));
    assertPublicFiles(publicFileIds, attached);

    const [row] = await tx
      .update(pdPublications)
      .set({
        catalogItemId: item?.id ?? pub.catalogItemId,
        orgId,
        title: input.title ?? pub.title,
        summary: input.summary !== undefined ? input.summary : pub.summary,
        indexNumber: input.indexNumber !== undefined ? input.indexNumber : pub.indexNumber,
        docNumber: input.docNumber !== undefined ? input.docNumber : pub.docNumber,
        formedOn,
        publishedOn,
        channels,
        timeLimitDays,
        ...(await timingOf(tx, formedOn, timeLimitDays, publishedOn)),
        publicFileIds,
        version: pub.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(pdPublications.id, id), eq(pdPublications.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await syncDeadline(tx, actorOf(auth), auth, row);
    await writeAudit(tx, actorOf(auth), {
      action: !pub.publishedOn && row.publishedOn ? 'proactive-disclosure.publication.publish' : 'proactive-disclosure.publication.update',
      entityType: PUBLICATION_ENTITY,
      entityId: id,
      townshipId: pub.townshipId,
      before: { ...pub, attachmentIds: before },
      after: { ...row, attachmentIds: attached },
    });
    return row;
  });
  return presentPublication(auth, row, (await catalogItemsByIds(ctx.db, [row.catalogItemId])).get(row.catalogItemId));
}

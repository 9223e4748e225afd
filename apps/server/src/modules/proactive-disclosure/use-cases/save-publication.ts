import { publicationTiming, type PublicationInput, type UpdatePublicationRequest } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit, type Actor } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { loadCalendar } from '../../../platform/calendar/calendar-service.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { closeDeadline, upsertDeadline } from '../../../platform/deadlines/index.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { assertDictionaryCode } from '../../../platform/dictionaries/index.ts';
import { attachFiles, detachFiles, listAttachedFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { isInScope } from '../../../platform/scope/data-scope.ts';
import { assertCanWriteInOrg, assertCanWriteRecord, writableTownshipOf } from '../policy.ts';
import { findCatalogItem, findOrgInfo, findPublication, type CatalogItemRow, type PublicationRow } from '../repository.ts';
import { pdPublications } from '../tables.ts';

export const PUBLICATION_ENTITY = 'proactivePublication';
const DEADLINE_KIND = 'publish';

const invalid = (name: string, reason: string) =>
  new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: [{ name, code: 'invalid', reason }] });

async function loadItem(tx: DbOrTx, auth: AuthContext, townshipId: string, id: string): Promise<CatalogItemRow> {
  const item = await findCatalogItem(tx, auth.scope, id);
  if (!item || item.townshipId !== townshipId) throw invalid('body.catalogItemId', '请选择本乡镇公开目录中的事项');
  return item;
}

/** The responsible org: the one chosen, else the item's office when the clerk may file there, else the clerk's own org. */
async function resolveOrg(
  tx: DbOrTx,
  auth: AuthContext,
  townshipId: string,
  chosen: string | undefined,
  item: CatalogItemRow,
): Promise<string> {
  const candidates = chosen ? [chosen] : [item.responsibleOrgId, auth.user.orgId, townshipId].filter((c): c is string => !!c);
  for (const id of candidates) {
    const org = await findOrgInfo(tx, id);
    if (org && org.townshipId === townshipId && (chosen || isInScope(auth.scope, { townshipId, orgId: id }))) {
      assertCanWriteInOrg(auth.scope, org);
      return org.id;
    }
  }
  throw new AppError('RECORD.NOT_FOUND');
}

/** Dates and channels: published on or after formation, not in the future, through at least one channel (条例第二十三条). */
async function checkPublishing(
  tx: DbOrTx,
  townshipId: string,
  formedOn: string,
  publishedOn: string | null,
  channels: string[],
  allowInactive = false,
): Promise<void> {
  const today = todayInChina();
  if (formedOn > today) throw invalid('body.formedOn', '信息形成日期不能晚于今天');
  if (publishedOn) {
    if (publishedOn < formedOn) throw new AppError('PROACTIVE_DISCLOSURE.PUBLISHED_BEFORE_FORMED');
    if (publishedOn > today) throw invalid('body.publishedOn', '公开日期不能晚于今天');
    if (channels.length === 0) throw new AppError('PROACTIVE_DISCLOSURE.CHANNEL_REQUIRED');
  }
  for (const [i, code] of channels.entries())
    await assertDictionaryCode(tx, townshipId, 'publicationChannel', code, { field: `body.channels.${i}`, allowInactive });
}

/**
 * Information formed but not yet published (待公开) is an open deadline on the platform: warned
 * before it passes (条例第二十六条), met when published, cancelled when the record is deleted.
 */
async function syncDeadline(tx: DbOrTx, actor: Actor, auth: AuthContext, row: PublicationRow): Promise<void> {
  if (row.publishedOn) {
    await closeDeadline(tx, actor, PUBLICATION_ENTITY, row.id, DEADLINE_KIND, 'met');
    return;
  }
  await upsertDeadline(tx, actor, {
    townshipId: row.townshipId,
    orgId: row.orgId,
    module: 'proactive-disclosure',
    kind: DEADLINE_KIND,
    entityType: PUBLICATION_ENTITY,
    entityId: row.id,
    title: `主动公开：${row.title}`,
    link: `/proactive-disclosure/publications/${row.id}`,
    assigneeId: row.createdBy ?? auth.user.id,
    // 《政府信息公开条例》第二十六条: within 20 working days of formation or change, or the item's own limit.
    rule: { basis: 'workingDays', days: row.timeLimitDays, startDate: row.formedOn, startLabelZh: '信息形成或变更' },
  });
}

async function timingOf(tx: DbOrTx, formedOn: string, timeLimitDays: number, publishedOn: string | null) {
  const t = publicationTiming(await loadCalendar(tx), { formedOn, timeLimitDays, publishedOn });
  return {
    dueDate: t.dueDate,
    dueExplanationZh: t.explanation.textZh,
    isProvisional: t.isProvisional,
    isLate: t.isLate,
    workingDaysLate: t.workingDaysLate,
  };
}

function assertPublicFiles(publicFileIds: string[], attached: readonly string[]): void {
  if (publicFileIds.some((id) => !attached.includes(id))) throw new AppError('PROACTIVE_DISCLOSURE.PUBLIC_FILE_NOT_ATTACHED');
}

export async function createPublication(ctx: AppContext, auth: AuthContext, input: PublicationInput): Promise<PublicationRow> {
  const townshipId = writableTownshipOf(auth);
  return ctx.db.transaction(async (tx) => {
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
}

export async function updatePublication(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: UpdatePublicationRequest,
): Promise<PublicationRow> {
  return ctx.db.transaction(async (tx) => {
    const pub = await findPublication(tx, auth.scope, id);
    if (!pub) throw new AppError('RECORD.NOT_FOUND');
    assertCanWriteRecord(auth.scope, pub);
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
}

export async function deletePublication(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const pub = await findPublication(tx, auth.scope, id);
    if (!pub) throw new AppError('RECORD.NOT_FOUND');
    assertCanWriteRecord(auth.scope, pub);
    await tx
      .update(pdPublications)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: pub.version + 1 })
      .where(eq(pdPublications.id, id));
    await closeDeadline(tx, actorOf(auth), PUBLICATION_ENTITY, id, DEADLINE_KIND, 'cancelled');
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.publication.delete',
      entityType: PUBLICATION_ENTITY,
      entityId: id,
      townshipId: pub.townshipId,
      before: pub,
    });
  });
}

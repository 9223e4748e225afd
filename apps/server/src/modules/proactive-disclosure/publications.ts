import { publicationTiming, publicationWorkflow } from '@yifa/domain/proactive-disclosure';
import type { Actor } from '../../platform/audit/write-audit.ts';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { loadCalendar } from '../../platform/calendar/calendar-service.ts';
import { todayInChina } from '../../platform/calendar/today.ts';
import { closeDeadline, upsertDeadline } from '../../platform/deadlines/index.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { assertDictionaryCode } from '../../platform/dictionaries/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { assertStep, authorize } from '../../platform/policy/index.ts';
import { isInScope } from '../../platform/scope/data-scope.ts';
import { PUBLICATION_ENTITY } from './entities.ts';
import { filingPolicy } from './policy.ts';
import { findCatalogItem, findOrgInfo, type CatalogItemRow, type PublicationRow } from './repository.ts';

// Helpers shared by the publication use cases (create, update).

export const PUBLICATION_DEADLINE_KIND = 'publish';

const invalid = (name: string, reason: string) =>
  new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: [{ name, code: 'invalid', reason }] });

/** The catalogue item a publication is filed under: one of the township's own catalogue. */
export async function loadItem(tx: DbOrTx, auth: AuthContext, townshipId: string, id: string): Promise<CatalogItemRow> {
  const item = await findCatalogItem(tx, auth.scope, id);
  if (!item || item.townshipId !== townshipId) throw invalid('body.catalogItemId', '请选择本乡镇公开目录中的事项');
  return item;
}

/** The responsible org: the one chosen, else the item's office when the clerk may file there, else the clerk's own org. */
export async function resolveOrg(
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
      return authorize(filingPolicy, auth, { townshipId, orgId: org.id }, 'publication').orgId;
    }
  }
  throw new AppError('RECORD.NOT_FOUND');
}

/** Dates and channels: published on or after formation, not in the future, through at least one channel (条例第二十三条). */
export async function checkPublishing(
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
    // Published (or its date corrected): the workflow's rule for the step to 已公开 (workflow.ts).
    assertStep(publicationWorkflow, 'publish', { status: 'pending' }, { channelCount: channels.length, formedOn, publishedOn });
    if (publishedOn > today) throw invalid('body.publishedOn', '公开日期不能晚于今天');
  }
  for (const [i, code] of channels.entries())
    await assertDictionaryCode(tx, townshipId, 'publicationChannel', code, { field: `body.channels.${i}`, allowInactive });
}

/**
 * Information formed but not yet published (待公开) is an open deadline on the platform: warned
 * before it passes (条例第二十六条), met when published, cancelled when the record is deleted.
 */
export async function syncDeadline(tx: DbOrTx, actor: Actor, auth: AuthContext, row: PublicationRow): Promise<void> {
  if (row.publishedOn) {
    await closeDeadline(tx, actor, PUBLICATION_ENTITY, row.id, PUBLICATION_DEADLINE_KIND, 'met');
    return;
  }
  await upsertDeadline(tx, actor, {
    townshipId: row.townshipId,
    orgId: row.orgId,
    module: 'proactive-disclosure',
    kind: PUBLICATION_DEADLINE_KIND,
    entityType: PUBLICATION_ENTITY,
    entityId: row.id,
    title: `主动公开：${row.title}`,
    link: `/proactive-disclosure/publications/${row.id}`,
    assigneeId: row.createdBy ?? auth.user.id,
    // 《政府信息公开条例》第二十六条: within 20 working days of formation or change, or the item's own limit.
    rule: { basis: 'workingDays', days: row.timeLimitDays, startDate: row.formedOn, startLabelZh: '信息形成或变更' },
  });
}

/** The due date and lateness stored with a publication (条例第二十六条; timing.ts). */
export async function timingOf(tx: DbOrTx, formedOn: string, timeLimitDays: number, publishedOn: string | null) {
  const t = publicationTiming(await loadCalendar(tx), { formedOn, timeLimitDays, publishedOn });
  return {
    dueDate: t.dueDate,
    dueExplanationZh: t.explanation.textZh,
    isProvisional: t.isProvisional,
    isLate: t.isLate,
    workingDaysLate: t.workingDaysLate,
  };
}

/** The files the public may download must be among the record's attachments. */
export function assertPublicFiles(publicFileIds: string[], attached: readonly string[]): void {
  if (publicFileIds.some((id) => !attached.includes(id))) throw new AppError('PROACTIVE_DISCLOSURE.PUBLIC_FILE_NOT_ATTACHED');
}

import type { DeadlineExplanation, DeadlineRule, IsoDate } from '@yifa/domain/calendar';
import { and, eq } from 'drizzle-orm';
import { canonicalJson } from '../audit/canonical-json.ts';
import { writeAudit, type Actor } from '../audit/write-audit.ts';
import { loadCalendar } from '../calendar/calendar-service.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import { computeOrThrow } from './compute.ts';
import { unscopedFindLiveDeadline, type DeadlineRow } from './repository.ts';
import { deadlineSnapshot } from './snapshot.ts';
import { deadlines } from './tables.ts';

/** What a module tells the platform about one statutory deadline of one of its records. */
export interface DeadlineInput {
  townshipId: string;
  /** The org that owns the record (data scope of the deadline). */
  orgId: string;
  /** The module's name, e.g. 'disclosure'. */
  module: string;
  /** Which deadline of the record, stable per module, e.g. 'reply' (政府信息公开条例 Art. 33). */
  kind: string;
  /** The record, e.g. 'disclosureRequest' + its id; (entityType, entityId, kind) is unique. */
  entityType: string;
  entityId: string;
  /** Chinese title shown in lists and notifications, e.g. '答复政府信息公开申请（张三，2026-02-10收）'. */
  title: string;
  /** Path of the record in the web app, e.g. '/disclosure/requests/<id>'. */
  link: string | null;
  /** The user who must act; null = the township administrators are warned. */
  assigneeId: string | null;
  rule: DeadlineRule;
}

export interface StoredDeadline {
  id: string;
  dueDate: IsoDate | null;
  isProvisional: boolean;
  missingYears: number[];
  explanation: DeadlineExplanation;
  /** False when the call changed nothing (same rule, title, assignee…): no write, no audit entry. */
  isChanged: boolean;
}

/**
 * Creates or updates the deadline of a record, in the module's transaction: computes it on the stored
 * working-day calendar (rules.md §10), stores the due date with its explanation and the provisional
 * flag, and audits the change. Calling it again (extension, pause, new assignee) updates the same row
 * and reopens it if it had been closed.
 */
export async function upsertDeadline(tx: DbOrTx, actor: Actor, input: DeadlineInput): Promise<StoredDeadline> {
  const result = computeOrThrow(await loadCalendar(tx), input.rule);
  const rule = result.explanation.rule;
  const values = {
    townshipId: input.townshipId,
    orgId: input.orgId,
    module: input.module,
    title: input.title,
    link: input.link,
    assigneeId: input.assigneeId,
    rule,
    dueDate: result.dueDate,
    explanation: result.explanation,
    isProvisional: result.isProvisional,
  };
  const stored = (id: string, isChanged: boolean): StoredDeadline => ({
    id,
    dueDate: result.dueDate,
    isProvisional: result.isProvisional,
    missingYears: result.missingYears,
    explanation: result.explanation,
    isChanged,
  });

  const existing = await unscopedFindLiveDeadline(tx, input.entityType, input.entityId, input.kind);
  if (!existing) {
    const [row] = await tx
      .insert(deadlines)
      .values({
        ...values,
        kind: input.kind,
        entityType: input.entityType,
        entityId: input.entityId,
        status: 'open',
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('deadline insert returned nothing');
    await writeAudit(tx, actor, {
      action: 'deadline.create',
      entityType: 'deadline',
      entityId: row.id,
      townshipId: row.townshipId,
      after: deadlineSnapshot(row),
      detail: `${input.module}/${input.entityType}/${input.kind}`,
    });
    return stored(row.id, true);
  }
  if (existing.townshipId !== input.townshipId) throw new AppError('RECORD.NOT_FOUND', { detail: 'deadline of another township' });
  if (isUnchanged(existing, values)) return stored(existing.id, false);

  const [row] = await tx
    .update(deadlines)
    .set({
      ...values,
      status: 'open',
      computedAt: new Date(),
      updatedAt: new Date(),
      updatedBy: actor.userId,
      version: existing.version + 1,
    })
    .where(and(eq(deadlines.id, existing.id), eq(deadlines.version, existing.version)))
    .returning();
  if (!row) throw new AppError('REQUEST.CONFLICT');
  await writeAudit(tx, actor, {
    action: 'deadline.update',
    entityType: 'deadline',
    entityId: row.id,
    townshipId: row.townshipId,
    before: deadlineSnapshot(existing),
    after: deadlineSnapshot(row),
  });
  return stored(row.id, true);
}

function isUnchanged(
  existing: DeadlineRow,
  next: Pick<DeadlineRow, 'orgId' | 'module' | 'title' | 'link' | 'assigneeId' | 'dueDate' | 'isProvisional'> & {
    rule: unknown;
    explanation: DeadlineExplanation;
  },
): boolean {
  return (
    existing.status === 'open' &&
    existing.orgId === next.orgId &&
    existing.module === next.module &&
    existing.title === next.title &&
    existing.link === next.link &&
    existing.assigneeId === next.assigneeId &&
    existing.dueDate === next.dueDate &&
    existing.isProvisional === next.isProvisional &&
    canonicalJson(existing.rule) === canonicalJson(next.rule) &&
    (existing.explanation as DeadlineExplanation | null)?.textZh === next.explanation.textZh
  );
}

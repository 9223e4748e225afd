import { type RecomputeSummary } from '@yifa/domain';
import { computeDeadline, formatDateZh, type DeadlineExplanation, type DeadlineRule } from '@yifa/domain/calendar';
import { and, eq } from 'drizzle-orm';
import { writeAudit, type Actor } from '../audit/write-audit.ts';
import { loadCalendar } from '../calendar/calendar-service.ts';
import type { DbOrTx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { unscopedListOpenDeadlines } from './repository.ts';
import { deadlines } from './tables.ts';

/**
 * Recomputes every open deadline from its stored rule on the current calendar. Called in the same
 * transaction as every change of a calendar year (architecture.md: deadlines "recomputed when the
 * calendar changes"): entering 2027 turns the provisional dates that ran into 2027 into real ones, and
 * correcting a year moves the dates that crossed it. Each changed deadline is updated and audited with
 * its due date before and after, and its assignee is told when the date moved.
 *
 * A stored rule that no longer computes (it cannot happen through upsertDeadline, which validates) is
 * counted in `failed` and audited as a failure instead of blocking the calendar change.
 */
export async function recomputeOpenDeadlines(tx: DbOrTx, actor: Actor): Promise<RecomputeSummary> {
  const cal = await loadCalendar(tx);
  const rows = await unscopedListOpenDeadlines(tx);
  const summary: RecomputeSummary = { checked: rows.length, changed: 0, failed: 0 };
  for (const row of rows) {
    let result: ReturnType<typeof computeDeadline>;
    try {
      result = computeDeadline(cal, row.rule as DeadlineRule);
    } catch (error) {
      summary.failed += 1;
      await writeAudit(tx, actor, {
        action: 'deadline.recompute',
        entityType: 'deadline',
        entityId: row.id,
        townshipId: row.townshipId,
        isSuccess: false,
        detail: `stored rule no longer computes: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
      });
      continue;
    }
    const oldText = (row.explanation as DeadlineExplanation | null)?.textZh;
    if (result.dueDate === row.dueDate && result.isProvisional === row.isProvisional && result.explanation.textZh === oldText) continue;

    await tx
      .update(deadlines)
      .set({
        dueDate: result.dueDate,
        isProvisional: result.isProvisional,
        explanation: result.explanation,
        computedAt: new Date(),
        updatedAt: new Date(),
        updatedBy: actor.userId,
        version: row.version + 1,
      })
      .where(and(eq(deadlines.id, row.id)));
    await writeAudit(tx, actor, {
      action: 'deadline.recompute',
      entityType: 'deadline',
      entityId: row.id,
      townshipId: row.townshipId,
      before: { dueDate: row.dueDate, isProvisional: row.isProvisional, explanationZh: oldText ?? null },
      after: { dueDate: result.dueDate, isProvisional: result.isProvisional, explanationZh: result.explanation.textZh },
      detail: 'working-day calendar changed',
    });
    summary.changed += 1;

    if (row.assigneeId && result.dueDate !== row.dueDate) {
      const when = result.dueDate ? `${formatDateZh(result.dueDate)}${result.isProvisional ? '（暂定）' : ''}` : '暂不能确定';
      await notify(tx, {
        userId: row.assigneeId,
        townshipId: row.townshipId,
        kind: 'deadline.changed',
        title: `期限已调整：${row.title}`,
        body: `工作日历（国务院节假日安排）变更后重新计算，截止日期由${row.dueDate ? formatDateZh(row.dueDate) : '未定'}调整为${when}。`,
        link: row.link,
        entityType: row.entityType,
        entityId: row.entityId,
        dedupeKey: `deadline.changed:${row.id}:${result.dueDate ?? 'none'}:${result.isProvisional ? 'p' : 'f'}`,
      });
    }
  }
  return summary;
}

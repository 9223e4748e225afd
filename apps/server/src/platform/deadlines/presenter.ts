import { type DeadlineDetail, type DeadlineItem, type DeadlineStatus } from '@yifa/domain';
import { workingDaysBetween, type DeadlineExplanation, type IsoDate, type WorkingDayCalendar } from '@yifa/domain/calendar';
import type { DeadlineListRow, DeadlineWithNames } from './repository.ts';

/** A list row (the explanation's text selected in SQL) or a whole row (detail, workbench). */
export function presentDeadline(r: DeadlineListRow | DeadlineWithNames, cal: WorkingDayCalendar, today: IsoDate): DeadlineItem {
  const d = r.deadline;
  const explanationZh = 'explanationZh' in r ? r.explanationZh : (r.deadline.explanation as DeadlineExplanation | null)?.textZh;
  return {
    id: d.id,
    townshipId: d.townshipId,
    orgId: d.orgId,
    orgName: r.orgName,
    module: d.module,
    kind: d.kind,
    entityType: d.entityType,
    entityId: d.entityId,
    title: d.title,
    link: d.link,
    assigneeId: d.assigneeId,
    assigneeName: r.assigneeName,
    dueDate: d.dueDate,
    isProvisional: d.isProvisional,
    status: d.status as DeadlineStatus,
    isOverdue: d.status === 'open' && d.dueDate !== null && d.dueDate < today,
    workingDaysLeft: d.dueDate === null ? null : safeWorkingDaysBetween(cal, today, d.dueDate),
    explanationZh: explanationZh ?? '',
  };
}

export function presentDeadlineDetail(r: DeadlineWithNames, cal: WorkingDayCalendar, today: IsoDate): DeadlineDetail {
  return {
    ...presentDeadline(r, cal, today),
    explanation: r.deadline.explanation as DeadlineExplanation,
    computedAt: r.deadline.computedAt.toISOString(),
    version: r.deadline.version,
  };
}

/** Null for a span the counting functions refuse (decades): such a number would mean nothing to a reader. */
function safeWorkingDaysBetween(cal: WorkingDayCalendar, from: IsoDate, to: IsoDate): number | null {
  try {
    return workingDaysBetween(cal, from, to).days;
  } catch {
    return null;
  }
}

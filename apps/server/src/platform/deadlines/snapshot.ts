import type { DeadlineRow } from './repository.ts';

/** What the audit log keeps of a deadline, before and after a change (the explanation is derivable). */
export function deadlineSnapshot(
  row: Pick<DeadlineRow, 'title' | 'orgId' | 'assigneeId' | 'link' | 'dueDate' | 'isProvisional' | 'status' | 'rule'>,
) {
  return {
    title: row.title,
    orgId: row.orgId,
    assigneeId: row.assigneeId,
    link: row.link,
    dueDate: row.dueDate,
    isProvisional: row.isProvisional,
    status: row.status,
    rule: row.rule,
  };
}

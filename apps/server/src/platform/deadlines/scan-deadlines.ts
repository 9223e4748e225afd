import { addWorkingDays, formatDateZh, weekdayZh, workingDaysBetween, type IsoDate, type WorkingDayCalendar } from '@yifa/domain/calendar';
import { activeUserIds, townshipAdminIds } from '../../modules/organisation/index.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit/write-audit.ts';
import { loadCalendar } from '../calendar/calendar-service.ts';
import { todayInChina } from '../calendar/today.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { unscopedListOpenDeadlinesDueBy, type DeadlineRow } from './repository.ts';

export interface DeadlineScanOptions {
  /** The day the scan runs for (China Standard Time); default today. */
  today?: IsoDate;
  /** Warn this many working days ahead (default 3). */
  dueSoonWorkingDays?: number;
}

export interface DeadlineScanResult {
  today: IsoDate;
  dueSoonUpTo: IsoDate;
  overdue: number;
  dueSoon: number;
  notificationsCreated: number;
}

export const DEFAULT_DUE_SOON_WORKING_DAYS = 3;

/**
 * The nightly deadline scan: every open deadline due within N working days, or already past due,
 * raises an in-app notification to its assignee (or, with no active assignee, to the township
 * administrators). Safe to run any number of times: the notification's dedupe key is the deadline,
 * the warning and the due date, so each warning is raised once per due date; when a date moves
 * (extension, calendar change) the warning is raised again for the new date.
 */
export async function scanDeadlines(db: Db, options: DeadlineScanOptions = {}): Promise<DeadlineScanResult> {
  const today = options.today ?? todayInChina();
  const n = options.dueSoonWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS;
  return db.transaction(async (tx) => {
    const cal = await loadCalendar(tx);
    const dueSoonUpTo = addWorkingDays(cal, today, n).dueDate;
    const rows = await unscopedListOpenDeadlinesDueBy(tx, dueSoonUpTo);
    const recipients = await recipientsFor(tx, rows);
    const result: DeadlineScanResult = { today, dueSoonUpTo, overdue: 0, dueSoon: 0, notificationsCreated: 0 };
    for (const row of rows) {
      const due = row.dueDate;
      if (!due) continue;
      const isOverdue = due < today;
      if (isOverdue) result.overdue += 1;
      else result.dueSoon += 1;
      const message = warning(cal, row, due, today, isOverdue);
      for (const userId of recipients(row)) {
        const created = await notify(tx, {
          userId,
          townshipId: row.townshipId,
          kind: isOverdue ? 'deadline.overdue' : 'deadline.dueSoon',
          title: message.title,
          body: message.body + (row.assigneeId && userId === row.assigneeId ? '' : '（未指定经办人或经办人账号已停用）'),
          link: row.link,
          entityType: row.entityType,
          entityId: row.entityId,
          dedupeKey: `deadline.${isOverdue ? 'overdue' : 'dueSoon'}:${row.id}:${due}`,
        });
        if (created) result.notificationsCreated += 1;
      }
    }
    if (result.notificationsCreated > 0) {
      await writeAudit(tx, SYSTEM_ACTOR, { action: 'deadline.scan', townshipId: null, after: result });
    }
    return result;
  });
}

function warning(
  cal: WorkingDayCalendar,
  row: DeadlineRow,
  due: IsoDate,
  today: IsoDate,
  isOverdue: boolean,
): { title: string; body: string } {
  const dueText = `${formatDateZh(due)}（${weekdayZh(due)}）${row.isProvisional ? '（暂定：相关年度节假日安排尚未确认为正式）' : ''}`;
  const days = workingDaysBetween(cal, today, due).days;
  if (isOverdue) {
    return { title: `已逾期：${row.title}`, body: `截止日期${dueText}已过，已逾期${Math.max(1, -days)}个工作日，请尽快处理。` };
  }
  return {
    title: `即将到期：${row.title}`,
    body: days === 0 ? `截止日期为今天${dueText}。` : `截止日期为${dueText}，还剩${days}个工作日。`,
  };
}

/** Assignee if the account is active; otherwise the township's administrators. */
async function recipientsFor(tx: DbOrTx, rows: DeadlineRow[]): Promise<(row: DeadlineRow) => string[]> {
  const assigneeIds = [...new Set(rows.map((r) => r.assigneeId).filter((id): id is string => id !== null))];
  const active = await activeUserIds(tx, assigneeIds);
  const admins = await townshipAdminIds(tx, [...new Set(rows.map((r) => r.townshipId))]);
  return (row) => (row.assigneeId && active.has(row.assigneeId) ? [row.assigneeId] : (admins.get(row.townshipId) ?? []));
}

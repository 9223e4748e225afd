import type { IsoDate } from '@yifa/domain/calendar';
import { and, asc, eq, getTableColumns, gte, isNotNull, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { orgNameOf, userNameOf } from '../../modules/organisation/index.ts';
import type { DbOrTx } from '../db/client.ts';
import { deadlineScope, type DeadlineWithNames } from '../deadlines/repository.ts';
import { deadlines } from '../deadlines/tables.ts';
import { notifications } from '../notifications/tables.ts';
import type { DataScope } from '../scope/data-scope.ts';

export interface WorkbenchWindow {
  today: IsoDate;
  /** Last due date still "due soon" (the N-th working day after today). */
  dueSoonUpTo: IsoDate;
}

const openInScope = (scope: DataScope) => and(eq(deadlines.status, 'open'), isNull(deadlines.deletedAt), deadlineScope(scope)) as SQL;
const overdueWindow = (w: WorkbenchWindow) => and(isNotNull(deadlines.dueDate), lt(deadlines.dueDate, w.today)) as SQL;
const dueSoonWindow = (w: WorkbenchWindow) =>
  and(isNotNull(deadlines.dueDate), gte(deadlines.dueDate, w.today), lte(deadlines.dueDate, w.dueSoonUpTo)) as SQL;

/**
 * The workbench's figures in one statement: open deadlines overdue, due soon and provisional in the
 * caller's scope (the same conditions as the deadlines list), and the caller's unread notifications.
 */
export async function workbenchCounts(
  db: DbOrTx,
  scope: DataScope,
  userId: string,
  w: WorkbenchWindow,
): Promise<{ overdue: number; dueSoon: number; provisional: number; unread: number }> {
  const [row] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${overdueWindow(w)})::int`,
      dueSoon: sql<number>`count(*) filter (where ${dueSoonWindow(w)})::int`,
      provisional: sql<number>`count(*) filter (where ${deadlines.isProvisional})::int`,
      unread: sql<number>`(select count(*)::int from ${notifications} where ${notifications.userId} = ${userId} and ${notifications.readAt} is null)`,
    })
    .from(deadlines)
    .where(openInScope(scope));
  return row ?? { overdue: 0, dueSoon: 0, provisional: 0, unread: 0 };
}

/**
 * The first `limit` overdue and the first `limit` due-soon deadlines (soonest first, as the deadlines
 * list orders them), in one round trip.
 */
export async function workbenchDeadlines(
  db: DbOrTx,
  scope: DataScope,
  w: WorkbenchWindow,
  limit: number,
): Promise<{ overdue: DeadlineWithNames[]; dueSoon: DeadlineWithNames[] }> {
  const part = (bucket: 'overdue' | 'dueSoon', window: SQL) =>
    db
      .select({
        ...getTableColumns(deadlines),
        orgName: orgNameOf(deadlines.orgId),
        assigneeName: userNameOf(deadlines.assigneeId),
        bucket: sql<string>`${bucket}`.as('bucket'),
      })
      .from(deadlines)
      .where(and(openInScope(scope), window))
      .orderBy(asc(deadlines.dueDate), asc(deadlines.title), asc(deadlines.id))
      .limit(limit);
  const rows = await unionAll(part('overdue', overdueWindow(w)), part('dueSoon', dueSoonWindow(w)));
  const out = { overdue: [] as DeadlineWithNames[], dueSoon: [] as DeadlineWithNames[] };
  for (const { orgName, assigneeName, bucket, ...deadline } of rows) {
    out[bucket as 'overdue' | 'dueSoon'].push({ deadline, orgName, assigneeName });
  }
  return out;
}

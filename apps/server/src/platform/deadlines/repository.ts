import type { DeadlineFilter } from '@yifa/domain';
import type { IsoDate } from '@yifa/domain/calendar';
import { and, asc, count, eq, gte, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { orgNameOf, userNameOf } from '../../modules/organisation/index.ts';
import type { DbOrTx } from '../db/client.ts';
import { cappedTotalField, decodeCursor, keysetAfter, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../db/keyset.ts';
import { scopeWhere, type DataScope } from '../scope/data-scope.ts';
import { deadlines } from './tables.ts';

export type DeadlineRow = typeof deadlines.$inferSelect;

const live = isNull(deadlines.deletedAt);
const isOpen = and(eq(deadlines.status, 'open'), live) as SQL;

/**
 * Deadlines follow the owning org's data scope. On top of it, a deadline assigned to the caller is
 * always theirs to see (inside their townships): the person who must act is told about it.
 */
export function deadlineScope(scope: DataScope): SQL {
  const byScope = scopeWhere(scope, { townshipId: deadlines.townshipId, orgId: deadlines.orgId, createdBy: deadlines.createdBy });
  // A township-wide scope already holds every deadline assigned inside it: no OR, so the list's
  // index range (township_id, due, title, id) serves it.
  if (scope.kind !== 'own' && scope.orgIds === null) return byScope;
  const inTownships = scopeWhere({ ...scope, kind: 'township', orgIds: null }, { townshipId: deadlines.townshipId });
  return or(byScope, and(inTownships, eq(deadlines.assigneeId, scope.userId))) as SQL;
}

/**
 * Deliberately unscoped: modules upsert and close the deadline of a record they have already loaded
 * within the caller's scope; the unique key (entity type, entity id, kind) identifies it.
 */
export async function unscopedFindLiveDeadline(
  db: DbOrTx,
  entityType: string,
  entityId: string,
  kind: string,
): Promise<DeadlineRow | null> {
  const rows = await db
    .select()
    .from(deadlines)
    .where(and(eq(deadlines.entityType, entityType), eq(deadlines.entityId, entityId), eq(deadlines.kind, kind), live))
    .limit(1);
  return rows[0] ?? null;
}

/** Deliberately unscoped: the calendar is national, so a change of it recomputes every township's deadlines. */
export async function unscopedListOpenDeadlines(db: DbOrTx): Promise<DeadlineRow[]> {
  return db.select().from(deadlines).where(isOpen).orderBy(asc(deadlines.id));
}

/** Deliberately unscoped: the nightly scan warns every township; `upTo` is the last due date it warns of. */
export async function unscopedListOpenDeadlinesDueBy(db: DbOrTx, upTo: IsoDate): Promise<DeadlineRow[]> {
  return db
    .select()
    .from(deadlines)
    .where(and(isOpen, isNotNull(deadlines.dueDate), lte(deadlines.dueDate, upTo)))
    .orderBy(asc(deadlines.dueDate), asc(deadlines.id));
}

export interface DeadlineListFilter {
  filter: DeadlineFilter;
  today: IsoDate;
  /** Last due date still "due soon" (the N-th working day after today). */
  dueSoonUpTo: IsoDate;
  assigneeId?: string | undefined;
  module?: string | undefined;
  orgId?: string | undefined;
}

/**
 * The due date as the list sorts it: a deadline without a date (clock stopped) comes last. Indexed as
 * this very expression (deadlines_open_list_idx), and the overdue / due-soon windows are written on it
 * too, so a window is a range of that index. No real due date reaches 9999-12-31.
 */
export const dueKey = sql<string>`coalesce(${deadlines.dueDate}, '9999-12-31'::date)`;

function filterWhere(scope: DataScope, f: DeadlineListFilter): SQL {
  const window =
    f.filter === 'overdue'
      ? lt(dueKey, f.today)
      : f.filter === 'dueSoon'
        ? and(gte(dueKey, f.today), lte(dueKey, f.dueSoonUpTo))
        : undefined;
  return and(
    isOpen,
    deadlineScope(scope),
    window,
    f.assigneeId ? eq(deadlines.assigneeId, f.assigneeId) : undefined,
    f.module ? eq(deadlines.module, f.module) : undefined,
    f.orgId ? eq(deadlines.orgId, f.orgId) : undefined,
  ) as SQL;
}

const withNames = {
  deadline: deadlines,
  orgName: orgNameOf(deadlines.orgId),
  assigneeName: userNameOf(deadlines.assigneeId),
};

export type DeadlineWithNames = { deadline: DeadlineRow; orgName: string | null; assigneeName: string | null };

/** Soonest first, those without a date last, then by title: the order of deadlines_open_list_idx. */
export const deadlinesListOrder: KeysetOrder = {
  keys: [
    { expr: dueKey, type: 'date' },
    { expr: deadlines.title, type: 'text' },
    { expr: deadlines.id, type: 'uuid' },
  ],
  direction: 'asc',
};

/** One page of the open deadlines in scope by cursor, with the total (capped) on the first page. */
export async function listDeadlinesPage(
  db: DbOrTx,
  scope: DataScope,
  f: DeadlineListFilter,
  paging: { after?: string | undefined; pageSize: number },
) {
  const where = filterWhere(scope, f);
  const isFirstPage = !paging.after;
  const rows = await db
    .select({
      ...withNames,
      cursor: keysetCursorField(deadlinesListOrder),
      total: isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(deadlines)
              .where(where),
          )
        : sql<null>`null`,
    })
    .from(deadlines)
    .where(paging.after ? and(where, keysetAfter(deadlinesListOrder, decodeCursor(deadlinesListOrder, paging.after))) : where)
    .orderBy(...keysetOrderBy(deadlinesListOrder))
    .limit(paging.pageSize + 1);
  return { rows: rows as (DeadlineWithNames & { cursor: string; total: number | null })[], isFirstPage };
}

export async function countProvisionalDeadlines(db: DbOrTx, scope: DataScope): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(deadlines)
    .where(and(isOpen, deadlineScope(scope), eq(deadlines.isProvisional, true)));
  return row?.n ?? 0;
}

export async function findDeadline(db: DbOrTx, scope: DataScope, id: string): Promise<DeadlineWithNames | null> {
  const rows = await db
    .select(withNames)
    .from(deadlines)
    .where(and(eq(deadlines.id, id), live, deadlineScope(scope)))
    .limit(1);
  return (rows[0] as DeadlineWithNames | undefined) ?? null;
}

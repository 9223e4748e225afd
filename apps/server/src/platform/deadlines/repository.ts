import type { DeadlineFilter } from '@yifa/domain';
import type { IsoDate } from '@yifa/domain/calendar';
import { and, asc, count, eq, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { orgNameOf, userNameOf } from '../../modules/organisation/index.ts';
import type { DbOrTx } from '../db/client.ts';
import { cappedTotalField, decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../db/keyset.ts';
import { cursorParams, keysetAfterPlaceholders, statementFor, type PageLimit } from '../db/prepared-lists.ts';
import { preparedScope, scopeWhere, type DataScope, type PreparedScope } from '../scope/data-scope.ts';
import { deadlines } from './tables.ts';

export type DeadlineRow = typeof deadlines.$inferSelect;

const live = isNull(deadlines.deletedAt);
// 'open' written into the SQL, not bound: a prepared statement's generic plan can use the partial
// indexes (where status = 'open' and deleted_at is null) only if its condition says so literally.
const isOpen = sql`${deadlines.status} = 'open' and ${deadlines.deletedAt} is null`;

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

/** The columns the list shows (presentDeadline): not the rule, the audit columns or the whole explanation. */
const deadlineListColumns = {
  id: deadlines.id,
  townshipId: deadlines.townshipId,
  orgId: deadlines.orgId,
  module: deadlines.module,
  kind: deadlines.kind,
  entityType: deadlines.entityType,
  entityId: deadlines.entityId,
  title: deadlines.title,
  link: deadlines.link,
  assigneeId: deadlines.assigneeId,
  dueDate: deadlines.dueDate,
  isProvisional: deadlines.isProvisional,
  status: deadlines.status,
};
export type DeadlineListRow = {
  deadline: { [K in keyof typeof deadlineListColumns]: DeadlineRow[K] };
  explanationZh: string | null;
  orgName: string | null;
  assigneeName: string | null;
};

/** The list's query shape: which filters apply, not their values (those are parameters). */
interface DeadlineListShape {
  filter: DeadlineFilter;
  hasAssignee: boolean;
  hasModule: boolean;
  hasOrg: boolean;
  isFirstPage: boolean;
  /** A county's (or the whole system's) list: several townships' index ranges to merge. */
  isSeveralTownships: boolean;
}

/**
 * `deadlineScope` with the values as parameters. As there, a township-wide scope needs no OR (the
 * list index's range serves it); an office's or an own scope adds "assigned to me, in my townships".
 */
function preparedDeadlineScope(scope: PreparedScope, kind: DataScope['kind'], isOrgLimited: boolean, hasTownships: boolean): SQL {
  const byScope = scope.where({ townshipId: deadlines.townshipId, orgId: deadlines.orgId, createdBy: deadlines.createdBy });
  if (kind !== 'own' && !isOrgLimited) return byScope;
  const inTownships = hasTownships ? sql`${deadlines.townshipId} = any(${sql.placeholder('scopeTownshipIds')}::uuid[])` : undefined;
  return or(byScope, and(inTownships, sql`${deadlines.assigneeId} = ${sql.placeholder('self')}::uuid`)) as SQL;
}

/**
 * The deadlines list is read on every workbench visit: a prepared statement per query shape (scope
 * shape × filters × first page or not), cached per db handle, so neither Drizzle nor PostgreSQL
 * builds or plans it again per request. One round trip: the page, whether there is a next one, the
 * labels (scalar subqueries, evaluated for the page's rows only) and on the first page the capped total.
 */
const deadlineListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildDeadlineListStatement>>>();

function buildDeadlineListStatement(
  db: DbOrTx,
  scope: DataScope,
  prepared: PreparedScope,
  shape: DeadlineListShape,
  limit: PageLimit,
  name: string,
) {
  const window =
    shape.filter === 'overdue'
      ? sql`${dueKey} < ${sql.placeholder('today')}::date`
      : shape.filter === 'dueSoon'
        ? sql`${dueKey} between ${sql.placeholder('today')}::date and ${sql.placeholder('dueSoonUpTo')}::date`
        : undefined;
  const hasTownships = scope.townshipIds !== 'all';
  const where = and(
    isOpen,
    preparedDeadlineScope(prepared, scope.kind, scope.orgIds !== null, hasTownships),
    // One township said once more as an equality, which the already-true `= any(array)` is not to the
    // planner: only with it does the township's range of deadlines_open_list_idx come in the list's
    // order (no sort), in the generic plan too.
    hasTownships && !shape.isSeveralTownships ? sql`${deadlines.townshipId} = ${sql.placeholder('oneTownshipId')}::uuid` : undefined,
    window,
    shape.hasAssignee ? sql`${deadlines.assigneeId} = ${sql.placeholder('assigneeId')}::uuid` : undefined,
    shape.hasModule ? sql`${deadlines.module} = ${sql.placeholder('module')}` : undefined,
    shape.hasOrg ? sql`${deadlines.orgId} = ${sql.placeholder('orgId')}::uuid` : undefined,
  ) as SQL;
  const after = shape.isFirstPage ? undefined : keysetAfterPlaceholders(deadlinesListOrder);
  // One township: its range of deadlines_open_list_idx is already in the list's order, so the page
  // is its first rows. Several (a county): they are merged by a sort, so the page's ids are found on
  // the narrow sort keys first, and the shown columns (the explanation's text above all) are read
  // for those rows only, not for every open deadline of the county (1.2 ms instead of 2.0 ms there).
  const pageIds = shape.isSeveralTownships
    ? db
        .select({ id: deadlines.id })
        .from(deadlines)
        .where(and(where, after))
        .orderBy(...keysetOrderBy(deadlinesListOrder))
        .limit(limit)
    : null;
  const query = db
    .select({
      deadline: deadlineListColumns,
      explanationZh: sql<string | null>`${deadlines.explanation}->>'textZh'`,
      orgName: orgNameOf(deadlines.orgId),
      assigneeName: userNameOf(deadlines.assigneeId),
      cursor: keysetCursorField(deadlinesListOrder),
      total: shape.isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(deadlines)
              .where(where),
          )
        : sql<null>`null`,
    })
    .from(deadlines)
    .where(pageIds ? sql`${deadlines.id} = any(array(${pageIds}))` : and(where, after))
    .orderBy(...keysetOrderBy(deadlinesListOrder));
  return (pageIds ? query : query.limit(limit)).prepare(name);
}

/** One page of the open deadlines in scope by cursor, with the total (capped) on the first page. */
export async function listDeadlinesPage(
  db: DbOrTx,
  scope: DataScope,
  f: DeadlineListFilter,
  paging: { after?: string | undefined; pageSize: number },
) {
  const prepared = preparedScope(scope);
  const shape: DeadlineListShape = {
    filter: f.filter,
    hasAssignee: !!f.assigneeId,
    hasModule: !!f.module,
    hasOrg: !!f.orgId,
    isFirstPage: !paging.after,
    isSeveralTownships: scope.townshipIds === 'all' || scope.townshipIds.length > 1,
  };
  const key = `deadlines_list_${prepared.key}_${shape.filter}_${shape.hasAssignee ? 'a' : ''}${shape.hasModule ? 'm' : ''}${shape.hasOrg ? 'o' : ''}${shape.isFirstPage ? 'f' : 'n'}${shape.isSeveralTownships ? 's' : ''}`;
  const statement = statementFor(deadlineListStatements, db, key, paging.pageSize + 1, (on, limit, name) =>
    buildDeadlineListStatement(on, scope, prepared, shape, limit, name),
  );
  const rows = await statement.execute({
    ...prepared.params,
    ...cursorParams(paging.after ? decodeCursor(deadlinesListOrder, paging.after) : []),
    oneTownshipId: scope.townshipIds === 'all' ? undefined : scope.townshipIds[0],
    self: scope.userId,
    today: f.today,
    dueSoonUpTo: f.dueSoonUpTo,
    assigneeId: f.assigneeId,
    module: f.module,
    orgId: f.orgId,
  });
  return { rows, isFirstPage: shape.isFirstPage };
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

import type { RequestListQuery } from '@yifa/domain/disclosure-request';
import { and, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { decodeCursor, keysetCursorField, keysetOrderBy } from '../../platform/db/keyset.ts';
import { cursorParams, keysetAfterPlaceholders, statementFor, type PageLimit } from '../../platform/db/prepared-lists.ts';
import { firstPageTotal, keptTotalField, totalField, type ListTotal } from '../../platform/list-counts/list-counts.ts';
import { preparedScope, scopeWhere, type DataScope, type PreparedScope } from '../../platform/scope/data-scope.ts';
import { requestListColumns, requestListOrder } from './repository.ts';
import { disclosureRequests as r } from './tables.ts';

type RequestListShape = { status: boolean; year: boolean; q: boolean; overdue: boolean; repeats: boolean };

// Overdue = open, with a reply due date before today (条例第三十三条). 'replied' is written into the SQL, not bound: a generic plan of a prepared statement can then use
// the partial index of open requests (disclosure_requests_open_due_idx), whose predicate names it.
const overdue = sql`${r.status} <> 'replied' and ${r.replyDueOn} < ${sql.placeholder('today')}::date`;

function requestListStatement(db: DbOrTx, scope: PreparedScope, shape: RequestListShape, total: ListTotal, limit: PageLimit, name: string) {
  const inScope = scope.where({ townshipId: r.townshipId, orgId: r.orgId, createdBy: r.createdBy });
  const filter = and(
    isNull(r.deletedAt),
    inScope,
    shape.status ? eq(r.status, sql.placeholder('status')) : undefined,
    // A year's requests: received in it, or awaiting confirmation and arrived in it.
    shape.year ? sql`extract(year from coalesce(${r.receivedOn}, ${r.arrivedOn})) = ${sql.placeholder('year')}::int` : undefined,
    shape.q
      ? or(ilike(r.number, sql.placeholder('q')), ilike(r.applicantName, sql.placeholder('q')), ilike(r.description, sql.placeholder('q')))
      : undefined,
    shape.overdue ? overdue : undefined,
    shape.repeats ? eq(r.isRepeatCandidate, true) : undefined,
  ) as SQL;
  const overdueCount = db
    .select({ n: sql<number>`count(*)::int` })
    .from(r)
    .where(and(isNull(r.deletedAt), inScope, overdue));
  return db
    .select({
      ...requestListColumns,
      isOverdue: sql<boolean>`coalesce(${r.status} <> 'replied' and ${r.replyDueOn} < ${sql.placeholder('today')}::date, false)`,
      cursor: keysetCursorField(requestListOrder),
      total: totalField(total, keptTotalField('disclosureRequests', scope), () =>
        db
          .select({ one: sql`1` })
          .from(r)
          .where(filter),
      ),
      overdueCount: sql<number>`(${overdueCount})`,
    })
    .from(r)
    .where(and(filter, total === null ? keysetAfterPlaceholders(requestListOrder) : undefined))
    .orderBy(...keysetOrderBy(requestListOrder))
    .limit(limit)
    .prepare(name);
}

const statements = new WeakMap<object, Map<string, ReturnType<typeof requestListStatement>>>();

/**
 * One page of the list, by cursor, in one round trip and one prepared statement per query shape
 * (platform/db/prepared-lists.ts): the rows with their overdue flag (computed in SQL) and stored
 * repeat flag, on the first page the total (kept, or counted up to the cap), and the overdue count of
 * the scope (exact, over the open requests' index).
 */
export async function listRequests(db: DbOrTx, scope: DataScope, q: RequestListQuery, today: string) {
  const prepared = preparedScope(scope);
  const shape: RequestListShape = {
    status: !!q.status,
    year: !!q.year,
    q: !!q.q,
    overdue: q.overdue === 'true',
    repeats: q.repeats === 'true',
  };
  const isFirstPage = !q.after;
  const total = firstPageTotal('disclosureRequests', scope, isFirstPage, Object.values(shape).some(Boolean));
  const flags = (Object.keys(shape) as (keyof RequestListShape)[]).map((k) => (shape[k] ? '1' : '0')).join('');
  const key = `disclosure_requests_list_${prepared.key}_${flags}_${total ?? 'next'}`;
  const statement = statementFor(statements, db, key, q.pageSize + 1, (on, limit, name) =>
    requestListStatement(on, prepared, shape, total, limit, name),
  );
  const params = {
    ...prepared.params,
    ...cursorParams(q.after ? decodeCursor(requestListOrder, q.after) : []),
    today,
    status: q.status,
    year: q.year,
    q: q.q ? `%${q.q}%` : undefined,
  };
  const rows = await statement.execute(params);
  // An empty page carries no row to read the count from.
  const overdueCount = rows[0]?.overdueCount ?? (await overdueCountOf(db, scope, today));
  return { rows, isFirstPage, overdueCount: Number(overdueCount) };
}

async function overdueCountOf(db: DbOrTx, scope: DataScope, today: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(r)
    .where(
      and(
        isNull(r.deletedAt),
        scopeWhere(scope, { townshipId: r.townshipId, orgId: r.orgId, createdBy: r.createdBy }),
        sql`${r.status} <> 'replied' and ${r.replyDueOn} < ${today}::date`,
      ),
    );
  return row?.n ?? 0;
}

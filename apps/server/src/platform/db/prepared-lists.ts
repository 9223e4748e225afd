import { and, fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PreparedScope } from '../scope/data-scope.ts';
import type { DbOrTx } from './client.ts';
import { keysetAfter, keysetOrderBy, type KeysetOrder } from './keyset.ts';

/**
 * Hot lists are prepared statements, one per query shape (scope shape × filters × first page or not),
 * built on first use once per db handle: neither Drizzle nor PostgreSQL plans a page again on every
 * request (organisation's people list, the law-study and publicity lists).
 */
export function statementFor<S>(cache: WeakMap<object, Map<string, S>>, db: DbOrTx, name: string, build: () => S): S {
  let byName = cache.get(db);
  if (!byName) cache.set(db, (byName = new Map()));
  let statement = byName.get(name);
  if (!statement) byName.set(name, (statement = build()));
  return statement;
}

/** The keyset condition on placeholders k0, k1, …, filled from the decoded cursor by `cursorParams`. */
export function keysetAfterPlaceholders(order: KeysetOrder): SQL {
  return keysetAfter(
    order,
    order.keys.map((_, i) => sql`${sql.placeholder(`k${i}`)}`),
  );
}

export function cursorParams(cursor: readonly string[]): Record<string, string> {
  return Object.fromEntries(cursor.map((v, i) => [`k${i}`, v]));
}

/** A list statement's SQL with its parameters filled, for EXPLAIN (bench/law-study-county.ts). */
export function explainable(query: { toSQL(): { sql: string; params: unknown[] } }, values: Record<string, unknown>) {
  const { sql: text, params } = query.toSQL();
  return { sql: text, params: fillPlaceholders(params, values) };
}

/**
 * The townships a list walks one by one (`scope_t.tid`): the scope's, or every township for the
 * system administrator. Each township's rows are one range of the list's index, already in order.
 */
function scopeTownships(scope: PreparedScope): SQL {
  return scope.params.scopeTownshipIds
    ? sql`unnest(${sql.placeholder('scopeTownshipIds')}::uuid[]) as scope_t(tid)`
    : sql`(select o.id as tid from orgs o where o.kind = 'township') as scope_t`;
}

/**
 * A page's sort keys over one township or twenty alike, as a subquery `page`: for each township of
 * the scope (a lateral join) the first `limit` keys matching `where` come from one range of the
 * list's index in `order`, and only those (≤ townships × limit) are merged in `merged` (the same
 * order over the subquery's `k.` columns) and cut to the page. Neither a township's scope nor the
 * county's is sorted whole; the caller then reads the page's rows by id.
 */
export function pageKeysByTownship(
  scope: PreparedScope,
  q: { table: PgTable; townshipId: PgColumn; columns: SQL; where: SQL | undefined; order: KeysetOrder; merged: KeysetOrder },
): SQL {
  return sql`(
    select k.* from ${scopeTownships(scope)}
    cross join lateral (
      select ${q.columns} from ${q.table}
      where ${and(sql`${q.townshipId} = scope_t.tid`, q.where)}
      order by ${sql.join(keysetOrderBy(q.order), sql`, `)}
      limit ${sql.placeholder('limit')}
    ) k
    order by ${sql.join(keysetOrderBy(q.merged), sql`, `)}
    limit ${sql.placeholder('limit')}
  ) as page`;
}

import { and, fillPlaceholders, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PreparedScope } from '../scope/data-scope.ts';
import { listStatementsDb, type DbOrTx } from './client.ts';
import { keysetAfter, keysetOrderBy, type KeysetOrder } from './keyset.ts';

/**
 * Hot lists are prepared statements, one per query shape (scope shape × filters × first page or not)
 * and page size, built on first use once per db handle: neither Drizzle nor PostgreSQL plans a page
 * again on every request (organisation's people list, the law-study and publicity lists).
 *
 * The page's LIMIT is a literal of the statement, not a parameter: with `limit $n` PostgreSQL's
 * generic plan assumes a tenth of the table, so it keeps planning a custom plan on every execution
 * (about 0.25 ms of the database's CPU per people page on the county data set, twice the statement
 * itself). `build` gets the literal and the statement's name; `rows` is the page size plus one (the
 * row that tells whether there is a next page), rounded up to one of PAGE_ROW_BUCKETS, so a caller
 * who tries every page size 1–200 makes five statements a shape, not two hundred, on every database
 * session; `execute` then cuts the extra rows, so the caller gets `rows` at most. Where the generic
 * plan is the worse one, a builder may still use a placeholder and say why (notifications' later
 * pages). `build` builds on `on`: the list sessions of the app handle, whose plans are always generic
 * (client.ts), or the transaction.
 */
export function statementFor<S extends { execute(values?: Record<string, unknown>): Promise<unknown[]> }>(
  cache: WeakMap<object, Map<string, S>>,
  db: DbOrTx,
  shapeName: string,
  rows: number,
  build: (on: DbOrTx, limit: PageLimit, name: string) => S,
): Pick<S, 'execute'> {
  const on = listStatementsDb(db);
  let byName = cache.get(on);
  if (!byName) cache.set(on, (byName = new Map()));
  const bucket = PAGE_ROW_BUCKETS.find((b) => b >= rows);
  if (bucket === undefined) throw new Error(`page of ${rows} rows`);
  const name = `${shapeName}_l${bucket}`;
  let statement = byName.get(name);
  if (!statement) byName.set(name, (statement = build(on, pageLimit(bucket), name)));
  if (bucket === rows) return statement;
  const bucketed = statement;
  // The caller gets its `rows` and no more, whichever bucket read them.
  return { execute: (async (values) => (await bucketed.execute(values)).slice(0, rows)) as S['execute'] };
}

/** The LIMITs a list statement is prepared with: the page sizes the screens use, plus one, and the largest allowed (200). */
export const PAGE_ROW_BUCKETS = [11, 21, 51, 101, 201] as const;

/**
 * A page's LIMIT as a literal (see `statementFor`); `rows` comes from a validated page size. Drizzle's
 * `.limit()` is typed for a number, which it would send as a parameter, or a placeholder; its dialect
 * writes any SQL object as `limit <sql>`, so the literal is typed as a placeholder
 * (prepared-lists.test.ts checks the statement's text).
 */
export type PageLimit = Placeholder<'limit', never>;
export function pageLimit(rows: number): PageLimit {
  if (!Number.isInteger(rows) || rows < 1 || rows > 1001) throw new Error(`page of ${rows} rows`);
  return sql.raw(String(rows)) as unknown as PageLimit;
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
  q: {
    table: PgTable;
    townshipId: PgColumn;
    columns: SQL;
    where: SQL | undefined;
    order: KeysetOrder;
    merged: KeysetOrder;
    limit: PageLimit;
  },
): SQL {
  return sql`(
    select k.* from ${scopeTownships(scope)}
    cross join lateral (
      select ${q.columns} from ${q.table}
      where ${and(sql`${q.townshipId} = scope_t.tid`, q.where)}
      order by ${sql.join(keysetOrderBy(q.order), sql`, `)}
      limit ${q.limit}
    ) k
    order by ${sql.join(keysetOrderBy(q.merged), sql`, `)}
    limit ${q.limit}
  ) as page`;
}

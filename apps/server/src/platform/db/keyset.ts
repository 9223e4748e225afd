import { PAGE_COUNT_CAP, type KeysetPage } from '@yifa/domain';
import { sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import { AppError } from '../http/app-error.ts';

/**
 * Keyset paging, the server half of packages/domain/src/platform/paging.ts. A list declares its
 * order once as a `KeysetOrder`: the keys, all in one direction (so the "after" condition is one row
 * comparison `(k1, k2, id) > ($1, $2, $3)` that PostgreSQL turns into an index range), ending with a
 * unique key (the id). Every key must be NOT NULL (coalesce a nullable one, and index the same
 * expression): a row comparison with a null is unknown and would drop rows.
 *
 * A list's index must match the order (the scope's equality columns first, then the keys), or the
 * database sorts the whole scope to find 20 rows, which is what this replaces.
 */
export type KeysetKeyType = 'uuid' | 'text' | 'date' | 'timestamptz' | 'int' | 'bool';
export interface KeysetKey {
  expr: SQL | AnyColumn;
  type: KeysetKeyType;
}
export interface KeysetOrder {
  keys: readonly KeysetKey[];
  direction: 'asc' | 'desc';
}

/** `order by` for the list: every key in the order's direction. */
export function keysetOrderBy(order: KeysetOrder): SQL[] {
  return order.keys.map((k) => (order.direction === 'asc' ? sql`${k.expr} asc` : sql`${k.expr} desc`));
}

/**
 * A select field carrying the row's sort key as text (the cursor of the page's last row). Text, not
 * the JS value: a timestamptz keeps its microseconds, which a JS Date would round away.
 */
export function keysetCursorField(order: KeysetOrder): SQL<string> {
  // JSON text, not a text[]: the driver then hands every row a plain string, and only the page's last
  // row is ever made a cursor (parsing an array per row was ~5 % of a list's server time).
  return sql<string>`json_build_array(${sql.join(
    order.keys.map((k) => sql`${k.expr}::text`),
    sql`, `,
  )})::text`;
}

/** `(k1, k2, …) > (v1, v2, …)` (or `<` for a descending order): the rows after the cursor. */
export function keysetAfter(order: KeysetOrder, values: readonly (string | SQL)[]): SQL {
  const keys = sql.join(
    order.keys.map((k) => sql`${k.expr}`),
    sql`, `,
  );
  const vals = sql.join(
    order.keys.map((k, i) => {
      const v = values[i]!;
      return sql`${typeof v === 'string' ? sql`${v}` : v}::${sql.raw(k.type === 'bool' ? 'boolean' : k.type)}`;
    }),
    sql`, `,
  );
  return order.direction === 'asc' ? sql`(${keys}) > (${vals})` : sql`(${keys}) < (${vals})`;
}

const VALUE_SHAPE: Record<KeysetKeyType, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  text: /^[^\0]{0,500}$/u,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamptz: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?)?$/,
  int: /^-?\d{1,18}$/,
  bool: /^(true|false)$/,
};

export function encodeCursor(values: string | readonly string[]): string {
  // A string is the JSON text of keysetCursorField: the same JSON, as PostgreSQL spaced it.
  return Buffer.from(typeof values === 'string' ? values : JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * The sort key inside a cursor, checked against the order it must belong to. A cursor that is not
 * one of ours (edited, or from another list) is refused with 400, never passed to the database.
 */
export function decodeCursor(order: KeysetOrder, cursor: string): string[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  const isValid =
    Array.isArray(values) &&
    values.length === order.keys.length &&
    values.every((v, i) => typeof v === 'string' && VALUE_SHAPE[order.keys[i]!.type].test(v));
  if (!isValid) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      detail: 'cursor does not decode to this list’s sort key',
      invalidParams: [{ name: 'querystring.after', code: 'invalidCursor', reason: '翻页位置无效，请回到第一页' }],
    });
  }
  return values as string[];
}

/**
 * A select field with how many rows the list's filter matches, counted up to the cap only: the
 * subquery stops at `PAGE_COUNT_CAP + 1` rows. Pass the list's filtered query without order, e.g.
 * `db.select({ one: sql`1` }).from(t).where(where)`. An uncorrelated subquery: PostgreSQL runs it
 * once per statement, so the page and its total come back in one round trip.
 */
export function cappedTotalField(filtered: SQLWrapper): SQL<number> {
  return sql<number>`(select count(*)::int from (${filtered} limit ${sql.raw(String(PAGE_COUNT_CAP + 1))}) as capped)`;
}

/**
 * The page from `pageSize + 1` fetched rows: the extra row only says there is a next page. Rows carry
 * `cursor` (from `keysetCursorField`) and, on a first page, `total` (from `cappedTotalField`).
 */
export function toKeysetPage<Row extends { cursor: string | readonly string[]; total?: number | null }, Item>(
  rows: readonly Row[],
  pageSize: number,
  isFirstPage: boolean,
  present: (row: Row) => Item,
): KeysetPage<Item> {
  const pageRows = rows.slice(0, pageSize);
  const last = pageRows[pageRows.length - 1];
  const hasMore = rows.length > pageSize;
  let total: KeysetPage<Item>['total'] = null;
  if (isFirstPage) {
    // An empty first page means nothing matches: the total is 0 without counting.
    const counted = rows[0]?.total ?? 0;
    total = { count: Math.min(Number(counted), PAGE_COUNT_CAP), isCapped: Number(counted) > PAGE_COUNT_CAP };
  }
  return { items: pageRows.map(present), nextCursor: hasMore && last ? encodeCursor(last.cursor) : null, total };
}

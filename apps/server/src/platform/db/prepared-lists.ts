import { fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { keysetAfter, type KeysetOrder } from './keyset.ts';

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

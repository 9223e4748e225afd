import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import {
  cappedTotalField,
  decodeCursor,
  keysetAfter,
  keysetCursorField,
  keysetOrderBy,
  type KeysetOrder,
} from '../../platform/db/keyset.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { __camel__Records } from './tables.ts';

export type __Pascal__Row = typeof __camel__Records.$inferSelect;

/** Newest first, the order of __snake___records_list_idx (tables.ts): a page is an index range, never a sort. */
export const __camel__ListOrder: KeysetOrder = {
  keys: [
    { expr: __camel__Records.townshipId, type: 'uuid' },
    { expr: __camel__Records.createdAt, type: 'timestamptz' },
    { expr: __camel__Records.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/**
 * One page of the township's records the caller's data scope covers, newest first: `pageSize + 1`
 * rows (the extra one says there is a next page), and on the first page the capped total.
 */
export async function list__Pascal__Rows(db: DbOrTx, scope: DataScope, townshipId: string, page: { after?: string | undefined; pageSize: number }) {
  const filter = and(
    eq(__camel__Records.townshipId, townshipId),
    isNull(__camel__Records.deletedAt),
    scopeWhere(scope, { townshipId: __camel__Records.townshipId, orgId: __camel__Records.orgId, createdBy: __camel__Records.createdBy }),
  );
  const isFirstPage = !page.after;
  const rows = await db
    .select({
      row: __camel__Records,
      cursor: keysetCursorField(__camel__ListOrder),
      total: isFirstPage ? cappedTotalField(db.select({ one: sql`1` }).from(__camel__Records).where(filter)) : sql<null>`null`,
    })
    .from(__camel__Records)
    .where(and(filter, page.after ? keysetAfter(__camel__ListOrder, decodeCursor(__camel__ListOrder, page.after)) : undefined))
    .orderBy(...keysetOrderBy(__camel__ListOrder))
    .limit(page.pageSize + 1);
  return { rows, isFirstPage };
}

/** One record that is not deleted, whoever asks: the policy decides whether the caller sees it (404) or may act (403). */
export async function find__Pascal__Row(db: DbOrTx, id: string): Promise<__Pascal__Row | null> {
  const rows = await db
    .select()
    .from(__camel__Records)
    .where(and(eq(__camel__Records.id, id), isNull(__camel__Records.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

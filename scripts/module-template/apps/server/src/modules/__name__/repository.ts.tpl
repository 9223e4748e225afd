import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import { __camel__Records } from './tables.ts';

export type __Pascal__Row = typeof __camel__Records.$inferSelect;

/** The township's records the caller's data scope covers, newest first. */
export async function list__Pascal__Rows(db: DbOrTx, scope: DataScope, townshipId: string): Promise<__Pascal__Row[]> {
  return db
    .select()
    .from(__camel__Records)
    .where(
      and(
        eq(__camel__Records.townshipId, townshipId),
        isNull(__camel__Records.deletedAt),
        scopeWhere(scope, { townshipId: __camel__Records.townshipId, orgId: __camel__Records.orgId, createdBy: __camel__Records.createdBy }),
      ),
    )
    .orderBy(desc(__camel__Records.createdAt));
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

import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { decodeCursor, keysetAfter, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../db/keyset.ts';
import { firstPageTotal, keptTotalField, totalField } from '../list-counts/list-counts.ts';
import { scopeWhere, type DataScope } from '../scope/data-scope.ts';
import { files } from './tables.ts';

export type FileRow = typeof files.$inferSelect;

const fileScope = (scope: DataScope) => scopeWhere(scope, { townshipId: files.townshipId, orgId: files.orgId, createdBy: files.createdBy });

export async function findFile(db: DbOrTx, scope: DataScope, id: string): Promise<FileRow | null> {
  const rows = await db
    .select()
    .from(files)
    .where(and(eq(files.id, id), isNull(files.deletedAt), fileScope(scope)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findFiles(db: DbOrTx, scope: DataScope, ids: string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(files)
    .where(and(inArray(files.id, ids), isNull(files.deletedAt), fileScope(scope)));
}

/**
 * Newest first: the order of files_township_list_idx (a township's files) and files_entity_idx (a
 * record's files), each after its equality columns.
 */
export const filesListOrder: KeysetOrder = {
  keys: [
    { expr: files.createdAt, type: 'timestamptz' },
    { expr: files.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** One page by cursor, with the total (kept, or counted up to the cap) on the first page. */
export async function listFiles(
  db: DbOrTx,
  scope: DataScope,
  q: { entityType?: string | undefined; entityId?: string | undefined; after?: string | undefined; pageSize: number },
) {
  const where = and(
    isNull(files.deletedAt),
    fileScope(scope),
    q.entityType ? eq(files.entityType, q.entityType) : undefined,
    q.entityId ? eq(files.entityId, q.entityId) : undefined,
  );
  const isFirstPage = !q.after;
  const rows = await db
    .select({
      file: files,
      cursor: keysetCursorField(filesListOrder),
      total: totalField(firstPageTotal('files', scope, isFirstPage, !!(q.entityType || q.entityId)), keptTotalField('files', scope), () =>
        db
          .select({ one: sql`1` })
          .from(files)
          .where(where),
      ),
    })
    .from(files)
    .where(q.after ? and(where, keysetAfter(filesListOrder, decodeCursor(filesListOrder, q.after))) : where)
    .orderBy(...keysetOrderBy(filesListOrder))
    .limit(q.pageSize + 1);
  return { rows, isFirstPage };
}

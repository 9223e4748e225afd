import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../db/keyset.ts';
import { cursorParams, keysetAfterPlaceholders, statementFor, type PageLimit } from '../db/prepared-lists.ts';
import { firstPageTotal, keptTotalField, totalField, type ListTotal } from '../list-counts/list-counts.ts';
import { preparedScope, scopeWhere, type DataScope, type PreparedScope } from '../scope/data-scope.ts';
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

type FileListShape = { hasEntityType: boolean; hasEntityId: boolean; total: ListTotal };

function buildFileListStatement(db: DbOrTx, scope: PreparedScope, shape: FileListShape, limit: PageLimit, name: string) {
  const where = and(
    isNull(files.deletedAt),
    scope.where({ townshipId: files.townshipId, orgId: files.orgId, createdBy: files.createdBy }),
    shape.hasEntityType ? eq(files.entityType, sql.placeholder('entityType')) : undefined,
    shape.hasEntityId ? sql`${files.entityId} = ${sql.placeholder('entityId')}::uuid` : undefined,
  );
  return db
    .select({
      file: files,
      cursor: keysetCursorField(filesListOrder),
      total: totalField(shape.total, keptTotalField('files', scope), () =>
        db
          .select({ one: sql`1` })
          .from(files)
          .where(where),
      ),
    })
    .from(files)
    .where(and(where, shape.total === null ? keysetAfterPlaceholders(filesListOrder) : undefined))
    .orderBy(...keysetOrderBy(filesListOrder))
    .limit(limit)
    .prepare(name);
}

const fileListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildFileListStatement>>>();

/** One page by cursor, with the total (kept, or counted up to the cap) on the first page: one prepared statement per shape. */
export async function listFiles(
  db: DbOrTx,
  scope: DataScope,
  q: { entityType?: string | undefined; entityId?: string | undefined; after?: string | undefined; pageSize: number },
) {
  const prepared = preparedScope(scope);
  const isFirstPage = !q.after;
  const shape: FileListShape = {
    hasEntityType: !!q.entityType,
    hasEntityId: !!q.entityId,
    total: firstPageTotal('files', scope, isFirstPage, !!(q.entityType || q.entityId)),
  };
  const key = `files_list_${prepared.key}_${shape.hasEntityType ? 't' : ''}${shape.hasEntityId ? 'i' : ''}_${shape.total ?? 'next'}`;
  const statement = statementFor(fileListStatements, db, key, q.pageSize + 1, (on, limit, name) =>
    buildFileListStatement(on, prepared, shape, limit, name),
  );
  const rows = await statement.execute({
    ...prepared.params,
    ...cursorParams(q.after ? decodeCursor(filesListOrder, q.after) : []),
    entityType: q.entityType,
    entityId: q.entityId,
  });
  return { rows, isFirstPage };
}

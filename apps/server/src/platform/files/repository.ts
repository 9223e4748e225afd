import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
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

export async function listFiles(
  db: DbOrTx,
  scope: DataScope,
  q: { entityType?: string | undefined; entityId?: string | undefined; page: number; pageSize: number },
) {
  const where = and(
    isNull(files.deletedAt),
    fileScope(scope),
    q.entityType ? eq(files.entityType, q.entityType) : undefined,
    q.entityId ? eq(files.entityId, q.entityId) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(files)
      .where(where)
      .orderBy(desc(files.createdAt), desc(files.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(files).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

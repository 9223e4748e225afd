import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/app-error.ts';
import { canWriteTownship, type DataScope } from '../../scope/data-scope.ts';
import { findFiles, type FileRow } from '../repository.ts';
import { files } from '../tables.ts';

/**
 * Links uploaded files to a module's record, inside the module's transaction (the module audits
 * its own change, which should list the file ids). Every file must be visible to the caller and
 * writable, and either still unlinked or already linked to this same record; attaching twice is
 * harmless. A file of another record answers FILE.ALREADY_ATTACHED; a file outside the scope,
 * RECORD.NOT_FOUND.
 */
export async function attachFiles(
  tx: DbOrTx,
  scope: DataScope,
  fileIds: readonly string[],
  entityType: string,
  entityId: string,
): Promise<FileRow[]> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return [];
  const rows = await findFiles(tx, scope, ids);
  if (rows.length !== ids.length)
    throw new AppError('RECORD.NOT_FOUND', { detail: `file not found: ${ids.filter((id) => !rows.some((r) => r.id === id)).join(', ')}` });
  for (const row of rows) {
    if (!canWriteTownship(scope, row.townshipId)) throw new AppError('AUTH.FORBIDDEN', { detail: 'read-only scope' });
    const isElsewhere = row.entityType !== null && (row.entityType !== entityType || row.entityId !== entityId);
    if (isElsewhere) throw new AppError('FILE.ALREADY_ATTACHED', { detail: `file ${row.id} belongs to ${row.entityType} ${row.entityId}` });
  }
  const toLink = rows.filter((r) => r.entityType === null).map((r) => r.id);
  if (toLink.length === 0) return rows;
  // Only still-unlinked rows: two records racing for one file cannot both get it.
  const linked = await tx
    .update(files)
    .set({ entityType, entityId, updatedAt: new Date(), updatedBy: scope.userId, version: sql`${files.version} + 1` })
    .where(and(inArray(files.id, toLink), isNull(files.entityType)))
    .returning();
  if (linked.length !== toLink.length) throw new AppError('FILE.ALREADY_ATTACHED');
  return [...rows.filter((r) => r.entityType !== null), ...linked];
}

/** Unlinks files from a record (a module removed them from its form); the files stay, unlinked. */
export async function detachFiles(
  tx: DbOrTx,
  scope: DataScope,
  fileIds: readonly string[],
  entityType: string,
  entityId: string,
): Promise<void> {
  const rows = await findFiles(tx, scope, [...new Set(fileIds)]);
  const mine = rows
    .filter((r) => r.entityType === entityType && r.entityId === entityId && canWriteTownship(scope, r.townshipId))
    .map((r) => r.id);
  if (mine.length === 0) return;
  await tx
    .update(files)
    .set({ entityType: null, entityId: null, updatedAt: new Date(), updatedBy: scope.userId, version: sql`${files.version} + 1` })
    .where(inArray(files.id, mine));
}

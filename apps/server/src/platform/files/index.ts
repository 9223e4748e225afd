/**
 * Attachments, for the modules: upload happens through POST /api/files (the web app sends the file
 * first, gets its id, then submits the record with the ids); the module links them to its record.
 */
import type { DbOrTx } from '../db/client.ts';
import type { DataScope } from '../scope/data-scope.ts';
import { presentFile } from './presenter.ts';
import { listFiles } from './repository.ts';
import type { FileInfo } from '@yifa/domain';

export { attachFiles, detachFiles } from './use-cases/attach-files.ts';
export { filesModule } from './module.ts';
export type { FileRow } from './repository.ts';

/** The files linked to one record that the caller may see, newest first (at most 200). */
export async function listAttachedFiles(db: DbOrTx, scope: DataScope, entityType: string, entityId: string): Promise<FileInfo[]> {
  const { rows } = await listFiles(db, scope, { entityType, entityId, pageSize: 200 });
  return rows.slice(0, 200).map((r) => presentFile(r.file));
}

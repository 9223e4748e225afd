import fs from 'node:fs';
import type { AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { blobPath, openBlob } from '../blob-store.ts';
import { findFile, type FileRow } from '../repository.ts';

/** The row and a stream of its bytes, when the caller may see it. */
export async function readFileContent(ctx: AppContext, auth: AuthContext, id: string): Promise<{ row: FileRow; open(): fs.ReadStream }> {
  const row = await findFile(ctx.db, auth.scope, id);
  if (!row) throw new AppError('RECORD.NOT_FOUND');
  const stat = await fs.promises.stat(blobPath(ctx.config.dataDir, row.sha256)).catch(() => null);
  // A row without its bytes means the data folder was damaged or restored incompletely.
  if (!stat || stat.size !== row.size)
    throw new AppError('INTERNAL.ERROR', { detail: `bytes of file ${row.id} (${row.sha256}) missing or damaged` });
  return { row, open: () => openBlob(ctx.config.dataDir, row.sha256) };
}

import { storedFileName, type FileUploadQuery } from '@yifa/domain';
import type { Readable } from 'node:stream';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { commitBlob, receiveToTemp, removeQuietly } from '../blob-store.ts';
import { resolveUploadOwner } from '../policy.ts';
import { fileAuditView } from '../presenter.ts';
import type { FileRow } from '../repository.ts';
import { sniffFileType } from '../sniff-type.ts';
import { files } from '../tables.ts';

export interface UploadSource {
  stream: Readable;
  /** The name the browser sent: kept for display and download only, never used to judge the type. */
  filename: string;
  /** Set by the multipart parser when the part went over the size limit (the rest was not stored). */
  isTruncated(): boolean;
}

/**
 * Stores one upload: receives it to a temporary file (hashing and counting), refuses it when over
 * the limit or when its bytes are not an allowed type, moves the bytes to their content address
 * and records who owns them. A refused upload leaves nothing behind.
 */
export async function uploadFile(ctx: AppContext, auth: AuthContext, source: UploadSource, query: FileUploadQuery): Promise<FileRow> {
  const owner = await resolveUploadOwner(ctx.db, auth, query.orgId);
  // Busboy stops storing a part at the limit but would read on to its end: stop at once instead.
  source.stream.once('limit', () => source.stream.destroy(new AppError('FILE.TOO_LARGE')));
  const upload = await receiveToTemp(ctx.config.dataDir, source.stream);
  let isCommitted = false;
  try {
    if (source.isTruncated()) throw new AppError('FILE.TOO_LARGE');
    if (upload.size === 0) throw new AppError('FILE.EMPTY');
    const { sniffed, allowed } = await sniffFileType(upload.tempPath);
    if (!allowed) throw new AppError('FILE.TYPE_NOT_ALLOWED', { detail: `content is ${sniffed ?? 'unknown'}` });
    await commitBlob(ctx.config.dataDir, upload);
    isCommitted = true;
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(files)
        .values({
          townshipId: owner.townshipId,
          orgId: owner.orgId,
          sha256: upload.sha256,
          size: upload.size,
          contentType: allowed.mime,
          originalName: storedFileName(source.filename, allowed),
          entityType: query.entityType ?? null,
          entityId: query.entityId ?? null,
          createdBy: auth.user.id,
          updatedBy: auth.user.id,
        })
        .returning();
      await writeAudit(tx, actorOf(auth), {
        action: 'platform.file.upload',
        entityType: 'file',
        entityId: row!.id,
        townshipId: owner.townshipId,
        after: fileAuditView(row!),
      });
      return row!;
    });
  } finally {
    // Committed bytes stay even if the row fails: they are content-addressed and harmless, and
    // another row may already point at them.
    if (!isCommitted) await removeQuietly(upload.tempPath);
  }
}

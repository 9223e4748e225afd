import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { authorize } from '../../policy/index.ts';
import { filePolicy } from '../policy.ts';
import { fileAuditView } from '../presenter.ts';
import { findFile } from '../repository.ts';
import { files } from '../tables.ts';

/**
 * Soft delete: the row is hidden and the bytes stay, since deleted rows (and other rows with the
 * same content) still point at them; nothing a user recorded is lost (product.md).
 */
export async function deleteFile(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = authorize(filePolicy, auth, await findFile(tx, auth.scope, id), 'delete');
    const [deleted] = await tx
      .update(files)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: row.version + 1 })
      .where(and(eq(files.id, id), eq(files.version, row.version)))
      .returning({ id: files.id });
    if (!deleted) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'platform.file.delete',
      entityType: 'file',
      entityId: id,
      townshipId: row.townshipId,
      before: fileAuditView(row),
    });
  });
}

import type { DictionaryCode } from '@yifa/domain';
import { eq } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { writeTownshipOf } from '../policy.ts';
import { entryAuditView } from '../presenter.ts';
import { findEntry } from '../repository.ts';
import { dictionaryEntries } from '../tables.ts';

/** Soft-deletes a township's own entry; a built-in entry can only be deactivated. */
export async function deleteEntry(ctx: AppContext, auth: AuthContext, dictionary: DictionaryCode, id: string): Promise<void> {
  const townshipId = writeTownshipOf(auth);
  await ctx.db.transaction(async (tx) => {
    const entry = await findEntry(tx, townshipId, dictionary, id);
    if (!entry) throw new AppError('RECORD.NOT_FOUND');
    if (entry.isBuiltin) throw new AppError('DICTIONARY.BUILTIN_CODE_READONLY');
    await tx
      .update(dictionaryEntries)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: entry.version + 1 })
      .where(eq(dictionaryEntries.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'platform.dictionary.delete',
      entityType: 'dictionaryEntry',
      entityId: id,
      townshipId,
      before: entryAuditView(entry),
    });
  });
}

import type { BodyOf, dictionariesApi, DictionaryCode } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { writeTownshipOf } from '../policy.ts';
import { entryAuditView } from '../presenter.ts';
import { findEntry, findEntryByCode, type DictionaryEntryRow } from '../repository.ts';
import { dictionaryEntries } from '../tables.ts';

/** The request body, as the route's contract parses it. */
type Input = BodyOf<typeof dictionariesApi.updateEntry>;

/**
 * Relabels, reorders, (de)activates an entry. A built-in entry keeps its code: records and reports
 * rely on it. Deactivating hides the entry from pickers; records that use it keep it.
 */
export async function updateEntry(
  ctx: AppContext,
  auth: AuthContext,
  dictionary: DictionaryCode,
  id: string,
  input: Input,
): Promise<DictionaryEntryRow> {
  const townshipId = writeTownshipOf(auth);
  return ctx.db.transaction(async (tx) => {
    const entry = await findEntry(tx, townshipId, dictionary, id);
    if (!entry) throw new AppError('RECORD.NOT_FOUND');
    if (entry.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const code = input.code ?? entry.code;
    if (code !== entry.code) {
      if (entry.isBuiltin)
        throw new AppError('DICTIONARY.BUILTIN_CODE_READONLY', {
          invalidParams: [{ name: 'body.code', code: 'readonly', reason: '内置字典项的代码不能修改' }],
        });
      if (await findEntryByCode(tx, townshipId, dictionary, code)) {
        throw new AppError('DICTIONARY.CODE_TAKEN', {
          invalidParams: [{ name: 'body.code', code: 'taken', reason: '该字典中已有相同代码' }],
        });
      }
    }
    const [row] = await tx
      .update(dictionaryEntries)
      .set({
        code,
        labelZh: input.labelZh ?? entry.labelZh,
        labelEn: input.labelEn ?? entry.labelEn,
        sortOrder: input.sortOrder ?? entry.sortOrder,
        isActive: input.isActive ?? entry.isActive,
        version: entry.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(dictionaryEntries.id, id), eq(dictionaryEntries.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'platform.dictionary.update',
      entityType: 'dictionaryEntry',
      entityId: id,
      townshipId,
      before: entryAuditView(entry),
      after: entryAuditView(row),
    });
    return row;
  });
}

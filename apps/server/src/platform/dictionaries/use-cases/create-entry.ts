import type { BodyOf, dictionariesApi, DictionaryCode } from '@yifa/domain';
import { and, eq, isNull, max } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../auth/auth-context.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppContext } from '../../http/app-context.ts';
import { writeTownshipOf } from '../policy.ts';
import { entryAuditView } from '../presenter.ts';
import { findEntryByCode, type DictionaryEntryRow } from '../repository.ts';
import { dictionaryEntries } from '../tables.ts';

/** The request body, as the route's contract parses it. */
type Input = BodyOf<typeof dictionariesApi.createEntry>;

/** Adds a township's own entry to a dictionary; placed last unless a sort order is given. */
export async function createEntry(
  ctx: AppContext,
  auth: AuthContext,
  dictionary: DictionaryCode,
  input: Input,
): Promise<DictionaryEntryRow> {
  const townshipId = writeTownshipOf(auth);
  return ctx.db.transaction(async (tx) => {
    // No code given: the next free custom<n> of this dictionary (records store the code; the clerk sees the label).
    let code = input.code;
    for (let n = 1; !code; n++) if (!(await findEntryByCode(tx, townshipId, dictionary, `custom${n}`))) code = `custom${n}`;
    if (input.code && (await findEntryByCode(tx, townshipId, dictionary, input.code))) {
      throw new AppError('DICTIONARY.CODE_TAKEN', {
        invalidParams: [{ name: 'body.code', code: 'taken', reason: '该字典中已有相同代码' }],
      });
    }
    let sortOrder = input.sortOrder;
    if (sortOrder === undefined) {
      const [last] = await tx
        .select({ n: max(dictionaryEntries.sortOrder) })
        .from(dictionaryEntries)
        .where(
          and(
            eq(dictionaryEntries.townshipId, townshipId),
            eq(dictionaryEntries.dictionary, dictionary),
            isNull(dictionaryEntries.deletedAt),
          ),
        );
      sortOrder = (last?.n ?? 0) + 10;
    }
    const [row] = await tx
      .insert(dictionaryEntries)
      .values({
        townshipId,
        dictionary,
        code,
        labelZh: input.labelZh,
        labelEn: input.labelEn ?? input.labelZh,
        sortOrder,
        isBuiltin: false,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'platform.dictionary.create',
      entityType: 'dictionaryEntry',
      entityId: row!.id,
      townshipId,
      after: entryAuditView(row!),
    });
    return row!;
  });
}

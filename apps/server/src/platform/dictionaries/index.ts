/**
 * Dictionaries, for the modules. A record stores an entry's `code`; the module checks it with
 * `assertDictionaryCode` when saving and shows labels with `dictionaryLabels`. Never branch on a
 * label; branch on an enum of the module (and on a built-in dictionary code only where its
 * meaning is fixed by law, e.g. hazardLevel `major`).
 */
import type { DictionaryCode } from '@yifa/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import { dictionaryEntries } from './tables.ts';

export { dictionariesModule } from './module.ts';
export { dictionaryLabelOf } from './label-sql.ts';
export { registerDictionarySeeders, seedBuiltinDictionaryEntries } from './seed-dictionaries.ts';

export interface DictionaryLabel {
  labelZh: string;
  labelEn: string;
  isActive: boolean;
  /** A custom entry removed since; old records still show its label. */
  isDeleted: boolean;
}

/**
 * Checks that `code` is an entry of the township's dictionary, active unless `allowInactive` (an
 * update keeping the value a record already had). Throws REQUEST.VALIDATION_FAILED naming `field`.
 */
export async function assertDictionaryCode(
  db: DbOrTx,
  townshipId: string,
  dictionary: DictionaryCode,
  code: string,
  options: { field?: string; allowInactive?: boolean } = {},
): Promise<void> {
  const [row] = await db
    .select({ isActive: dictionaryEntries.isActive })
    .from(dictionaryEntries)
    .where(
      and(
        eq(dictionaryEntries.townshipId, townshipId),
        eq(dictionaryEntries.dictionary, dictionary),
        eq(dictionaryEntries.code, code),
        isNull(dictionaryEntries.deletedAt),
      ),
    )
    .limit(1);
  if (!row || (!row.isActive && !options.allowInactive)) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: options.field ?? `body.${dictionary}`, code: 'dictionary', reason: row ? '该选项已停用' : '不是可选的选项' }],
    });
  }
}

/** code → labels of one dictionary of a township, deleted custom entries included (for old records). */
export async function dictionaryLabels(db: DbOrTx, townshipId: string, dictionary: DictionaryCode): Promise<Map<string, DictionaryLabel>> {
  const rows = await db
    .select()
    .from(dictionaryEntries)
    .where(and(eq(dictionaryEntries.townshipId, townshipId), eq(dictionaryEntries.dictionary, dictionary)));
  const labels = new Map<string, DictionaryLabel>();
  // Live entries win over deleted ones with the same code.
  for (const r of [...rows].sort((x, y) => Number(!!y.deletedAt) - Number(!!x.deletedAt))) {
    labels.set(r.code, { labelZh: r.labelZh, labelEn: r.labelEn, isActive: r.isActive && !r.deletedAt, isDeleted: !!r.deletedAt });
  }
  return labels;
}

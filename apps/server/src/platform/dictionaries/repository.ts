import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { dictionaryEntries } from './tables.ts';

export type DictionaryEntryRow = typeof dictionaryEntries.$inferSelect;

/**
 * Dictionary entries are township configuration, not business records: every member of a
 * township reads all of them. The township is resolved from the caller's scope by the policy.
 */
export async function listEntries(db: DbOrTx, townshipId: string, options: { includeInactive: boolean }): Promise<DictionaryEntryRow[]> {
  return db
    .select()
    .from(dictionaryEntries)
    .where(
      and(
        eq(dictionaryEntries.townshipId, townshipId),
        isNull(dictionaryEntries.deletedAt),
        options.includeInactive ? undefined : eq(dictionaryEntries.isActive, true),
      ),
    )
    .orderBy(asc(dictionaryEntries.dictionary), asc(dictionaryEntries.sortOrder), asc(dictionaryEntries.code));
}

export async function findEntry(db: DbOrTx, townshipId: string, dictionary: string, id: string): Promise<DictionaryEntryRow | null> {
  const rows = await db
    .select()
    .from(dictionaryEntries)
    .where(
      and(
        eq(dictionaryEntries.id, id),
        eq(dictionaryEntries.townshipId, townshipId),
        eq(dictionaryEntries.dictionary, dictionary),
        isNull(dictionaryEntries.deletedAt),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function findEntryByCode(
  db: DbOrTx,
  townshipId: string,
  dictionary: string,
  code: string,
): Promise<DictionaryEntryRow | null> {
  const rows = await db
    .select()
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
  return rows[0] ?? null;
}

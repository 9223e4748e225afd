import { DICTIONARIES, DICTIONARY_CODES, type Dictionary, type DictionaryEntry } from '@yifa/domain';
import type { AuthContext } from '../auth/auth-context.ts';
import { dictionaryEntryPolicy, dictionaryPolicy } from './policy.ts';
import type { DictionaryEntryRow } from './repository.ts';

export function presentEntry(auth: AuthContext, row: DictionaryEntryRow): DictionaryEntry {
  return {
    id: row.id,
    dictionary: row.dictionary,
    code: row.code,
    labelZh: row.labelZh,
    labelEn: row.labelEn,
    sortOrder: row.sortOrder,
    isActive: row.isActive,
    isBuiltin: row.isBuiltin,
    version: row.version,
    abilities: dictionaryEntryPolicy.abilities(auth, row),
  };
}

/** Every dictionary of the catalogue, in catalogue order, with the township's entries. */
export function presentDictionaries(auth: AuthContext, townshipId: string, rows: DictionaryEntryRow[]): Dictionary[] {
  return DICTIONARY_CODES.map((code) => ({
    code,
    zh: DICTIONARIES[code].zh,
    en: DICTIONARIES[code].en,
    townshipId,
    entries: rows.filter((r) => r.dictionary === code).map((r) => presentEntry(auth, r)),
    abilities: dictionaryPolicy.abilities(auth, { townshipId }),
  }));
}

export function entryAuditView(row: DictionaryEntryRow) {
  return {
    dictionary: row.dictionary,
    code: row.code,
    labelZh: row.labelZh,
    labelEn: row.labelEn,
    sortOrder: row.sortOrder,
    isActive: row.isActive,
    isBuiltin: row.isBuiltin,
  };
}

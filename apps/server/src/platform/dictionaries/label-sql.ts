import type { DictionaryCode } from '@yifa/domain';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * An entry's Chinese label as a column of a module's list query, in place of loading the whole
 * dictionary per request (dictionaryLabels): a scalar subquery PostgreSQL evaluates for the page's
 * rows only. As dictionaryLabels, a live entry wins and a deleted custom entry still labels old
 * records; the live lookup uses dictionary_entries_code_uq, and COALESCE only looks among deleted
 * entries when there is no live one. Null when the code is in neither (the caller shows the code).
 * Pass qualified column references ("table"."column"): inside the subquery a bare name would bind to
 * dictionary_entries' own columns.
 */
export function dictionaryLabelOf(townshipId: SQLWrapper, dictionary: DictionaryCode, code: SQLWrapper): SQL<string | null> {
  return sql<string | null>`coalesce(
    (select d.label_zh from dictionary_entries d
      where d.township_id = ${townshipId} and d.dictionary = ${dictionary} and d.code = ${code} and d.deleted_at is null),
    (select d.label_zh from dictionary_entries d
      where d.township_id = ${townshipId} and d.dictionary = ${dictionary} and d.code = ${code} and d.deleted_at is not null
      order by d.deleted_at desc limit 1))`;
}

import { sql, type SQL } from 'drizzle-orm';
import type { DictionaryCode } from '@yifa/domain';

// Names and labels as scalar subqueries of a list's select: PostgreSQL evaluates them after the sort
// and limit, for the rows answered only, instead of the request reading whole dictionaries or a
// township's org tree into JavaScript (lookups.ts). They give what the lookups give.
//
// Correlated subqueries name the outer table explicitly: Drizzle renders a column of a single-table
// select unqualified ("id"), which inside a subquery would bind to the subquery's own table.

/** A column of the list's own table, qualified. */
export const outerColumn = (table: string, column: string): SQL => sql.raw(`"${table}"."${column}"`);

/**
 * An org's name as lookups.ts `townshipOrgs` gives it: a live org of the row's township, never the
 * county node; null if there is none.
 */
export const orgNameSql = (table: string, column: string): SQL =>
  sql`(select o.name from orgs o where o.id = ${outerColumn(table, column)} and o.township_id = ${outerColumn(table, 'township_id')} and o.deleted_at is null and o.kind <> 'county')`;

/**
 * A dictionary label as `dictionaryLabels` + `labelOf` give it: the township's live entry (by the
 * partial unique index), else a deleted one (old records keep their label), else the code itself.
 * COALESCE evaluates the deleted-entry lookup only when there is no live entry.
 */
export function dictionaryLabelSql(table: string, dictionary: DictionaryCode, column: string): SQL {
  const township = outerColumn(table, 'township_id');
  const code = outerColumn(table, column);
  const name = sql.raw(`'${dictionary}'`);
  return sql`coalesce(
  (select d.label_zh from dictionary_entries d where d.township_id = ${township} and d.dictionary = ${name} and d.code = ${code} and d.deleted_at is null),
  (select d.label_zh from dictionary_entries d where d.township_id = ${township} and d.dictionary = ${name} and d.code = ${code} order by d.deleted_at desc limit 1),
  ${code})`;
}

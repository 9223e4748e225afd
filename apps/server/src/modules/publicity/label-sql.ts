import { sql, type SQL } from 'drizzle-orm';
import type { DictionaryCode } from '@yifa/domain';
import { dictionaryLabelOf } from '../../platform/dictionaries/index.ts';

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

/** A dictionary label as `dictionaryLabels` + `labelOf` give it (platform dictionaryLabelOf), else the code itself. */
export function dictionaryLabelSql(table: string, dictionary: DictionaryCode, column: string): SQL {
  const code = outerColumn(table, column);
  return sql`coalesce(${dictionaryLabelOf(outerColumn(table, 'township_id'), dictionary, code)}, ${code})`;
}

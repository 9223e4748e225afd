import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { cappedTotalField } from '../db/keyset.ts';
import type { DbOrTx } from '../db/client.ts';
import type { DataScope, PreparedScope } from '../scope/data-scope.ts';

/** Stands for "no township" / "no org" in the counts (their columns are part of the key, never null). */
export const NO_ORG = '00000000-0000-0000-0000-000000000000';

/**
 * The lists whose unfiltered total is kept (tables.ts): the table, its org column (null: the table has
 * none) and which rows the list shows before any filter. The migration's trigger on each table is
 * given the same three facts; `list-counts.test.ts` checks they agree.
 */
export const COUNTED_LISTS = {
  people: { table: 'people', orgColumn: 'org_id', visible: 'deleted_at is null' },
  users: { table: 'users', orgColumn: 'org_id', visible: 'deleted_at is null' },
  files: { table: 'files', orgColumn: 'org_id', visible: 'deleted_at is null' },
  audit: { table: 'audit_log', orgColumn: null, visible: 'true' },
  publications: { table: 'pd_publications', orgColumn: 'org_id', visible: 'deleted_at is null' },
  villageDisclosures: { table: 'pd_village_disclosures', orgColumn: 'org_id', visible: 'deleted_at is null' },
  disclosureRequests: { table: 'disclosure_requests', orgColumn: 'org_id', visible: 'deleted_at is null' },
  lawStudySessions: { table: 'law_study_sessions', orgColumn: 'org_id', visible: 'deleted_at is null' },
  selfStudies: { table: 'law_study_self_studies', orgColumn: 'org_id', visible: 'deleted_at is null' },
  publicityActivities: { table: 'publicity_activities', orgColumn: 'org_id', visible: 'deleted_at is null' },
} as const satisfies Record<string, { table: string; orgColumn: string | null; visible: string }>;
export type CountedList = keyof typeof COUNTED_LISTS;

/**
 * Can a scope's unfiltered list be totalled from the kept counts? Yes when it is whole townships (or
 * everything), or whole orgs of a list that has an org column; a scope of one's own records (or the
 * audit log of a role narrower than its township, which sees only its own entries) is counted instead.
 */
export function isCountKept(list: CountedList, scope: DataScope): boolean {
  if (scope.townshipIds === 'all') return true;
  if (scope.kind === 'own') return false;
  if (scope.orgIds === null) return true;
  return COUNTED_LISTS[list].orgColumn !== null;
}

/**
 * What a page's `total` is: null after the first page; on the first page the kept total when the list
 * is unfiltered and its scope is kept (`isCountKept`), else a capped count of the matching rows.
 */
export type ListTotal = 'kept' | 'counted' | null;
export function firstPageTotal(list: CountedList, scope: DataScope, isFirstPage: boolean, isFiltered: boolean): ListTotal {
  if (!isFirstPage) return null;
  return !isFiltered && isCountKept(list, scope) ? 'kept' : 'counted';
}

/** The select field of a page's `total` for what `firstPageTotal` chose. */
export function totalField(total: ListTotal, kept: SQL<number>, matching: () => SQLWrapper): SQL<number | null> {
  if (total === 'kept') return kept;
  if (total === 'counted') return cappedTotalField(matching());
  return sql<null>`null`;
}

/** A prepared statement's scope of every township (the system administrator's): no condition. */
export const ALL_TOWNSHIPS: PreparedScope = { key: 'a_any', params: {}, where: () => sql`true` };

/**
 * The kept total of a list in a scope, as a scalar subquery for a page's select (one round trip).
 * With a prepared scope it uses the statement's scope placeholders; with a plain scope, its values.
 * Only for a scope `isCountKept` accepts.
 */
export function keptTotalField(list: CountedList, scope: DataScope | PreparedScope): SQL<number> {
  const where: SQL[] = [sql`d.list = ${sql.raw(`'${list}'`)}`];
  if ('params' in scope) {
    if (scope.params.scopeTownshipIds) where.push(sql`d.township_id = any(${sql.placeholder('scopeTownshipIds')}::uuid[])`);
    if (scope.params.scopeOrgIds) where.push(sql`d.org_id = any(${sql.placeholder('scopeOrgIds')}::uuid[])`);
  } else {
    if (scope.townshipIds !== 'all') where.push(sql`d.township_id = any(${sql.param(scope.townshipIds)}::uuid[])`);
    if (scope.orgIds !== null && scope.kind !== 'own') where.push(sql`d.org_id = any(${sql.param(scope.orgIds)}::uuid[])`);
  }
  return sql<number>`(select coalesce(sum(d.n), 0)::int from list_count_deltas d where ${sql.join(where, sql` and `)})`;
}

/**
 * The kept total of a list of one township named by the statement's `townshipId` placeholder (the
 * lists a county reviewer reads one township at a time), for a caller who sees the whole township.
 */
export function keptTownshipTotalField(list: CountedList): SQL<number> {
  return sql<number>`(select coalesce(sum(d.n), 0)::int from list_count_deltas d
    where d.list = ${sql.raw(`'${list}'`)} and d.township_id = ${sql.placeholder('townshipId')}::uuid)`;
}

/**
 * Folds the deltas into one row per (list, township, org). Rows appended meanwhile are not seen by the
 * delete and stay as they are, so the sums never change (list-counts.test.ts, with writers running).
 */
export async function compactListCounts(db: DbOrTx): Promise<void> {
  await db.execute(sql`
    with gone as (delete from list_count_deltas returning list, township_id, org_id, n)
    insert into list_count_deltas (list, township_id, org_id, n)
    select list, township_id, org_id, sum(n) from gone group by 1, 2, 3 having sum(n) <> 0`);
}

/**
 * Rebuilds the counts of every counted list from its table: idempotent, for after a bulk load with
 * triggers off (the county data generator) or a repair. One transaction, so readers see the old
 * counts or the new ones.
 */
export async function recomputeListCounts(db: DbOrTx): Promise<void> {
  await db.transaction(async (tx) => {
    // Writers to counted tables wait while the counts are rebuilt from a consistent picture.
    for (const { table } of Object.values(COUNTED_LISTS)) await tx.execute(sql`lock table ${sql.identifier(table)} in share mode`);
    await tx.execute(sql`delete from list_count_deltas`);
    for (const [list, { table, orgColumn, visible }] of Object.entries(COUNTED_LISTS)) {
      await tx.execute(sql`
        insert into list_count_deltas (list, township_id, org_id, n)
        select ${list}, coalesce(township_id, ${NO_ORG}::uuid), coalesce(${sql.raw(orgColumn ?? 'null::uuid')}, ${NO_ORG}::uuid), count(*)
        from ${sql.identifier(table)} where ${sql.raw(visible)} group by 1, 2, 3`);
    }
  });
}

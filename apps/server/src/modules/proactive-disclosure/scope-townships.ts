import { sql, type SQL } from 'drizzle-orm';
import type { PreparedScope } from '../../platform/scope/data-scope.ts';

/**
 * The townships a list walks one by one (`scope_t.tid`): the scope's, or every township for the
 * system administrator. Each township's rows are one range of the list's index, already in order.
 */
export function scopeTownships(scope: PreparedScope): SQL {
  return scope.params.scopeTownshipIds
    ? sql`unnest(${sql.placeholder('scopeTownshipIds')}::uuid[]) as scope_t(tid)`
    : sql`(select o.id as tid from orgs o where o.kind = 'township') as scope_t`;
}

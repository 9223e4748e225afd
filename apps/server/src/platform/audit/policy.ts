import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DataScope } from '../scope/data-scope.ts';
import { auditLog } from './tables.ts';

/**
 * Which audit entries a reader sees (holding platform:audit:read or :export is checked by the route):
 * the system administrator every entry; a township-wide role its township's entries
 * (audit_log.township_id); a role narrower than the township only the entries it wrote itself,
 * since an entry has no org and may describe any org of the township.
 * County reviewers do not hold the permission (roles.ts).
 */
export function auditScopeWhere(scope: DataScope): SQL {
  if (scope.townshipIds === 'all') return sql`true`;
  const inTownships = scope.townshipIds.length === 0 ? sql`false` : inArray(auditLog.townshipId, scope.townshipIds);
  if (scope.kind === 'township' || scope.kind === 'countyRead') return inTownships;
  return and(inTownships, eq(auditLog.actorId, scope.userId)) as SQL;
}

/** The chain spans every township: only the system administrator checks it. */
export function canVerifyChain(scope: DataScope): boolean {
  return scope.townshipIds === 'all';
}

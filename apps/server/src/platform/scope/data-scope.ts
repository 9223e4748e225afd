import type { DataScopeKind } from '@yifa/domain';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * What one signed-in user may see (product.md "Who uses it"). Every repository read takes it as a
 * required argument and turns it into a WHERE condition with `scopeWhere`; a record outside the
 * scope is simply not found (404), never "forbidden".
 */
export interface DataScope {
  kind: DataScopeKind;
  userId: string;
  /** The user's own township, or null for the system administrator and county reviewers. */
  townshipId: string | null;
  /** Townships visible: one for township users, several for a county reviewer; 'all' for the system administrator. */
  townshipIds: string[] | 'all';
  /** Orgs visible inside those townships; null means every org. */
  orgIds: string[] | null;
  /** County reviewers read and change nothing. */
  isReadOnly: boolean;
}

export interface ScopedColumns {
  townshipId: PgColumn;
  orgId?: PgColumn;
  createdBy?: PgColumn;
}

export function scopeWhere(scope: DataScope, cols: ScopedColumns): SQL {
  const parts: SQL[] = [];
  if (scope.townshipIds !== 'all') {
    parts.push(scope.townshipIds.length === 0 ? sql`false` : inArray(cols.townshipId, scope.townshipIds));
  }
  if (scope.kind === 'own') {
    parts.push(cols.createdBy ? eq(cols.createdBy, scope.userId) : sql`false`);
  } else if (scope.orgIds !== null) {
    parts.push(!cols.orgId || scope.orgIds.length === 0 ? sql`false` : inArray(cols.orgId, scope.orgIds));
  }
  return parts.length === 0 ? sql`true` : (and(...parts) as SQL);
}

/** Is one record (already loaded) inside the scope? For checks after a direct lookup. */
export function isInScope(
  scope: DataScope,
  record: { townshipId: string | null; orgId?: string | null; createdBy?: string | null },
): boolean {
  if (scope.townshipIds !== 'all' && (!record.townshipId || !scope.townshipIds.includes(record.townshipId))) return false;
  if (scope.kind === 'own') return record.createdBy === scope.userId;
  if (scope.orgIds !== null) return !!record.orgId && scope.orgIds.includes(record.orgId);
  return true;
}

/** May this scope write records of that township at all? */
export function canWriteTownship(scope: DataScope, townshipId: string): boolean {
  if (scope.isReadOnly) return false;
  return scope.townshipIds === 'all' || scope.townshipIds.includes(townshipId);
}

/**
 * The same scoping as `scopeWhere`, for prepared statements (hot lists): the SQL depends only on the
 * scope's *shape* (which filters apply), the values go in as parameters. `key` names the shape, so
 * one prepared statement serves every caller of that shape and PostgreSQL can keep its plan.
 */
export interface PreparedScope {
  key: string;
  where(cols: ScopedColumns): SQL;
  params: { scopeTownshipIds?: string[]; scopeOrgIds?: string[]; scopeUserId?: string };
}

export function preparedScope(scope: DataScope): PreparedScope {
  const hasTownships = scope.townshipIds !== 'all';
  const mode = scope.kind === 'own' ? 'own' : scope.orgIds !== null ? 'orgs' : 'any';
  const params: PreparedScope['params'] = {};
  if (hasTownships) params.scopeTownshipIds = scope.townshipIds as string[];
  if (mode === 'own') params.scopeUserId = scope.userId;
  if (mode === 'orgs') params.scopeOrgIds = scope.orgIds as string[];
  return {
    key: `${hasTownships ? 't' : 'a'}_${mode}`,
    params,
    where(cols) {
      const parts: SQL[] = [];
      if (hasTownships) parts.push(sql`${cols.townshipId} = any(${sql.placeholder('scopeTownshipIds')}::uuid[])`);
      if (mode === 'own') parts.push(cols.createdBy ? sql`${cols.createdBy} = ${sql.placeholder('scopeUserId')}` : sql`false`);
      if (mode === 'orgs') parts.push(cols.orgId ? sql`${cols.orgId} = any(${sql.placeholder('scopeOrgIds')}::uuid[])` : sql`false`);
      return parts.length ? (and(...parts) as SQL) : sql`true`;
    },
  };
}

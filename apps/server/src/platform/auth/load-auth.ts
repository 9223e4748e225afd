import { DATA_SCOPE_BREADTH, isPermissionCode, type DataScopeKind, type PermissionCode, type SecuritySettings } from '@yifa/domain';
import { and, eq, isNull, like, sql } from 'drizzle-orm';
import { orgs, roles, userRoles, users } from '../../modules/organisation/tables.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import type { DataScope } from '../scope/data-scope.ts';
import type { AuthContext, AuthUser } from './auth-context.ts';
import { sessions } from './tables.ts';
import { hashToken } from './tokens.ts';

/** Roles of the system administrator that must use a second factor when the setting says so. */
const ADMIN_ROLES = new Set(['systemAdmin', 'townshipAdmin']);

/**
 * Turns a session cookie into the caller's identity, permissions and data scope, ending the
 * session when it has been idle too long (GB/T 22239-2019 §8.1.4.1 d: log out on timeout) or its
 * user was deleted or disabled.
 */
/**
 * One round trip for the session, its user and the user's roles: this runs on every request, so
 * the statement is built once per database handle (a named prepared statement on the server too).
 */
const preparedSessionQueries = new WeakMap<Db, ReturnType<typeof buildSessionQuery>>();
function buildSessionQuery(db: Db) {
  return db
    .select({
      session: sessions,
      user: users,
      roles: sql<RoleGrant[]>`coalesce((select json_agg(json_build_object(
        'code', r.code, 'dataScope', r.data_scope, 'permissions', r.permissions))
        from user_roles ur join roles r on r.id = ur.role_id and r.deleted_at is null where ur.user_id = "users"."id"), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('yifa_load_session');
}
function sessionQuery(db: Db) {
  let query = preparedSessionQueries.get(db);
  if (!query) {
    query = buildSessionQuery(db);
    preparedSessionQueries.set(db, query);
  }
  return query;
}

export async function loadAuth(db: Db, token: string, ip: string, security: SecuritySettings): Promise<AuthContext> {
  const tokenHash = hashToken(token);
  const rows = await sessionQuery(db).execute({ tokenHash });
  const row = rows[0];
  if (!row) throw new AppError('AUTH.SESSION_EXPIRED');
  const { session, user } = row;
  if (user.deletedAt || !user.isActive) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    throw new AppError('AUTH.UNAUTHENTICATED', { detail: 'user deleted or disabled' });
  }
  const idleMs = Date.now() - session.lastSeenAt.getTime();
  if (idleMs > security.idleMinutes * 60_000) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    throw new AppError('AUTH.SESSION_EXPIRED');
  }
  // Touch at most once a minute: enough for a 30-minute idle rule, and spares a write per request.
  if (idleMs > 60_000) await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));

  const authUser: AuthUser = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    townshipId: user.townshipId,
    orgId: user.orgId,
    personId: user.personId,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    isTotpEnabled: user.isTotpEnabled,
  };
  const { roleCodes, permissions, scopeKind } = combineRoles(row.roles);
  const scope = await buildScope(db, authUser, scopeKind);
  return {
    user: authUser,
    tokenHash,
    csrfToken: session.csrfToken,
    isMfaPending: session.isMfaPending,
    isTotpSetupRequired: security.requireAdminTotp && !user.isTotpEnabled && roleCodes.some((c) => ADMIN_ROLES.has(c)),
    roleCodes,
    permissions,
    scope,
    ip,
  };
}

interface RoleGrant {
  code: string;
  dataScope: string;
  permissions: string[];
}
interface CombinedRoles {
  roleCodes: string[];
  permissions: Set<PermissionCode>;
  scopeKind: DataScopeKind;
}

export async function loadRoles(db: DbOrTx, userId: string): Promise<CombinedRoles> {
  const rows = await db
    .select({ code: roles.code, dataScope: roles.dataScope, permissions: roles.permissions })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(and(eq(userRoles.userId, userId), isNull(roles.deletedAt)));
  return combineRoles(rows);
}

/** Several roles: the union of their permissions and the widest of their data scopes. */
function combineRoles(rows: RoleGrant[]): CombinedRoles {
  const permissions = new Set<PermissionCode>();
  let scopeKind: DataScopeKind = 'own';
  for (const r of rows) {
    for (const p of r.permissions) if (isPermissionCode(p)) permissions.add(p);
    const kind = r.dataScope as DataScopeKind;
    if (DATA_SCOPE_BREADTH[kind] > DATA_SCOPE_BREADTH[scopeKind]) scopeKind = kind;
  }
  return { roleCodes: rows.map((r) => r.code), permissions, scopeKind };
}

export async function buildScope(db: DbOrTx, user: AuthUser, kind: DataScopeKind): Promise<DataScope> {
  const base = { kind, userId: user.id, townshipId: user.townshipId, isReadOnly: false };
  switch (kind) {
    case 'all':
      return { ...base, townshipIds: 'all', orgIds: null };
    case 'countyRead': {
      const county = user.orgId ? await db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, user.orgId)) : [];
      const path = county[0]?.path;
      const townships = path
        ? await db
            .select({ id: orgs.id })
            .from(orgs)
            .where(and(eq(orgs.kind, 'township'), like(orgs.path, `${path}%`), isNull(orgs.deletedAt)))
        : [];
      return { ...base, townshipIds: townships.map((t) => t.id), orgIds: null, isReadOnly: true };
    }
    case 'township':
      return { ...base, townshipIds: user.townshipId ? [user.townshipId] : [], orgIds: null };
    case 'orgAndBelow': {
      if (!user.orgId || !user.townshipId) return { ...base, townshipIds: [], orgIds: [] };
      const below = await db
        .select({ id: orgs.id })
        .from(orgs)
        .where(and(eq(orgs.townshipId, user.townshipId), sql`${orgs.path} like (select path from orgs where id = ${user.orgId}) || '%'`));
      return { ...base, townshipIds: [user.townshipId], orgIds: below.map((o) => o.id) };
    }
    case 'org':
      return { ...base, townshipIds: user.townshipId ? [user.townshipId] : [], orgIds: user.orgId ? [user.orgId] : [] };
    case 'own':
      return { ...base, townshipIds: user.townshipId ? [user.townshipId] : [], orgIds: null };
  }
}

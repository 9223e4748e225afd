import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../../platform/db/keyset.ts';
import { cursorParams, keysetAfterPlaceholders, statementFor, type PageLimit } from '../../platform/db/prepared-lists.ts';
import { ALL_TOWNSHIPS, firstPageTotal, keptTotalField, totalField } from '../../platform/list-counts/list-counts.ts';
import { preparedScope, scopeWhere, type DataScope, type PreparedScope } from '../../platform/scope/data-scope.ts';
import { orgs, people, roles, userRoles, users } from './tables.ts';

export type OrgRow = typeof orgs.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;

// Correlated subqueries name the outer table explicitly: Drizzle renders a column of a single-table
// select unqualified ("id"), which inside a subquery would bind to the subquery's own table.

/**
 * The org tree is not personal or business data: every member of a township sees its whole tree
 * (pickers need it); a county reviewer sees its townships' trees. So orgs are scoped by township only.
 */
function orgScope(scope: DataScope): SQL {
  if (scope.townshipIds === 'all') return sql`true`;
  return or(
    inArray(orgs.townshipId, scope.townshipIds.length ? scope.townshipIds : ['00000000-0000-0000-0000-000000000000']),
    // A county reviewer also sees its county node itself.
    scope.kind === 'countyRead'
      ? sql`${orgs.kind} = 'county' and exists (select 1 from orgs t where t.parent_id = "orgs"."id" and t.id in ${scope.townshipIds.length ? scope.townshipIds : ['00000000-0000-0000-0000-000000000000']})`
      : sql`false`,
  ) as SQL;
}

export async function listOrgs(db: DbOrTx, scope: DataScope, townshipId?: string): Promise<OrgRow[]> {
  return db
    .select()
    .from(orgs)
    .where(
      and(isNull(orgs.deletedAt), orgScope(scope), townshipId ? or(eq(orgs.townshipId, townshipId), eq(orgs.id, townshipId)) : undefined),
    )
    .orderBy(asc(orgs.path), asc(orgs.sortOrder), asc(orgs.name));
}

export async function findOrg(db: DbOrTx, scope: DataScope, id: string): Promise<OrgRow | null> {
  const rows = await db
    .select()
    .from(orgs)
    .where(and(eq(orgs.id, id), isNull(orgs.deletedAt), orgScope(scope)))
    .limit(1);
  return rows[0] ?? null;
}

/** Deliberately unscoped: the division-code uniqueness check must see every township. */
export async function unscopedFindOrgByDivisionCode(db: DbOrTx, code: string): Promise<OrgRow | null> {
  const rows = await db
    .select()
    .from(orgs)
    .where(and(eq(orgs.divisionCode, code), isNull(orgs.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function countLiveChildren(db: DbOrTx, orgId: string): Promise<number> {
  const [c] = await db
    .select({ n: count() })
    .from(orgs)
    .where(and(eq(orgs.parentId, orgId), isNull(orgs.deletedAt)));
  const [p] = await db
    .select({ n: count() })
    .from(people)
    .where(and(eq(people.orgId, orgId), isNull(people.deletedAt)));
  return (c?.n ?? 0) + (p?.n ?? 0);
}

const personScope = (scope: DataScope) =>
  scopeWhere(scope, { townshipId: people.townshipId, orgId: people.orgId, createdBy: people.createdBy });

/** What a list shows: the masked copies only, never the ciphertext (less to read, nothing to leak). */
const personListColumns = {
  id: people.id,
  townshipId: people.townshipId,
  orgId: people.orgId,
  name: people.name,
  post: people.post,
  isLeader: people.isLeader,
  isCivilServant: people.isCivilServant,
  phoneMasked: people.phoneMasked,
  idNumberMasked: people.idNumberMasked,
  joinedOn: people.joinedOn,
  leftOn: people.leftOn,
  version: people.version,
};
export type PersonListRow = { [K in keyof typeof personListColumns]: PersonRow[K] };

type PeopleListQuery = { after?: string | undefined; pageSize: number; q?: string | undefined; orgId?: string | undefined };

/**
 * The roll's order, office by office, leaders first, then by name: one direction throughout (the
 * leader flag as `not is_leader`), led by the township so one index (people_list_idx) serves a
 * township's list and the county's alike.
 */
export const peopleListOrder: KeysetOrder = {
  keys: [
    { expr: people.townshipId, type: 'uuid' },
    { expr: people.orgId, type: 'uuid' },
    { expr: sql`(not ${people.isLeader})`, type: 'bool' },
    { expr: people.name, type: 'text' },
    { expr: people.id, type: 'uuid' },
  ],
  direction: 'asc',
};

/**
 * The people list is the hottest read (bench/county.ts): a prepared statement per query shape
 * (scope shape × filters × first page or not), so neither Drizzle nor PostgreSQL plans it again on
 * every request. One round trip returns the page, whether there is a next one, and on the first
 * page the capped total.
 */
const peopleListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildPeopleListStatement>>>();

function buildPeopleListStatement(
  db: DbOrTx,
  scope: PreparedScope,
  hasQ: boolean,
  hasOrg: boolean,
  total: 'kept' | 'counted' | null,
  limit: PageLimit,
  name: string,
) {
  const isFirstPage = total !== null;
  const filter = and(
    isNull(people.deletedAt),
    scope.where({ townshipId: people.townshipId, orgId: people.orgId, createdBy: people.createdBy }),
    hasQ ? or(ilike(people.name, sql.placeholder('q')), ilike(people.post, sql.placeholder('q'))) : undefined,
    hasOrg ? eq(people.orgId, sql.placeholder('orgId')) : undefined,
  );
  const after = isFirstPage ? undefined : keysetAfterPlaceholders(peopleListOrder);
  // The org name and the account flag are scalar subqueries: PostgreSQL evaluates them for the page's
  // rows only, after the sort and limit, not for every cadre of the township. The flag is not an
  // `exists (…)`: PostgreSQL may run that as a hashed subplan over every account of the county
  // (6,010 index entries per page, 2 ms on the county data set) instead of one lookup per row.
  return db
    .select({
      person: personListColumns,
      cursor: keysetCursorField(peopleListOrder),
      total: totalField(total, keptTotalField('people', scope), () =>
        db
          .select({ one: sql`1` })
          .from(people)
          .where(filter),
      ),
      orgName: sql<string | null>`(select o.name from orgs o where o.id = "people"."org_id")`,
      hasUser: sql<boolean>`(select true from users u where u.person_id = "people"."id" and u.deleted_at is null limit 1) is not null`,
    })
    .from(people)
    .where(and(filter, after))
    .orderBy(...keysetOrderBy(peopleListOrder))
    .limit(limit)
    .prepare(name);
}

export async function listPeople(db: DbOrTx, scope: DataScope, q: PeopleListQuery) {
  const prepared = preparedScope(scope);
  const isFirstPage = !q.after;
  const total = firstPageTotal('people', scope, isFirstPage, !!(q.q || q.orgId));
  const key = `people_list_${prepared.key}_${q.q ? 'q' : ''}${q.orgId ? 'o' : ''}_${total ?? 'next'}`;
  const statement = statementFor(peopleListStatements, db, key, q.pageSize + 1, (on, limit, name) =>
    buildPeopleListStatement(on, prepared, !!q.q, !!q.orgId, total, limit, name),
  );
  const rows = await statement.execute({
    ...prepared.params,
    ...cursorParams(q.after ? decodeCursor(peopleListOrder, q.after) : []),
    q: q.q ? `%${q.q}%` : undefined,
    orgId: q.orgId,
  });
  return { rows, isFirstPage };
}

export async function findPerson(db: DbOrTx, scope: DataScope, id: string) {
  const rows = await db
    .select({
      person: people,
      orgName: orgs.name,
      hasUser: sql<boolean>`exists (select 1 from users u where u.person_id = "people"."id" and u.deleted_at is null)`,
    })
    .from(people)
    .leftJoin(orgs, eq(orgs.id, people.orgId))
    .where(and(eq(people.id, id), isNull(people.deletedAt), personScope(scope)))
    .limit(1);
  return rows[0] ?? null;
}

function userScope(scope: DataScope): SQL {
  if (scope.townshipIds === 'all') return sql`true`;
  return scopeWhere(scope, { townshipId: users.townshipId, orgId: users.orgId, createdBy: users.createdBy });
}

/** Accounts by username (unique), the order of users_list_idx. */
export const usersListOrder: KeysetOrder = {
  keys: [
    { expr: users.username, type: 'text' },
    { expr: users.id, type: 'uuid' },
  ],
  direction: 'asc',
};

/** The columns the accounts list shows (never the password hash or the TOTP secret). */
const userListColumns = {
  id: users.id,
  townshipId: users.townshipId,
  orgId: users.orgId,
  personId: users.personId,
  username: users.username,
  displayName: users.displayName,
  isActive: users.isActive,
  lockedUntil: users.lockedUntil,
  isTotpEnabled: users.isTotpEnabled,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
  createdBy: users.createdBy,
};
export type UserListRow = { [K in keyof typeof userListColumns]: UserRow[K] };
export type UserRoleRef = { id: string; code: string; name: string };

type UsersListQuery = { after?: string | undefined; pageSize: number; q?: string | undefined; orgId?: string | undefined };

/** Like the people list: one prepared statement per query shape, one round trip a page (roles included). */
const usersListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildUsersListStatement>>>();

function buildUsersListStatement(
  db: DbOrTx,
  scope: PreparedScope | null,
  hasQ: boolean,
  hasOrg: boolean,
  total: 'kept' | 'counted' | null,
  limit: PageLimit,
  name: string,
) {
  const isFirstPage = total !== null;
  const filter = and(
    isNull(users.deletedAt),
    scope ? scope.where({ townshipId: users.townshipId, orgId: users.orgId, createdBy: users.createdBy }) : undefined,
    hasQ ? or(ilike(users.username, sql.placeholder('q')), ilike(users.displayName, sql.placeholder('q'))) : undefined,
    hasOrg ? eq(users.orgId, sql.placeholder('orgId')) : undefined,
  );
  const after = isFirstPage ? undefined : keysetAfterPlaceholders(usersListOrder);
  return db
    .select({
      user: userListColumns,
      cursor: keysetCursorField(usersListOrder),
      total: totalField(total, keptTotalField('users', scope ?? ALL_TOWNSHIPS), () =>
        db
          .select({ one: sql`1` })
          .from(users)
          .where(filter),
      ),
      // Scalar subqueries: evaluated for the page's rows only, after the sort and limit.
      orgName: sql<string | null>`(select o.name from orgs o where o.id = "users"."org_id")`,
      roles: sql<
        UserRoleRef[]
      >`(select coalesce(json_agg(json_build_object('id', r.id, 'code', r.code, 'name', r.name) order by r.code), '[]'::json)
        from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = "users"."id")`,
    })
    .from(users)
    .where(and(filter, after))
    .orderBy(...keysetOrderBy(usersListOrder))
    .limit(limit)
    .prepare(name);
}

export async function listUsers(db: DbOrTx, scope: DataScope, q: UsersListQuery) {
  // The system administrator's scope is every township: no scope condition at all (userScope's `true`).
  const prepared = scope.townshipIds === 'all' ? null : preparedScope(scope);
  const isFirstPage = !q.after;
  const total = firstPageTotal('users', scope, isFirstPage, !!(q.q || q.orgId));
  const key = `users_list_${prepared?.key ?? 'all'}_${q.q ? 'q' : ''}${q.orgId ? 'o' : ''}_${total ?? 'next'}`;
  const statement = statementFor(usersListStatements, db, key, q.pageSize + 1, (on, limit, name) =>
    buildUsersListStatement(on, prepared, !!q.q, !!q.orgId, total, limit, name),
  );
  const rows = await statement.execute({
    ...prepared?.params,
    ...cursorParams(q.after ? decodeCursor(usersListOrder, q.after) : []),
    q: q.q ? `%${q.q}%` : undefined,
    orgId: q.orgId,
  });
  return { rows, isFirstPage };
}

export async function findUser(db: DbOrTx, scope: DataScope, id: string) {
  const rows = await db
    .select({ user: users, orgName: orgs.name })
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(users.id, id), isNull(users.deletedAt), userScope(scope)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const roleRows = await db
    .select({ id: roles.id, code: roles.code, name: roles.name })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(eq(userRoles.userId, id));
  return { ...row, roles: roleRows };
}

/** Built-in roles plus the caller's township's custom roles. */
export async function listRoles(db: DbOrTx, scope: DataScope) {
  const townshipFilter =
    scope.townshipIds === 'all'
      ? sql`true`
      : or(
          isNull(roles.townshipId),
          inArray(roles.townshipId, scope.townshipIds.length ? scope.townshipIds : ['00000000-0000-0000-0000-000000000000']),
        );
  return db
    .select({
      role: roles,
      userCount: sql<number>`(select count(*)::int from user_roles ur join users u on u.id = ur.user_id where ur.role_id = "roles"."id" and u.deleted_at is null)`,
    })
    .from(roles)
    .where(and(isNull(roles.deletedAt), townshipFilter))
    .orderBy(sql`${roles.isBuiltin} desc`, asc(roles.name));
}

export async function findRole(db: DbOrTx, scope: DataScope, id: string) {
  const all = await listRoles(db, scope);
  return all.find((r) => r.role.id === id) ?? null;
}

import type { OrgKind } from '@yifa/domain/organisation';
import { and, asc, count, eq, getTableName, gt, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { QueryBuilder, type PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client.ts';
import { orgs, people, roles, userRoles, users } from './tables.ts';

/**
 * What other modules and the platform read of the org tree and the cadre roll (adr/0004: through
 * organisation/index.ts, never through the tables). These reads are not scoped: the caller has
 * already decided the township (resolveTownship) or holds a record of its own that names the org
 * or person. Only live rows, unless the name says otherwise; never personal data.
 */

/** One node of the tree as other modules see it. */
export interface OrgSummary {
  id: string;
  /** null for a county node; a township's own id for the township node. */
  townshipId: string | null;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  divisionCode: string | null;
  sortOrder: number;
}

const orgSummary = {
  id: orgs.id,
  townshipId: orgs.townshipId,
  parentId: orgs.parentId,
  kind: sql<OrgKind>`${orgs.kind}`,
  name: orgs.name,
  divisionCode: orgs.divisionCode,
  sortOrder: orgs.sortOrder,
};

/** A live node by id (any township). */
export async function findOrgById(db: DbOrTx, id: string): Promise<OrgSummary | null> {
  const rows = await db
    .select(orgSummary)
    .from(orgs)
    .where(and(eq(orgs.id, id), isNull(orgs.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

/** A live office, village, community or the township node itself, inside that township (never a county node). */
export async function findOrgInTownship(db: DbOrTx, orgId: string, townshipId: string): Promise<OrgSummary | null> {
  const rows = await db
    .select(orgSummary)
    .from(orgs)
    .where(and(eq(orgs.id, orgId), eq(orgs.townshipId, townshipId), isNull(orgs.deletedAt), ne(orgs.kind, 'county')))
    .limit(1);
  return rows[0] ?? null;
}

/** Nodes by id, deleted ones too: a record keeps showing the name of the office that handled it. */
export async function orgsByIds(db: DbOrTx, ids: readonly (string | null | undefined)[]): Promise<Map<string, OrgSummary>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select(orgSummary).from(orgs).where(inArray(orgs.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * A township's live nodes (the township itself included), optionally of some kinds only. `tree`:
 * in the tree's order (as the org page shows it); `sortOrder`: by the configured order, then name.
 */
export async function orgsOfTownship(
  db: DbOrTx,
  townshipId: string,
  options: { kinds?: OrgKind[]; order?: 'tree' | 'sortOrder' } = {},
): Promise<OrgSummary[]> {
  return db
    .select(orgSummary)
    .from(orgs)
    .where(and(eq(orgs.townshipId, townshipId), isNull(orgs.deletedAt), options.kinds ? inArray(orgs.kind, options.kinds) : undefined))
    .orderBy(...(options.order === 'sortOrder' ? [asc(orgs.sortOrder), asc(orgs.name)] : [asc(orgs.path), asc(orgs.sortOrder)]));
}

/** The live nodes of several townships (or of all), in the tree's order: the compliance page's townships and orgs. */
export async function orgsOfTownships(db: DbOrTx, townshipIds: string[] | 'all'): Promise<OrgSummary[]> {
  if (townshipIds !== 'all' && townshipIds.length === 0) return [];
  return db
    .select(orgSummary)
    .from(orgs)
    .where(and(isNull(orgs.deletedAt), townshipIds === 'all' ? undefined : inArray(orgs.townshipId, townshipIds)))
    .orderBy(asc(orgs.path), asc(orgs.sortOrder), asc(orgs.name));
}

/** A township's name (with 【演示】 for the demo township) and its 12-digit division code (GB/T 2260). */
export async function townshipOf(
  db: DbOrTx,
  townshipId: string,
): Promise<{ id: string; name: string; divisionCode: string | null } | null> {
  const rows = await db
    .select({ id: orgs.id, name: orgs.name, divisionCode: orgs.divisionCode })
    .from(orgs)
    .where(and(eq(orgs.id, townshipId), eq(orgs.kind, 'township')))
    .limit(1);
  return rows[0] ?? null;
}

/** Whether any org exists yet (a new install has none: the demo township is made then). */
export async function hasAnyOrg(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(orgs);
  return (row?.n ?? 0) > 0;
}

/** A cadre as other modules see them: the fields hours, duties and rules need; no personal data. */
export interface RollPerson {
  id: string;
  name: string;
  orgId: string;
  post: string | null;
  isLeader: boolean;
  isCivilServant: boolean;
  joinedOn: string | null;
  leftOn: string | null;
}

const rollPerson = {
  id: people.id,
  name: people.name,
  orgId: people.orgId,
  post: people.post,
  isLeader: people.isLeader,
  isCivilServant: people.isCivilServant,
  joinedOn: people.joinedOn,
  leftOn: people.leftOn,
};

/** The township's cadre roll (live rows), by name. */
export async function peopleOfTownship(db: DbOrTx, townshipId: string): Promise<RollPerson[]> {
  return db
    .select(rollPerson)
    .from(people)
    .where(and(eq(people.townshipId, townshipId), isNull(people.deletedAt)))
    .orderBy(asc(people.name));
}

/** The live cadres of that township among `ids` (a missing one is simply absent). */
export async function peopleByIds(db: DbOrTx, townshipId: string, ids: string[]): Promise<RollPerson[]> {
  if (ids.length === 0) return [];
  return db
    .select(rollPerson)
    .from(people)
    .where(and(eq(people.townshipId, townshipId), isNull(people.deletedAt), inArray(people.id, ids)));
}

/** How many cadres each org has on the roll on a day: joined on or before it (or no date) and not left by then. */
export async function cadresOnRollByOrg(db: DbOrTx, orgIds: string[], onDate: string): Promise<Map<string, number>> {
  if (orgIds.length === 0) return new Map();
  const rows = await db
    .select({ orgId: people.orgId, n: count() })
    .from(people)
    .where(
      and(
        inArray(people.orgId, orgIds),
        isNull(people.deletedAt),
        or(isNull(people.joinedOn), lte(people.joinedOn, onDate)),
        or(isNull(people.leftOn), gt(people.leftOn, onDate)),
      ),
    )
    .groupBy(people.orgId);
  return new Map(rows.map((r) => [r.orgId, r.n]));
}

/**
 * A column named with its table: Drizzle renders a column of a single-table select unqualified,
 * which inside a subquery could bind to the subquery's own table.
 */
function qualified(column: PgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/**
 * The cadre roll with each cadre's org (its name and place in the tree), for another module's list to
 * join on its `personId` — one join, as if it had joined people and orgs itself, without touching
 * organisation's tables: `.innerJoin(cadresWithOrg, eq(cadresWithOrg.personId, x.personId))`, then order
 * by `cadresWithOrg.orgPath` and `cadresWithOrg.personName` as the tree does.
 */
export const cadresWithOrg = new QueryBuilder()
  .select({
    personId: people.id,
    personName: sql<string>`${people.name}`.as('person_name'),
    orgId: people.orgId,
    orgName: sql<string | null>`${orgs.name}`.as('org_name'),
    orgPath: sql<string | null>`${orgs.path}`.as('org_path'),
  })
  .from(people)
  .leftJoin(orgs, eq(orgs.id, people.orgId))
  .as('cadres_with_org');

/** The name of the cadre a record names (its `personId` column), as a column of another module's query. */
export function personNameOf(personIdColumn: PgColumn): SQL<string> {
  return sql<string>`(select p.name from people p where p.id = ${qualified(personIdColumn)})`;
}

/** A subquery of every live township's id (`select id`), for a seeder that fills each township in one statement. */
export function liveTownshipIdsSql(): SQL {
  return sql`select o.id from orgs o where o.kind = 'township' and o.deleted_at is null`;
}

/** A live township as the public site names it: by its division code (/gk/<code>/). */
export interface PublicTownshipRow {
  id: string;
  name: string;
  divisionCode: string | null;
  isDemo: boolean;
}

const publicTownship = { id: orgs.id, name: orgs.name, divisionCode: orgs.divisionCode, isDemo: orgs.isDemo };

/** The live township with that division code, or null. */
export async function townshipByDivisionCode(db: DbOrTx, divisionCode: string): Promise<PublicTownshipRow | null> {
  const rows = await db
    .select(publicTownship)
    .from(orgs)
    .where(and(eq(orgs.divisionCode, divisionCode), eq(orgs.kind, 'township'), isNull(orgs.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

/** Every live township, by division code (the public site's index). */
export async function liveTownships(db: DbOrTx): Promise<PublicTownshipRow[]> {
  return db
    .select(publicTownship)
    .from(orgs)
    .where(and(eq(orgs.kind, 'township'), isNull(orgs.deletedAt)))
    .orderBy(asc(orgs.divisionCode));
}

/** A column naming the org another table's column points to (null when none), for a list query of one's own. */
export function orgNameOf(orgIdColumn: PgColumn): SQL<string | null> {
  return sql<string | null>`(select o.name from orgs o where o.id = ${qualified(orgIdColumn)})`;
}

/** A column with the display name of the account another table's column points to (null when none). */
export function userNameOf(userIdColumn: PgColumn): SQL<string | null> {
  return sql<string | null>`(select u.display_name from users u where u.id = ${qualified(userIdColumn)})`;
}

/** The accounts among `ids` that are live and active (may still receive a notification). */
export async function activeUserIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.isActive, true), isNull(users.deletedAt)));
  return new Set(rows.map((u) => u.id));
}

/** The live, active township administrators (built-in role) of each township. */
export async function townshipAdminIds(db: DbOrTx, townshipIds: string[]): Promise<Map<string, string[]>> {
  const admins = new Map<string, string[]>();
  if (townshipIds.length === 0) return admins;
  const rows = await db
    .selectDistinct({ id: users.id, townshipId: users.townshipId })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(
      and(
        eq(roles.code, 'townshipAdmin'),
        isNull(roles.townshipId),
        isNull(roles.deletedAt),
        inArray(users.townshipId, townshipIds),
        eq(users.isActive, true),
        isNull(users.deletedAt),
      ),
    );
  for (const a of rows) if (a.townshipId) admins.set(a.townshipId, [...(admins.get(a.townshipId) ?? []), a.id]);
  return admins;
}

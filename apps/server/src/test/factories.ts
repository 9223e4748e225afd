import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { orgs, roles, userRoles, users } from '../modules/organisation/tables.ts';
import { hashPassword } from '../platform/auth/password.ts';
import type { Db } from '../platform/db/client.ts';
import { SYSTEM_ACTOR } from '../platform/audit/write-audit.ts';
import { runTownshipSeeders } from '../platform/township-seeders.ts';

export const TEST_PASSWORD = 'Test-Passw0rd';
let passwordHash: Promise<string> | null = null;

export interface TownshipFixture {
  countyId: string;
  townshipId: string;
  /** 12 digits: the township's public site is /gk/<divisionCode>/. */
  divisionCode: string;
  departmentIds: [string, string];
  villageIds: [string, string];
}

/** A township with two departments and two villages, made directly (no division data needed). */
export async function makeTownship(
  db: Db,
  name = `测试乡${crypto.randomBytes(2).toString('hex')}`,
  countyId?: string,
): Promise<TownshipFixture> {
  return db.transaction(async (tx) => {
    let county = countyId;
    let countyPath: string;
    if (!county) {
      county = crypto.randomUUID();
      countyPath = `/${county}/`;
      await tx.insert(orgs).values({ id: county, townshipId: null, parentId: null, kind: 'county', name: '测试县', path: countyPath });
    } else {
      countyPath = `/${county}/`;
    }
    const townshipId = crypto.randomUUID();
    const tPath = `${countyPath}${townshipId}/`;
    // A division code of the 99 range (no real province), so public pages (/gk/<code>/) can be reached.
    const divisionCode = `99${String(crypto.randomInt(0, 1e9)).padStart(10, '0')}`;
    await tx.insert(orgs).values({ id: townshipId, townshipId, parentId: county, kind: 'township', name, path: tPath, divisionCode });
    const child = (kind: 'department' | 'village', childName: string) => {
      const id = crypto.randomUUID();
      return { id, townshipId, parentId: townshipId, kind, name: childName, path: `${tPath}${id}/` };
    };
    const d1 = child('department', '司法所');
    const d2 = child('department', '党政综合办公室');
    const v1 = child('village', '东村');
    const v2 = child('village', '西村');
    await tx.insert(orgs).values([d1, d2, v1, v2]);
    await runTownshipSeeders(tx, townshipId, SYSTEM_ACTOR);
    return { countyId: county, townshipId, divisionCode, departmentIds: [d1.id, d2.id], villageIds: [v1.id, v2.id] };
  });
}

/** A user holding one built-in role (by code), ready to sign in with TEST_PASSWORD. */
export async function makeUser(
  db: Db,
  roleCode: string,
  orgId: string | null,
  townshipId: string | null,
  username = `u${crypto.randomBytes(4).toString('hex')}`,
): Promise<{ id: string; username: string }> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [role] = await db
    .select()
    .from(roles)
    .where(and(eq(roles.code, roleCode), isNull(roles.townshipId)));
  if (!role) throw new Error(`no role ${roleCode}`);
  const [user] = await db
    .insert(users)
    .values({
      username,
      displayName: `测试${roleCode}`,
      townshipId,
      orgId,
      passwordHash: await passwordHash,
      mustChangePassword: false,
    })
    .returning();
  await db.insert(userRoles).values({ userId: user!.id, roleId: role.id });
  return { id: user!.id, username };
}

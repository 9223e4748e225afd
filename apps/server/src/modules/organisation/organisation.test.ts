import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { walkPages } from '../../test/walk-pages.ts';
import { orgs, people } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client; // township admin of A
let adminB: Client; // township admin of B
let sysAdmin: Client;
let village1: Client; // village cadre of A's first village
let staff: Client; // office staff of A's first department
let county: Client; // county reviewer over A and B

const VALID_ID = '11010519491231002X';

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  const mk = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  admin = await mk('townshipAdmin', a.townshipId, a.townshipId);
  adminB = await mk('townshipAdmin', b.townshipId, b.townshipId);
  sysAdmin = await mk('systemAdmin', null, null);
  village1 = await mk('villageCadre', a.villageIds[0], a.townshipId);
  staff = await mk('officeStaff', a.departmentIds[0], a.townshipId);
  county = await mk('countyReviewer', a.countyId, null);
});
afterAll(() => t.close());

async function addPerson(client: Client, orgId: string, extra: Record<string, unknown> = {}) {
  const res = await client.post('/api/people', { orgId, name: '测试干部', ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('people', () => {
  it('encrypts personal data at rest and masks it in lists', async () => {
    const id = await addPerson(admin, a.departmentIds[0], { phone: '13912345678', idNumber: VALID_ID });
    const [row] = await t.ctx.db.select().from(people).where(eq(people.id, id));
    expect(row!.phoneEnc).not.toContain('13912345678');
    expect(row!.idNumberEnc).not.toContain(VALID_ID);
    const list = await admin.get(`/api/people?orgId=${a.departmentIds[0]}`);
    const item = list.json().items.find((p: { id: string }) => p.id === id);
    expect(item.phone).toBe('139****5678');
    expect(item.idNumber).toBe('1101**********002X');
    expect(item.isMasked).toBe(true);
  });

  it('shows personal data unmasked only with the permission, and audits the view', async () => {
    const id = await addPerson(admin, a.departmentIds[0], { phone: '13912345679' });
    expect((await staff.get(`/api/people/${id}?unmasked=true`)).statusCode).toBe(403);
    const res = await admin.get(`/api/people/${id}?unmasked=true`);
    expect(res.json().phone).toBe('13912345679');
    const views = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(views.map((v) => v.action)).toContain('org.person.view-personal');
    // The audit log itself never holds the clear number.
    expect(JSON.stringify(views)).not.toContain('13912345679');
  });

  it('rejects a wrong ID check digit, unknown fields and script fragments with 400 codes', async () => {
    const bad = await admin.post('/api/people', { orgId: a.departmentIds[0], name: '张三', idNumber: '110105194912310021' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect(bad.json().invalidParams[0].name).toBe('body.idNumber');
    const unknown = await admin.post('/api/people', { orgId: a.departmentIds[0], name: '张三', salary: 1 });
    expect(unknown.json().code).toBe('REQUEST.VALIDATION_FAILED');
    const notJson = await admin.request({
      method: 'POST',
      url: '/api/people',
      payload: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().code).toBe('REQUEST.INVALID_JSON');
    const wrongType = await admin.post('/api/people', { orgId: a.departmentIds[0], name: 42 });
    expect(wrongType.json().code).toBe('REQUEST.VALIDATION_FAILED');
    const badId = await admin.get('/api/people/not-a-uuid');
    expect(badId.statusCode).toBe(400);
    // Text that looks like SQL or script is stored as text, harmlessly.
    const id = await addPerson(admin, a.departmentIds[0], { name: "王'); drop table people;--<script>" });
    expect((await admin.get(`/api/people/${id}`)).json().name).toBe("王'); drop table people;--<script>");
  });

  it('refuses an oversized body with 413', async () => {
    const res = await admin.post('/api/people', { orgId: a.departmentIds[0], name: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('REQUEST.BODY_TOO_LARGE');
  });

  it("answers 404 for another township's person, and writes nothing", async () => {
    const idB = await addPerson(adminB, b.departmentIds[0]);
    expect((await admin.get(`/api/people/${idB}`)).statusCode).toBe(404);
    const patch = await admin.patch(`/api/people/${idB}`, { name: '篡改', version: 1 });
    expect(patch.statusCode).toBe(404);
    expect((await admin.delete(`/api/people/${idB}`)).statusCode).toBe(404);
    // Creating into a foreign org is not found either.
    expect((await admin.post('/api/people', { orgId: b.departmentIds[0], name: '越权' })).statusCode).toBe(404);
    const [row] = await t.ctx.db.select().from(people).where(eq(people.id, idB));
    expect(row!.name).toBe('测试干部');
    expect(row!.deletedAt).toBeNull();
  });

  it('keeps a village cadre to their own village', async () => {
    const mine = await addPerson(admin, a.villageIds[0]);
    const other = await addPerson(admin, a.villageIds[1]);
    const list = await village1.get('/api/people?pageSize=200');
    const ids = list.json().items.map((p: { id: string }) => p.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(other);
    expect((await village1.get(`/api/people/${other}`)).statusCode).toBe(404);
  });

  it('lets the county reviewer read all its townships and change nothing', async () => {
    const idB = await addPerson(adminB, b.departmentIds[0]);
    expect((await county.get(`/api/people/${idB}`)).statusCode).toBe(200);
    const res = await county.post('/api/people', { orgId: b.departmentIds[0], name: '县里' });
    expect(res.statusCode).toBe(403);
  });

  it('detects a stale version as a conflict', async () => {
    const id = await addPerson(admin, a.departmentIds[0]);
    expect((await admin.patch(`/api/people/${id}`, { post: '所长', version: 1 })).statusCode).toBe(200);
    const stale = await admin.patch(`/api/people/${id}`, { post: '副所长', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('REQUEST.CONFLICT');
  });

  it('soft-deletes and audits', async () => {
    const id = await addPerson(admin, a.departmentIds[0]);
    expect((await admin.delete(`/api/people/${id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/people/${id}`)).statusCode).toBe(404);
    const [row] = await t.ctx.db.select().from(people).where(eq(people.id, id));
    expect(row!.deletedAt).not.toBeNull();
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entries.map((e) => e.action)).toEqual(['org.person.create', 'org.person.delete']);
  });
});

describe('org tree', () => {
  it('adds, renames, moves and deletes nodes inside the township', async () => {
    const created = await admin.post('/api/orgs', { parentId: a.townshipId, kind: 'department', name: '退役军人服务站' });
    expect(created.statusCode).toBe(201);
    const dept = created.json();
    const renamed = await admin.patch(`/api/orgs/${dept.id}`, { name: '退役军人服务站（新）', version: dept.version });
    expect(renamed.json().name).toBe('退役军人服务站（新）');
    const moved = await admin.patch(`/api/orgs/${dept.id}`, { parentId: a.departmentIds[1], version: renamed.json().version });
    expect(moved.statusCode).toBe(200);
    const [row] = await t.ctx.db.select().from(orgs).where(eq(orgs.id, dept.id));
    expect(row!.path).toContain(`/${a.departmentIds[1]}/${dept.id}/`);
    // A node cannot move under its own descendant.
    const [parent] = await t.ctx.db.select().from(orgs).where(eq(orgs.id, a.departmentIds[1]));
    const loop = await admin.patch(`/api/orgs/${a.departmentIds[1]}`, { parentId: dept.id, version: parent!.version });
    expect(loop.json().code).toBe('ORG.INVALID_PARENT');
    // Nor into another township.
    const foreign = await admin.patch(`/api/orgs/${dept.id}`, { parentId: b.townshipId, version: moved.json().version });
    expect(foreign.statusCode).toBe(400);
    // A parent with children cannot be deleted; a leaf can.
    expect((await admin.delete(`/api/orgs/${a.departmentIds[1]}`)).json().code).toBe('ORG.HAS_CHILDREN');
    expect((await admin.delete(`/api/orgs/${dept.id}`)).statusCode).toBe(200);
  });

  it("cannot touch another township's nodes", async () => {
    const res = await admin.patch(`/api/orgs/${b.departmentIds[0]}`, { name: 'x', version: 1 });
    expect(res.statusCode).toBe(404);
    expect((await admin.post('/api/orgs', { parentId: b.townshipId, kind: 'village', name: 'x' })).statusCode).toBe(400);
  });

  it('lists only the caller\u2019s township tree', async () => {
    const list = (await admin.get('/api/orgs')).json() as { id: string; townshipId: string | null }[];
    expect(list.every((o) => o.townshipId === a.townshipId)).toBe(true);
    const countyList = (await county.get('/api/orgs')).json() as { id: string }[];
    expect(countyList.map((o) => o.id)).toEqual(expect.arrayContaining([a.townshipId, b.townshipId, a.countyId]));
  });
});

describe('townships from division codes', () => {
  it('creates a township with its villages and communities, once', async () => {
    const res = await sysAdmin.post('/api/townships', { divisionCode: '430903101000' });
    expect(res.statusCode, res.body).toBe(201);
    const tree = (await sysAdmin.get(`/api/orgs?townshipId=${res.json().id}`)).json() as { kind: string; name: string }[];
    expect(tree.find((o) => o.kind === 'township')?.name).toBe('八字哨镇');
    expect(tree.filter((o) => o.kind === 'village' || o.kind === 'community')).toHaveLength(7);
    expect(tree.filter((o) => o.kind === 'department').length).toBeGreaterThan(3);
    const again = await sysAdmin.post('/api/townships', { divisionCode: '430903101000' });
    expect(again.json().code).toBe('ORG.TOWNSHIP_EXISTS');
    // A second township of the same county shares the county node.
    const second = await sysAdmin.post('/api/townships', { divisionCode: '430903209' });
    expect(second.json().parentId).toBe(res.json().parentId);
  });

  it('rejects an unknown code and is closed to township administrators', async () => {
    expect((await sysAdmin.post('/api/townships', { divisionCode: '999999999999' })).json().code).toBe('ORG.DIVISION_NOT_FOUND');
    expect((await sysAdmin.post('/api/townships', { divisionCode: 'abc' })).statusCode).toBe(400);
    expect((await admin.post('/api/townships', { divisionCode: '430903103000' })).statusCode).toBe(403);
  });
});

describe('users and roles', () => {
  const userBody = (orgId: string, roleIds: string[], username: string) => ({
    username,
    displayName: '新用户',
    orgId,
    roleIds,
    initialPassword: 'Init-Pass-1',
  });
  const roleId = async (client: Client, code: string) =>
    ((await client.get('/api/roles')).json() as { id: string; code: string }[]).find((r) => r.code === code)!.id;

  it('creates a user who must change the initial password', async () => {
    const res = await admin.post('/api/users', userBody(a.villageIds[1], [await roleId(admin, 'villageCadre')], 'west-village'));
    expect(res.statusCode, res.body).toBe(201);
    const client = await login(t.app, 'west-village', 'Init-Pass-1');
    expect((await client.get('/api/people')).json().code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    const dup = await admin.post('/api/users', userBody(a.villageIds[1], [await roleId(admin, 'villageCadre')], 'WEST-village'));
    expect(dup.json().code).toBe('USER.USERNAME_TAKEN');
  });

  it('keeps system roles to the system administrator and weak passwords out', async () => {
    const res = await admin.post('/api/users', userBody(a.townshipId, [await roleId(admin, 'systemAdmin')], 'sneaky'));
    expect(res.statusCode).toBe(400);
    const weak = await admin.post('/api/users', {
      ...userBody(a.townshipId, [await roleId(admin, 'leader')], 'weakling'),
      initialPassword: 'password',
    });
    expect(weak.json().code).toBe('AUTH.PASSWORD_TOO_WEAK');
  });

  it('disabling a user ends their sessions', async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
    const client = await login(t.app, u.username, TEST_PASSWORD);
    const detail = (await admin.get(`/api/users/${u.id}`)).json();
    expect((await admin.patch(`/api/users/${u.id}`, { isActive: false, version: detail.version })).statusCode).toBe(200);
    expect((await client.get('/api/people')).statusCode).toBe(401);
  });

  it('builds a custom role from the catalogue with a data scope', async () => {
    const res = await admin.post('/api/roles', {
      code: 'archivist',
      name: '档案员',
      dataScope: 'org',
      permissions: ['org:person:read', 'org:org:read'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const bad = await admin.post('/api/roles', { code: 'bad', name: '坏', dataScope: 'org', permissions: ['org:nuke:all'] });
    expect(bad.statusCode).toBe(400);
    const builtin = await roleId(admin, 'leader');
    expect((await admin.patch(`/api/roles/${builtin}`, { name: 'x', version: 1 })).json().code).toBe('ROLE.BUILTIN_READONLY');
    // B's admin does not see A's custom role.
    const bRoles = (await adminB.get('/api/roles')).json() as { code: string }[];
    expect(bRoles.map((r) => r.code)).not.toContain('archivist');
  });

  it('gives a role a code when the clerk names it only in Chinese (customRole1, customRole2)', async () => {
    const first = await admin.post('/api/roles', { name: '信息公开专员', dataScope: 'org', permissions: ['org:org:read'] });
    expect(first.statusCode, first.body).toBe(201);
    const second = await admin.post('/api/roles', { name: '普法联络员', dataScope: 'org', permissions: ['org:org:read'] });
    expect(second.statusCode, second.body).toBe(201);
    const mine = (await admin.get('/api/roles')).json() as { code: string; name: string }[];
    expect(mine.find((r) => r.name === '信息公开专员')?.code).toBe('customRole1');
    expect(mine.find((r) => r.name === '普法联络员')?.code).toBe('customRole2');
  });
});

describe('counts in lists', () => {
  it('counts the users holding each role and flags cadres with an account', async () => {
    const before = (await admin.get('/api/roles')).json().find((r: { code: string }) => r.code === 'villageCadre').userCount as number;
    const personId = await addPerson(admin, a.villageIds[1]);
    const roleId = ((await admin.get('/api/roles')).json() as { id: string; code: string }[]).find((r) => r.code === 'villageCadre')!.id;
    const res = await admin.post('/api/users', {
      username: `vc${Date.now()}`,
      displayName: '村干部',
      orgId: a.villageIds[1],
      personId,
      roleIds: [roleId],
      initialPassword: 'Init-Pass-1',
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = (await admin.get('/api/roles')).json().find((r: { code: string }) => r.code === 'villageCadre').userCount as number;
    expect(after).toBe(before + 1);
    const person = (await admin.get(`/api/people/${personId}`)).json();
    expect(person.hasUser).toBe(true);
    const other = await addPerson(admin, a.villageIds[1]);
    expect((await admin.get(`/api/people/${other}`)).json().hasUser).toBe(false);
  });
});

describe('accounts list', () => {
  type ListedUser = {
    id: string;
    username: string;
    townshipId: string;
    orgId: string | null;
    orgName: string | null;
    roles: { code: string }[];
  };

  it('pages the township\u2019s accounts by username with their roles and org, and never a secret', async () => {
    const { items, totals } = await walkPages<ListedUser>(admin, '/api/users?pageSize=2');
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.every((u) => u.townshipId === a.townshipId)).toBe(true);
    const names = items.map((u) => u.username);
    expect(names).toEqual([...names].sort());
    expect(new Set(items.map((u) => u.id)).size).toBe(items.length);
    expect(totals[0]).toEqual({ count: items.length, isCapped: false });
    expect(totals.slice(1).every((t) => t === null)).toBe(true);
    const cadre = items.find((u) => u.orgId === a.villageIds[0])!;
    expect(cadre.roles.map((r) => r.code)).toEqual(['villageCadre']);
    expect(cadre.orgName).toBeTruthy();
    const body = JSON.stringify(items);
    for (const secret of ['passwordHash', 'password_hash', 'totpSecret', '$argon2', '$scrypt']) expect(body).not.toContain(secret);
  });

  it('filters by name and by org, and shows the system administrator every township', async () => {
    const all = (await admin.get('/api/users?pageSize=100')).json().items as ListedUser[];
    const one = all.find((u) => u.orgId === a.villageIds[0])!;
    const byName = (await admin.get(`/api/users?q=${one.username.slice(1, 6)}`)).json().items as ListedUser[];
    expect(byName.map((u) => u.id)).toContain(one.id);
    expect(byName.every((u) => u.username.includes(one.username.slice(1, 6)))).toBe(true);
    const byOrg = (await admin.get(`/api/users?orgId=${a.villageIds[0]}`)).json().items as ListedUser[];
    expect(byOrg.length).toBeGreaterThan(0);
    expect(byOrg.every((u) => u.orgId === a.villageIds[0])).toBe(true);
    const everyone = await walkPages<ListedUser>(sysAdmin, '/api/users?pageSize=50');
    const townships = new Set(everyone.items.map((u) => u.townshipId));
    expect(townships.has(a.townshipId) && townships.has(b.townshipId)).toBe(true);
    expect((await county.get('/api/users')).statusCode).toBe(403);
  });

  it('flags in the cadre list who has an account', async () => {
    const name = `有号${Date.now() % 100000}`;
    const personId = await addPerson(admin, a.villageIds[0], { name });
    const roleId = ((await admin.get('/api/roles')).json() as { id: string; code: string }[]).find((r) => r.code === 'villageCadre')!.id;
    const listed = async () =>
      ((await admin.get(`/api/people?q=${encodeURIComponent(name)}`)).json().items as { id: string; hasUser: boolean }[])[0]!;
    expect((await listed()).hasUser).toBe(false);
    const res = await admin.post('/api/users', {
      username: `hu${Date.now()}`,
      displayName: name,
      orgId: a.villageIds[0],
      personId,
      roleIds: [roleId],
      initialPassword: 'Init-Pass-1',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await listed()).hasUser).toBe(true);
  });
});

import type { Org, Person, Role, User } from '@yifa/domain/organisation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import {
  findOrgInTownship,
  liveTownships,
  orgsOfTownship,
  peopleByIds,
  peopleOfTownship,
  townshipByDivisionCode,
  townshipOf,
} from './index.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client; // township admin of A
let adminB: Client;
let sysAdmin: Client;
let leader: Client; // reads everything of A, may see personal data, writes nothing here
let county: Client;
let adminId: string;
let personA: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  const mk = async (role: string, orgId: string | null, townshipId: string | null) => {
    const user = await makeUser(t.ctx.db, role, orgId, townshipId);
    return { id: user.id as string, client: await login(t.app, user.username, TEST_PASSWORD) };
  };
  const adm = await mk('townshipAdmin', a.townshipId, a.townshipId);
  admin = adm.client;
  adminId = adm.id;
  adminB = (await mk('townshipAdmin', b.townshipId, b.townshipId)).client;
  sysAdmin = (await mk('systemAdmin', null, null)).client;
  leader = (await mk('leader', a.townshipId, a.townshipId)).client;
  county = (await mk('countyReviewer', a.countyId, null)).client;
  const res = await admin.post('/api/people', { orgId: a.departmentIds[0], name: '能力测试', phone: '13800138000' });
  expect(res.statusCode, res.body).toBe(201);
  personA = res.json().id;
});
afterAll(() => t.close());

const node = (list: Org[], id: string) => list.find((o) => o.id === id)!.abilities;

describe('org abilities (organisation/policy.ts)', () => {
  it('lets a township admin change offices and villages, and add under the township, but not change the township node', async () => {
    const list = (await admin.get('/api/orgs')).json() as Org[];
    expect(node(list, a.townshipId)).toEqual({ addChild: true, update: false, move: false, delete: false });
    expect(node(list, a.departmentIds[0])).toEqual({ addChild: true, update: true, move: true, delete: true });
    expect(node(list, a.villageIds[0])).toEqual({ addChild: false, update: true, move: true, delete: true });
  });

  it('refuses what the abilities refuse: 403 on a visible node, 404 on another township’s', async () => {
    expect((await admin.delete(`/api/orgs/${a.townshipId}`)).json().code).toBe('AUTH.FORBIDDEN');
    expect((await admin.post('/api/orgs', { parentId: a.villageIds[0], kind: 'department', name: '村下站所' })).statusCode).toBe(400);
    expect((await admin.delete(`/api/orgs/${b.departmentIds[0]}`)).statusCode).toBe(404);
  });

  it('lets the system administrator rename a township node, and a county reviewer nothing', async () => {
    expect(node((await sysAdmin.get(`/api/orgs?townshipId=${a.townshipId}`)).json() as Org[], a.townshipId).update).toBe(true);
    const seen = (await county.get('/api/orgs')).json() as Org[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((o) => Object.values(o.abilities).every((v) => v === false))).toBe(true);
  });

  it('answers the one township rule on ?townshipId=: another township 404', async () => {
    expect((await admin.get(`/api/orgs?townshipId=${b.townshipId}`)).statusCode).toBe(404);
  });
});

describe('person, account and role abilities', () => {
  it('gives each cadre row edit, delete and view-personal as the caller may', async () => {
    const mine = (await admin.get(`/api/people/${personA}`)).json() as Person;
    expect(mine.abilities).toEqual({ update: true, delete: true, viewPersonal: true });
    const asLeader = (await leader.get(`/api/people/${personA}`)).json() as Person;
    expect(asLeader.abilities).toEqual({ update: false, delete: false, viewPersonal: true });
    const rows = (await county.get('/api/people')).json().items as Person[];
    expect(rows.find((p) => p.id === personA)?.abilities.update).toBe(false);
  });

  it('never offers to deactivate or delete one’s own account', async () => {
    const self = (await admin.get(`/api/users/${adminId}`)).json() as User;
    expect(self.abilities).toEqual({ update: true, deactivate: false, resetPassword: true, delete: false });
  });

  it('keeps built-in roles read-only and a custom role changeable in its own township only', async () => {
    const created = await admin.post('/api/roles', { name: '能力测试角色', dataScope: 'org', permissions: ['org:org:read'] });
    expect(created.statusCode, created.body).toBe(201);
    const roles = (await admin.get('/api/roles')).json() as Role[];
    expect(roles.find((r) => r.code === 'leader')!.abilities).toEqual({ update: false, delete: false });
    expect(roles.find((r) => r.id === created.json().id)!.abilities).toEqual({ update: true, delete: true });
    expect((await adminB.patch(`/api/roles/${created.json().id}`, { name: 'x', version: 1 })).statusCode).toBe(404);
  });

  it('makes a custom role for a named township when the system administrator asks (?townshipId=), 400 without one', async () => {
    const body = { name: '系统管理员建的角色', dataScope: 'org', permissions: ['org:org:read'] };
    expect((await sysAdmin.post('/api/roles', body)).json().invalidParams?.[0]?.name).toBe('querystring.townshipId');
    expect((await sysAdmin.post(`/api/roles?townshipId=${b.townshipId}`, body)).statusCode).toBe(201);
  });
});

describe('read API (organisation/index.ts, adr/0004)', () => {
  it('answers other modules about orgs, townships and cadres, one township at a time', async () => {
    const tree = await orgsOfTownship(t.ctx.db, a.townshipId);
    expect(tree.map((o) => o.id)).toEqual(expect.arrayContaining([a.townshipId, ...a.departmentIds, ...a.villageIds]));
    expect(tree.some((o) => o.townshipId !== a.townshipId)).toBe(false);
    expect((await orgsOfTownship(t.ctx.db, a.townshipId, { kinds: ['village'] })).map((o) => o.id).sort()).toEqual(
      [...a.villageIds].sort(),
    );
    expect(await findOrgInTownship(t.ctx.db, b.departmentIds[0]!, a.townshipId)).toBeNull();
    expect((await findOrgInTownship(t.ctx.db, a.departmentIds[0]!, a.townshipId))?.kind).toBe('department');
    expect(await findOrgInTownship(t.ctx.db, a.countyId, a.townshipId)).toBeNull();
    expect((await townshipOf(t.ctx.db, a.townshipId))?.divisionCode).toBe(a.divisionCode);
    expect(await townshipOf(t.ctx.db, a.departmentIds[0]!)).toBeNull();
    expect((await townshipByDivisionCode(t.ctx.db, a.divisionCode))?.id).toBe(a.townshipId);
    expect((await liveTownships(t.ctx.db)).map((x) => x.id)).toEqual(expect.arrayContaining([a.townshipId, b.townshipId]));
    expect((await peopleOfTownship(t.ctx.db, a.townshipId)).map((p) => p.id)).toContain(personA);
    expect(await peopleByIds(t.ctx.db, b.townshipId, [personA])).toEqual([]);
    const [person] = await peopleByIds(t.ctx.db, a.townshipId, [personA]);
    // No personal data crosses the boundary.
    expect(Object.keys(person!).sort()).toEqual(['id', 'isCivilServant', 'isLeader', 'joinedOn', 'leftOn', 'name', 'orgId', 'post']);
  });
});

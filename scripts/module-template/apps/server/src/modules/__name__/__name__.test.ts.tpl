import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';

const URL = '/api/__name__/records';
let t: TestApp;
let a: TownshipFixture;
let admin: Client; // township administrator of A
let adminB: Client; // township administrator of B
let village: Client; // village cadre of A: no permission of this module
let county: Client; // county reviewer over A and B: reads, never writes

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  const b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  const mk = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  admin = await mk('townshipAdmin', a.townshipId, a.townshipId);
  adminB = await mk('townshipAdmin', b.townshipId, b.townshipId);
  village = await mk('villageCadre', a.villageIds[0], a.townshipId);
  county = await mk('countyReviewer', a.countyId, null);
});
afterAll(() => t.close());

async function create(title = '第一条记录'): Promise<string> {
  const res = await admin.post(URL, { title });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('__name__ records', () => {
  it('answers 401 without a session and 403 without the permission', async () => {
    expect((await t.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
    const refused = await village.post(URL, { title: '甲' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('AUTH.FORBIDDEN');
  });

  it('refuses a bad body with 400 and the field, in Chinese', async () => {
    const res = await admin.post(URL, { title: '   ', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('creates, lists, changes and deletes a record, each audited, with the abilities the web draws', async () => {
    const id = await create();
    const list = (await admin.get(URL)).json();
    expect(list.canCreate).toBe(true);
    expect(list.items.find((r: { id: string }) => r.id === id)?.abilities).toEqual({ update: true, delete: true });
    const detail = (await admin.get(`${URL}/${id}`)).json();
    expect(detail.title).toBe('第一条记录');
    const stale = await admin.patch(`${URL}/${id}`, { title: '改', version: detail.version + 1 });
    expect(stale.statusCode).toBe(409);
    const changed = await admin.patch(`${URL}/${id}`, { title: '改过的记录', notes: '备注', version: detail.version });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ title: '改过的记录', notes: '备注', version: detail.version + 1 });
    expect((await admin.delete(`${URL}/${id}`)).json()).toEqual({ ok: true });
    expect((await admin.get(`${URL}/${id}`)).statusCode).toBe(404);
    const audit = await t.ctx.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((e) => e.action).sort()).toEqual(['__name__.record.create', '__name__.record.delete', '__name__.record.update']);
  });

  it('hides another township’s record (404) and lets a county reviewer read but not change (403)', async () => {
    const id = await create('乙乡看不到');
    expect((await adminB.get(`${URL}/${id}`)).statusCode).toBe(404);
    expect((await adminB.patch(`${URL}/${id}`, { title: '改', version: 1 })).statusCode).toBe(404);
    const read = await county.get(`${URL}/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ update: false, delete: false });
    const list = (await county.get(`${URL}?townshipId=${a.townshipId}`)).json();
    expect(list.canCreate).toBe(false);
    expect((await county.get(URL)).statusCode).toBe(400);
    expect((await county.patch(`${URL}/${id}`, { title: '改', version: 1 })).statusCode).toBe(403);
    expect((await county.post(`${URL}?townshipId=${a.townshipId}`, { title: '甲' })).statusCode).toBe(403);
  });

  it('pages by cursor, newest first, with the total on the first page', async () => {
    const ids = [await create('第一'), await create('第二'), await create('第三')];
    const first = (await admin.get(`${URL}?pageSize=2`)).json();
    expect(first.total.count).toBeGreaterThanOrEqual(3);
    expect(first.items.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([ids[2], ids[1]]);
    const next = (await admin.get(`${URL}?pageSize=2&after=${first.nextCursor}`)).json();
    expect(next.total).toBeNull();
    expect(next.items[0].id).toBe(ids[0]);
    expect((await admin.get(`${URL}?after=bad`)).statusCode).toBe(400);
  });
});

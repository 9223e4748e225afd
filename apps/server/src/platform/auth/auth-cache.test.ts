import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type TestApp } from '../../test/harness.ts';
import { onAuditWritten } from '../audit/write-audit.ts';
import { AuthCache } from './auth-cache.ts';

let t: TestApp;
let f: TownshipFixture;
let unsubscribe: () => void;

beforeAll(async () => {
  t = await createTestApp();
  // The app as main.ts builds it: a cache that any audited change clears.
  t.ctx.authCache = new AuthCache(60_000);
  unsubscribe = onAuditWritten(() => t.ctx.authCache?.clear());
  f = await makeTownship(t.ctx.db);
});
afterAll(async () => {
  unsubscribe();
  await t.close();
});

describe('the auth cache', () => {
  it('ends a disabled user\u2019s session at once when the change goes through the app', async () => {
    const admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', f.townshipId, f.townshipId)).username, TEST_PASSWORD);
    const u = await makeUser(t.ctx.db, 'officeStaff', f.departmentIds[0], f.townshipId);
    const client = await login(t.app, u.username, TEST_PASSWORD);
    expect((await client.get('/api/people')).statusCode).toBe(200); // now cached
    const { version } = (await admin.get(`/api/users/${u.id}`)).json();
    expect((await admin.patch(`/api/users/${u.id}`, { isActive: false, version })).statusCode).toBe(200);
    expect((await client.get('/api/people')).statusCode).toBe(401);
  });

  it('takes away a permission at once when a role changes', async () => {
    const admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', f.townshipId, f.townshipId)).username, TEST_PASSWORD);
    const role = await admin.post('/api/roles', { code: 'reader', name: '读者', dataScope: 'township', permissions: ['org:person:read'] });
    const u = await makeUser(t.ctx.db, 'officeStaff', f.departmentIds[0], f.townshipId);
    const { version } = (await admin.get(`/api/users/${u.id}`)).json();
    await admin.patch(`/api/users/${u.id}`, { roleIds: [role.json().id], version });
    const client = await login(t.app, u.username, TEST_PASSWORD);
    expect((await client.get('/api/people')).statusCode).toBe(200);
    const detail = (await admin.get('/api/roles')).json().find((r: { code: string }) => r.code === 'reader');
    await admin.patch(`/api/roles/${detail.id}`, { permissions: ['org:org:read'], version: detail.version });
    expect((await client.get('/api/people')).statusCode).toBe(403);
  });

  it('expires entries after its time to live, and is off at 0', () => {
    const off = new AuthCache(0);
    off.set({ tokenHash: 'x', ip: '1' } as never);
    expect(off.get('x')).toBeNull();
    const short = new AuthCache(-1);
    short.set({ tokenHash: 'y', ip: '1' } as never);
    expect(short.get('y')).toBeNull();
  });
});

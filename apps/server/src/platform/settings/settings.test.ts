import { DEFAULT_SETTINGS } from '@yifa/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit/tables.ts';
import { settings } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let sysAdmin: Client;
let adminA: Client; // a township administrator: reads settings, holds platform:settings:write, yet may not change them
let staffA: Client; // no settings permission

const put = (client: Client, payload: unknown) => client.request({ method: 'PUT', url: '/api/settings', payload: payload as object });
const loginReq = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  const as = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  sysAdmin = await as('systemAdmin', null, null);
  adminA = await as('townshipAdmin', a.townshipId, a.townshipId);
  staffA = await as('officeStaff', a.departmentIds[0], a.townshipId);
});
afterAll(() => t.close());

describe('GET /settings', () => {
  it('shows the defaults until changed', async () => {
    const res = await adminA.get('/api/settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(DEFAULT_SETTINGS);
  });

  it('answers 401 and 403', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/settings' })).statusCode).toBe(401);
    const res = await staffA.get('/api/settings');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
  });
});

describe('PUT /settings', () => {
  it('changes a part, audits before and after, drops the cache, and the new lockout count applies to the next login', async () => {
    const invalidate = vi.spyOn(t.ctx.settings, 'invalidate');
    const security = { ...DEFAULT_SETTINGS.security, maxFailedLogins: 3, passwordMinLength: 10 };
    const res = await put(sysAdmin, { security });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...DEFAULT_SETTINGS, security });
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect((await adminA.get('/api/settings')).json().security.maxFailedLogins).toBe(3);

    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'platform.settings.update'));
    expect(entry?.before).toMatchObject({ security: { maxFailedLogins: 5 } });
    expect(entry?.after).toMatchObject({ security: { maxFailedLogins: 3 } });
    expect(entry?.detail).toContain('security.maxFailedLogins: 5 → 3');
    expect(entry?.detail).toContain('security.passwordMinLength: 8 → 10');

    const u = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
    expect((await loginReq(u.username, 'bad')).json().code).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await loginReq(u.username, 'bad')).json().code).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await loginReq(u.username, 'bad')).json().code).toBe('AUTH.ACCOUNT_LOCKED');
    expect((await loginReq(u.username, TEST_PASSWORD)).statusCode).toBe(423);
  });

  it('leaves the part not sent as it was', async () => {
    const res = await put(sysAdmin, { files: { maxUploadMb: 200 } });
    expect(res.json().files.maxUploadMb).toBe(200);
    expect(res.json().security.maxFailedLogins).toBe(3);
    const rows = await t.ctx.db.select().from(settings);
    expect(rows.map((r) => r.key).sort()).toEqual(['files', 'security']);
  });

  it('lets only the system administrator change settings: 401, 403 (a township administrator too), 400', async () => {
    const body = { files: { maxUploadMb: 100 } };
    expect((await t.app.inject({ method: 'PUT', url: '/api/settings', payload: body })).statusCode).toBe(401);
    for (const client of [staffA, adminA]) {
      const res = await put(client, body);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('AUTH.FORBIDDEN');
    }
    for (const bad of [
      {},
      { files: {} },
      { files: { maxUploadMb: 0 } },
      { security: { ...DEFAULT_SETTINGS.security, maxFailedLogins: 1 } },
      { security: { maxFailedLogins: 4 } },
      { files: { maxUploadMb: 10 }, theme: 'dark' },
      { files: { maxUploadMb: 10, extra: 1 } },
    ]) {
      const res = await put(sysAdmin, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
    }
    expect((await sysAdmin.get('/api/settings')).json().files.maxUploadMb).toBe(200);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestApp, login, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit/tables.ts';
import { sessions } from './tables.ts';
import { currentTotpCode } from './use-cases/totp.ts';

let t: TestApp;
let townshipId: string;
let deptId: string;

beforeAll(async () => {
  t = await createTestApp();
  const f = await makeTownship(t.ctx.db);
  townshipId = f.townshipId;
  deptId = f.departmentIds[0];
});
afterAll(() => t.close());

const loginReq = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('login', () => {
  it('signs in, shows the session, and signs out', async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', deptId, townshipId);
    const client = await login(t.app, u.username, TEST_PASSWORD);
    const session = await client.get('/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().permissions).toContain('org:person:read');
    expect(session.json().dataScope).toBe('org');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    const after = await client.get('/api/auth/session');
    expect(after.statusCode).toBe(401);
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.actorId, u.id));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
  });

  it('sets an HttpOnly SameSite=Strict cookie', async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', deptId, townshipId);
    const res = await loginReq(u.username, TEST_PASSWORD);
    const cookie = res.cookies.find((c) => c.name === 'yifa_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
  });

  it('answers a wrong password and an unknown user alike, and logs both', async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', deptId, townshipId);
    const wrong = await loginReq(u.username, 'nope');
    const unknown = await loginReq('no-such-user', 'nope');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('AUTH.INVALID_CREDENTIALS');
    expect(unknown.json().code).toBe('AUTH.INVALID_CREDENTIALS');
    const failures = await t.ctx.db.select().from(auditLog).where(eq(auditLog.isSuccess, false));
    expect(failures.some((f) => f.actorId === u.id)).toBe(true);
    expect(failures.some((f) => f.actorName === 'no-such-user')).toBe(true);
  });

  it('locks the account after five failures, even for the right password', async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', deptId, townshipId);
    for (let i = 0; i < 4; i++) expect((await loginReq(u.username, 'bad')).json().code).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await loginReq(u.username, 'bad')).json().code).toBe('AUTH.ACCOUNT_LOCKED');
    const locked = await loginReq(u.username, TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, u.id));
    expect(row!.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it('locks the account when 20 wrong passwords arrive at once, and the right one is refused after', async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', deptId, townshipId);
    // Distinct client addresses, so the per-address rate limit does not hide the counter.
    const attempt = (i: number, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `10.8.0.${i + 1}`,
        payload: { username: u.username, password },
      });
    const codes = (await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(i, `bad-${i}`)))).map((r) => r.json().code);
    // Exactly four failures are counted as such; the fifth locks; the rest meet the lock.
    expect(codes.filter((c) => c === 'AUTH.INVALID_CREDENTIALS')).toHaveLength(4);
    expect(codes.filter((c) => c === 'AUTH.ACCOUNT_LOCKED')).toHaveLength(16);
    const right = await attempt(30, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, u.id));
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const locks = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, u.id));
    expect(locks.filter((e) => e.action === 'auth.lock')).toHaveLength(1);
    expect(locks.filter((e) => !e.isSuccess)).toHaveLength(21);
  });

  it('does not let a right password sent among wrong ones in parallel slip past the lock', async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', deptId, townshipId);
    const attempt = (i: number, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `10.7.0.${i + 1}`,
        payload: { username: u.username, password },
      });
    await Promise.all(Array.from({ length: 5 }, (_, i) => attempt(i, `bad-${i}`)));
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(10 + i, i === 9 ? TEST_PASSWORD : `bad-${i}`)));
    expect(results.every((r) => r.statusCode === 423)).toBe(true);
  });

  it('ends an idle session after the idle timeout', async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', deptId, townshipId);
    const client = await login(t.app, u.username, TEST_PASSWORD);
    await t.ctx.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, u.id));
    const res = await client.get('/api/auth/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.SESSION_EXPIRED');
  });

  it("refuses a deleted user's old cookie", async () => {
    const u = await makeUser(t.ctx.db, 'officeStaff', deptId, townshipId);
    const client = await login(t.app, u.username, TEST_PASSWORD);
    await t.ctx.db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, u.id));
    const res = await client.get('/api/people');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('refuses a state change without the CSRF token or from another origin', async () => {
    const u = await makeUser(t.ctx.db, 'townshipAdmin', townshipId, townshipId);
    const client = await login(t.app, u.username, TEST_PASSWORD);
    const noToken = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: client.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('AUTH.CSRF_FAILED');
    const foreign = await client.request({ method: 'POST', url: '/api/auth/logout', headers: { origin: 'https://evil.example' } });
    expect(foreign.json().code).toBe('AUTH.CSRF_FAILED');
  });
});

describe('initial password', () => {
  it('must be changed before anything else, to a password meeting the policy', async () => {
    const u = await makeUser(t.ctx.db, 'townshipAdmin', townshipId, townshipId);
    await t.ctx.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, u.id));
    const client = await login(t.app, u.username, TEST_PASSWORD);
    expect((await client.get('/api/people')).json().code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    const weak = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'abcdefgh' });
    expect(weak.json().code).toBe('AUTH.PASSWORD_TOO_WEAK');
    const wrong = await client.post('/api/auth/password', { currentPassword: 'x', newPassword: 'Better-Pass1' });
    expect(wrong.json().code).toBe('AUTH.WRONG_PASSWORD');
    const ok = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Better-Pass1' });
    expect(ok.statusCode).toBe(200);
    expect((await client.get('/api/people')).statusCode).toBe(200);
    expect((await loginReq(u.username, 'Better-Pass1')).statusCode).toBe(200);
  });
});

describe('second factor', () => {
  it('is set up, then asked for at sign-in', async () => {
    const u = await makeUser(t.ctx.db, 'townshipAdmin', townshipId, townshipId);
    const client = await login(t.app, u.username, TEST_PASSWORD);
    const setup = await client.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const secret = setup.json().secret as string;
    expect(setup.json().qrSvg).toContain('<svg');
    expect((await client.post('/api/auth/totp/enable', { code: '000000' })).json().code).toBe('AUTH.TOTP_INVALID');
    expect((await client.post('/api/auth/totp/enable', { code: currentTotpCode(secret) })).statusCode).toBe(200);

    const res = await loginReq(u.username, TEST_PASSWORD);
    expect(res.json().status).toBe('totpRequired');
    const pending = await login(t.app, u.username, TEST_PASSWORD);
    expect((await pending.get('/api/people')).json().code).toBe('AUTH.TOTP_REQUIRED');
    expect((await pending.post('/api/auth/totp/verify', { code: currentTotpCode(secret) })).statusCode).toBe(200);
    expect((await pending.get('/api/people')).statusCode).toBe(200);

    // Wrong second-factor codes count toward the lockout, even 20 at once: the pending session ends.
    const guessing = await login(t.app, u.username, TEST_PASSWORD);
    const right = currentTotpCode(secret);
    const wrong = (i: number) => String((Number(right) + 500_000 + i * 7919) % 1_000_000).padStart(6, '0');
    const codes = (await Promise.all(Array.from({ length: 20 }, (_, i) => guessing.post('/api/auth/totp/verify', { code: wrong(i) })))).map(
      (r) => r.json().code,
    );
    expect(codes.filter((c) => c === 'AUTH.TOTP_INVALID')).toHaveLength(4);
    expect(codes.filter((c) => c !== 'AUTH.TOTP_INVALID').length).toBe(16);
    expect((await guessing.post('/api/auth/totp/verify', { code: currentTotpCode(secret) })).statusCode).toBe(401);
    expect((await loginReq(u.username, TEST_PASSWORD)).statusCode).toBe(423);
  });
});

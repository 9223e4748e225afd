import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { verifyAuditChain } from './verify-chain.ts';
import { writeAudit, type Actor } from './write-audit.ts';

/**
 * The hash chain must hold with many writers at once: anonymous failed logins, unmasked views and
 * creates, some written inside a transaction and some not. Before appends were serialised for
 * every caller, 36 such requests left 10–25 broken links on an untampered database.
 */
let t: TestApp;
let admin: Client;
let personId: string;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  const town = await makeTownship(t.ctx.db);
  orgId = town.departmentIds[0];
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', town.townshipId, town.townshipId)).username, TEST_PASSWORD);
  const created = await admin.post('/api/people', { orgId, name: '李四', phone: '13800000000' });
  expect(created.statusCode, created.body).toBe(201);
  personId = created.json().id;
});
afterAll(() => t.close());

describe('audit chain under concurrency', () => {
  it('stays intact with 60 parallel requests that write audit entries (anonymous, reads, creates)', async () => {
    const requests: Promise<{ statusCode: number }>[] = [];
    for (let i = 0; i < 20; i++) {
      // Distinct client addresses, so the login rate limit lets every attempt through.
      requests.push(
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: `10.9.0.${i + 1}`,
          payload: { username: `nobody${i}`, password: 'wrong-password' },
        }),
      );
      requests.push(admin.get(`/api/people/${personId}?unmasked=true`));
      requests.push(admin.post('/api/people', { orgId, name: `干部${i}` }));
    }
    const codes = (await Promise.all(requests)).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(20);
    expect(codes.filter((c) => c === 200)).toHaveLength(20);
    expect(codes.filter((c) => c === 201)).toHaveLength(20);
    const report = await verifyAuditChain(t.ctx.db);
    expect(report.problems).toEqual([]);
    expect(report.isIntact).toBe(true);
  });

  it('stays intact with 80 parallel writers outside any transaction and inside one', async () => {
    const actor: Actor = { userId: null, name: '并发', ip: null, townshipId: null };
    await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        i % 2 === 0
          ? writeAudit(t.ctx.db, actor, { action: 'test.parallel', entityId: String(i) })
          : t.ctx.db.transaction((tx) => writeAudit(tx, actor, { action: 'test.parallel', entityId: String(i) })),
      ),
    );
    const report = await verifyAuditChain(t.ctx.db);
    expect(report.problems).toEqual([]);
  });
});

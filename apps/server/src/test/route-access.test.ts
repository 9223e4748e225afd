import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, userRoles } from '../modules/organisation/tables.ts';
import { registeredRoutes } from '../platform/http/access.ts';
import { makeTownship, makeUser, TEST_PASSWORD } from './factories.ts';
import { createTestApp, login, type Client, type TestApp } from './harness.ts';

/**
 * Every /api route, present and future, is checked here (architecture.md "Security as structure"):
 * it declares its access; without a session it answers 401; with a session whose only role holds
 * no permission at all, a permission-coded route answers 403. Path parameters get random UUIDs and
 * bodies are `{}`: access is decided before the request is even validated.
 */
let t: TestApp;
let nobody: Client;

/**
 * Access is decided in the preValidation hook, so even a bad body gets 401/403 first.
 */

beforeAll(async () => {
  t = await createTestApp();
  const f = await makeTownship(t.ctx.db);
  const user = await makeUser(t.ctx.db, 'officeStaff', f.departmentIds[0], f.townshipId);
  const [empty] = await t.ctx.db
    .insert(roles)
    .values({
      townshipId: f.townshipId,
      code: `empty${crypto.randomBytes(3).toString('hex')}`,
      name: '无权限角色',
      dataScope: 'township',
      permissions: [],
    })
    .returning();
  // Swap the user's role for the empty one.
  await t.ctx.db.delete(userRoles).where(eq(userRoles.userId, user.id));
  await t.ctx.db.insert(userRoles).values({ userId: user.id, roleId: empty!.id });
  nobody = await login(t.app, user.username, TEST_PASSWORD);
});
afterAll(() => t.close());

/** The routes of this app, once each (the list is shared by every app built in the process). */
function routes() {
  const seen = new Map<string, (typeof registeredRoutes)[number]>();
  for (const r of registeredRoutes) seen.set(`${r.method} ${r.url}`, r);
  return [...seen.values()];
}

/** A concrete URL: every `:param` (and a trailing `*`) becomes a random UUID. */
function concreteUrl(url: string): string {
  return url.replace(/:[A-Za-z0-9_]+/g, () => crypto.randomUUID()).replace(/\*$/, crypto.randomUUID());
}

const bodyFor = (method: string) => (method === 'GET' || method === 'DELETE' ? undefined : {});

function isAnswer(res: LightMyRequestResponse, status: number, code: string): boolean {
  const got = res.json() as { code?: string };
  return res.statusCode === status && got.code === code;
}

function describeResponse(res: LightMyRequestResponse): string {
  return `${res.statusCode} ${res.body.slice(0, 200)}`;
}

describe('route access', () => {
  it('knows the routes (the list is not empty)', () => {
    expect(routes().length).toBeGreaterThan(10);
    expect(routes().some((r) => r.url === '/api/audit')).toBe(true);
  });

  it('every /api route declares its access', () => {
    const missing = routes()
      .filter((r) => !r.access)
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('every non-public route answers 401 AUTH.UNAUTHENTICATED without a session', async () => {
    const wrong: string[] = [];
    for (const r of routes().filter((x) => x.access !== 'public')) {
      const body = bodyFor(r.method);
      const res = await t.app.inject({ method: r.method as 'GET', url: concreteUrl(r.url), ...(body ? { payload: body } : {}) });
      if (!isAnswer(res, 401, 'AUTH.UNAUTHENTICATED')) wrong.push(`${r.method} ${r.url} → ${describeResponse(res)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('every permission-coded route answers 403 AUTH.FORBIDDEN to a role without permissions', async () => {
    const wrong: string[] = [];
    const coded = routes().filter((x) => x.access !== 'public' && x.access !== 'authenticated');
    expect(coded.length).toBeGreaterThan(0);
    for (const r of coded) {
      const body = bodyFor(r.method);
      const res = await nobody.request({ method: r.method as 'GET', url: concreteUrl(r.url), ...(body ? { payload: body } : {}) });
      if (!isAnswer(res, 403, 'AUTH.FORBIDDEN')) wrong.push(`${r.method} ${r.url} (${r.access}) → ${describeResponse(res)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('decides access before validating the body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/orgs', payload: {} });
    expect(res.json().code).toBe('AUTH.UNAUTHENTICATED');
  });
});

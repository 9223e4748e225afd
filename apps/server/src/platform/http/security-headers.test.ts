import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { multipartFile, uniquePng } from '../files/test-fixtures.ts';

let t: TestApp;
let township: TownshipFixture;
let staff: Client;
let web: FastifyInstance;
let webDist: string;

/** The headers every kind of response carries, whoever answers it. */
function expectSecurityHeaders(res: LightMyRequestResponse, what: string) {
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('same-origin');
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp, what).toContain('frame-ancestors');
  expect(csp, what).toMatch(/script-src 'self'|sandbox/);
  expect(csp, what).not.toContain('unsafe-eval');
  expect(res.headers['x-frame-options'], what).toMatch(/^(DENY|SAMEORIGIN)$/);
}

/** The app and the public site: framed by nobody. */
function expectNoFraming(res: LightMyRequestResponse, what: string) {
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(String(res.headers['content-security-policy']), what).toContain("frame-ancestors 'none'");
}

beforeAll(async () => {
  t = await createTestApp();
  township = await makeTownship(t.ctx.db);
  staff = await login(
    t.app,
    (await makeUser(t.ctx.db, 'officeStaff', township.departmentIds[0], township.townshipId)).username,
    TEST_PASSWORD,
  );
  // A built web app in miniature, served as in production.
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-web-'));
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(
    path.join(webDist, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body></html>',
  );
  fs.writeFileSync(path.join(webDist, 'assets', 'index-abc.js'), 'console.log(1)');
  web = await buildApp({ ...t.ctx, config: { ...t.ctx.config, webDist } }, { serveWeb: true });
  await web.ready();
});
afterAll(async () => {
  await web.close();
  await t.close();
  fs.rmSync(webDist, { recursive: true, force: true });
  fs.rmSync(t.ctx.config.dataDir, { recursive: true, force: true });
});

describe('security headers', () => {
  it('API JSON with personal data: all headers and Cache-Control no-store', async () => {
    const res = await staff.get('/api/people?pageSize=10');
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res, 'people');
    expectNoFraming(res, 'people');
    expect(res.headers['cache-control']).toBe('no-store');
    const session = await staff.get('/api/auth/session');
    expect(session.headers['cache-control']).toBe('no-store');
  });

  it('API errors too: a 401, a 404 problem and a 400', async () => {
    for (const [url, status] of [
      ['/api/people', 401],
      ['/api/nothing-here', 404],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(status);
      expectSecurityHeaders(res, url);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const bad = await staff.get('/api/people?pageSize=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['cache-control']).toBe('no-store');
  });

  it('public site HTML and its stylesheet: all headers, their own caching', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/gk/${township.divisionCode}/` });
    expect(page.statusCode).toBe(200);
    expectSecurityHeaders(page, 'public page');
    expectNoFraming(page, 'public page');
    expect(page.headers['cache-control']).toContain('max-age=0');
    const missing = await t.app.inject({ method: 'GET', url: '/gk/999999999999/' });
    expectNoFraming(missing, 'public 404');
    // A refusal by the rate limit, which answers before the route, carries them too.
    const submit = () =>
      t.app.inject({
        method: 'POST',
        url: `/gk/${township.divisionCode}/requests/apply`,
        remoteAddress: '10.9.9.9',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'humanToken=x&humanAnswer=1',
      });
    let last = await submit();
    for (let i = 0; i < 5; i++) last = await submit();
    expect(last.statusCode).toBe(429);
    expectNoFraming(last, 'rate limited');
    expect(last.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the web app: index.html, a client-side route and a static asset', async () => {
    for (const url of ['/', '/people/list', '/assets/index-abc.js']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expectSecurityHeaders(res, url);
      expectNoFraming(res, url);
    }
    // index.html is revalidated on every load (it names the bundle of the running version).
    for (const url of ['/', '/people/list'])
      expect((await web.inject({ method: 'GET', url })).headers['cache-control'], url).toBe('no-cache');
    expect((await web.inject({ method: 'GET', url: '/assets/index-abc.js' })).headers['cache-control']).toContain('max-age=3600');
  });

  it('a file download keeps its own headers: sandbox CSP framable by the app only, never stored', async () => {
    const { payload, headers } = multipartFile('照片.png', uniquePng());
    const up = await staff.request({ method: 'POST', url: '/api/files', payload, headers });
    expect(up.statusCode).toBe(201);
    const res = await staff.get(`/api/files/${up.json().id}/content?inline=1`);
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res, 'download');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    // The one download helper's rule (sendDownload): a record's file is not kept on a shared township PC.
    expect(res.headers['cache-control']).toBe('private, no-store');
  });
});

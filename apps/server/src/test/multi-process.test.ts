import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../platform/seed/demo.ts';
import { withDatabase } from './global-setup.ts';

/**
 * Two app processes (apps/server/src/main.ts, as `npm run dev` runs it) on ONE fresh database, started
 * at the same moment, as behind a reverse proxy (docs/deploy.md "Several processes"). The auth
 * cache is set to a minute, so a refusal seen on B within a second of a change on A can only come
 * from the cross-process notification (platform/auth/auth-change-listener.ts), not from the TTL.
 */
const ROOT = path.resolve(import.meta.dirname, '../../../..');
const CACHE_MS = 60_000;
/** A notification crosses in milliseconds; far below the cache's minute. */
const PROPAGATION_LIMIT_MS = 1000;

interface Server {
  child: ChildProcess;
  base: string;
  output: () => string;
}

const dirs: string[] = [];
const servers: Server[] = [];
let admin: pg.Client;
let databaseUrl: string;
let databaseName: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(secretKey: string): Promise<Server> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-multi-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      YIFA_DATA_DIR: dataDir,
      YIFA_WEB_DIST: '/nonexistent',
      YIFA_SECRET_KEY: secretKey,
      YIFA_AUTH_CACHE_MS: String(CACHE_MS),
      YIFA_DB_POOL: '4',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      YIFA_ADMIN_PASSWORD: 'Multi-Test-2026',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c));
  child.stderr!.on('data', (c: Buffer) => (out += c));
  return { child, base: `http://127.0.0.1:${port}`, output: () => out };
}

async function waitReady(server: Server): Promise<void> {
  const deadline = Date.now() + 170_000;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`server exited (${server.child.exitCode}):\n${server.output()}`);
    if (Date.now() > deadline) throw new Error(`server not ready in time:\n${server.output()}`);
    if (server.output().includes('已启动')) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Session {
  cookie: string;
  csrf: string;
}

async function login(server: Server, username: string): Promise<Session> {
  const res = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('yifa_session='))!;
  const session = (await (await fetch(`${server.base}/api/auth/session`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, csrf: session.csrfToken };
}

function call(server: Server, s: Session, method: string, url: string, body?: unknown): Promise<Response> {
  return fetch(`${server.base}/api${url}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Polls until `status(res)` is `want`; returns how long the change took to show. */
async function msUntil(want: number, probe: () => Promise<Response>): Promise<number> {
  const start = Date.now();
  for (;;) {
    const res = await probe();
    if (res.status === want) return Date.now() - start;
    if (Date.now() - start > PROPAGATION_LIMIT_MS)
      throw new Error(`still ${res.status} after ${PROPAGATION_LIMIT_MS} ms: ${await res.text()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(async () => {
  const adminUrl = inject('adminDatabaseUrl');
  databaseName = `yifa_t_multi_${crypto.randomBytes(4).toString('hex')}`;
  admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${databaseName}`);
  databaseUrl = withDatabase(adminUrl, databaseName);
  // Both at once on the empty database: both migrate, seed the reference data, the administrator
  // and the demo township, and start pg-boss.
  const secretKey = crypto.randomBytes(32).toString('base64');
  servers.push(await startServer(secretKey), await startServer(secretKey));
  await Promise.all(servers.map(waitReady));
}, 200_000);

afterAll(async () => {
  for (const s of servers) s.child.kill('SIGTERM');
  await Promise.all(servers.map((s) => new Promise((r) => (s.child.exitCode !== null ? r(null) : s.child.once('exit', r)))));
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
}, 30_000);

describe('two app processes on one database', () => {
  it('start together on a fresh database: one administrator, one demo township, no error', async () => {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const admins = await db.query(`select 1 from users where username = 'admin'`);
      const townships = await db.query(`select 1 from orgs where kind = 'township' and name like '【演示】%'`);
      const demoAdmins = await db.query(`select 1 from users where username = 'demo-admin'`);
      expect([admins.rowCount, townships.rowCount, demoAdmins.rowCount]).toEqual([1, 1, 1]);
    } finally {
      await db.end();
    }
    for (const s of servers) {
      expect(s.child.exitCode).toBeNull();
      expect(s.output()).not.toMatch(/启动失败|失败/);
    }
  });

  it('share sessions: signed in on A, served on B', async () => {
    const [a, b] = servers as [Server, Server];
    const s = await login(a, 'demo-sfs');
    const res = await call(b, s, 'GET', '/people?pageSize=5');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const who = (await (await call(b, s, 'GET', '/auth/session')).json()) as { user: { username: string } };
    expect(who.user.username).toBe('demo-sfs');
  });

  it('run each pg-boss job in one process only, with one schedule', async () => {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      // Each process queued a catch-up scan at start; queue more that both workers compete for.
      const queued = 8;
      await db.query(`insert into pgboss.job (name, data) select 'deadline-scan', '{}'::jsonb from generate_series(1, $1)`, [queued]);
      const schedules = await db.query(`select 1 from pgboss.schedule where name = 'deadline-scan'`);
      expect(schedules.rowCount).toBe(1);
      const total = queued + 2;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const done = await db.query(`select id::text from pgboss.job where name = 'deadline-scan' and state = 'completed'`);
        if (done.rowCount === total) break;
        if (Date.now() > deadline) throw new Error(`${done.rowCount} of ${total} jobs completed`);
        await new Promise((r) => setTimeout(r, 500));
      }
      const ids = (await db.query(`select id::text as id from pgboss.job where name = 'deadline-scan'`)).rows.map((r) => r.id as string);
      const ranBy = ids.map((id) => servers.filter((s) => s.output().includes(`deadline-scan ${id} 已完成`)).length);
      expect(ranBy).toEqual(ids.map(() => 1));
    } finally {
      await db.end();
    }
  });

  it('keep the auth cache honest: a change on A is refused on B at once, not after the cache minute', async () => {
    const [a, b] = servers as [Server, Server];
    const adminSession = await login(a, 'demo-admin');
    const timings: Record<string, number> = {};

    // The cache is really in play: a session deleted behind the triggers' back (replica mode fires
    // no trigger, so nobody is told) is still served by B from its cache.
    const hidden = await login(a, 'demo-sfs');
    expect((await call(b, hidden, 'GET', '/people?pageSize=1')).status).toBe(200);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      await db.query('begin');
      await db.query(`set local session_replication_role = replica`);
      await db.query(`delete from sessions where token_hash = encode(sha256(convert_to($1, 'utf8')), 'hex')`, [
        decodeURIComponent(hidden.cookie.split('=')[1]!),
      ]);
      await db.query('commit');
    } finally {
      await db.end();
    }
    expect((await call(b, hidden, 'GET', '/people?pageSize=1')).status).toBe(200);

    // A session ended on A (logout).
    const s1 = await login(a, 'demo-sfs');
    expect((await call(b, s1, 'GET', '/people?pageSize=1')).status).toBe(200);
    expect((await call(a, s1, 'POST', '/auth/logout')).status).toBeLessThan(300);
    timings.sessionRevoked = await msUntil(401, () => call(b, s1, 'GET', '/people?pageSize=1'));

    // A role taken away on A: officeStaff → legalAdviser, who may not register a request (403, where
    // before the empty body got as far as validation: 400).
    const s2 = await login(a, 'demo-sfs');
    expect((await call(b, s2, 'POST', '/disclosure-requests', {})).status).toBe(400);
    const users = (await (await call(a, adminSession, 'GET', '/users?pageSize=50')).json()) as {
      items: { id: string; username: string; version: number }[];
    };
    const rolesBody = (await (await call(a, adminSession, 'GET', '/roles')).json()) as
      { id: string; code: string }[] | { items: { id: string; code: string }[] };
    const roles = Array.isArray(rolesBody) ? rolesBody : rolesBody.items;
    const sfs = users.items.find((u) => u.username === 'demo-sfs')!;
    const adviser = roles.find((r) => r.code === 'legalAdviser')!;
    const changed = await call(a, adminSession, 'PATCH', `/users/${sfs.id}`, { roleIds: [adviser.id], version: sfs.version });
    expect(changed.status, await changed.clone().text()).toBe(200);
    timings.roleRemoved = await msUntil(403, () => call(b, s2, 'POST', '/disclosure-requests', {}));

    // A user disabled on A.
    const s3 = await login(a, 'demo-leader');
    expect((await call(b, s3, 'GET', '/people?pageSize=1')).status).toBe(200);
    const leader = ((await (await call(a, adminSession, 'GET', '/users?pageSize=50')).json()) as typeof users).items.find(
      (u) => u.username === 'demo-leader',
    )!;
    const disabled = await call(a, adminSession, 'PATCH', `/users/${leader.id}`, { isActive: false, version: leader.version });
    expect(disabled.status, await disabled.clone().text()).toBe(200);
    timings.userDisabled = await msUntil(401, () => call(b, s3, 'GET', '/people?pageSize=1'));

    console.log(`[multi-process] change on A refused on B after (ms): ${JSON.stringify(timings)}`);
  });
});

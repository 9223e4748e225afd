import crypto from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { createSecrets } from '../platform/crypto/secrets.ts';
import { connect, type Database } from '../platform/db/client.ts';
import type { AppContext } from '../platform/http/app-context.ts';
import { registerAllSeeders } from '../platform/seed/register-all.ts';
import { createSettingsService } from '../platform/settings/settings-service.ts';
import { TEMPLATE_DB, withDatabase } from './global-setup.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  databaseUrl: string;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated, seeded template, and an app on it. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  registerAllSeeders();
  const adminUrl = inject('adminDatabaseUrl');
  const name = `yifa_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, name);
  const database = connect(databaseUrl, 5);
  const config: Config = {
    host: '127.0.0.1',
    port: 0,
    dataDir: `/tmp/${name}`,
    databaseUrl,
    webDist: '/nonexistent',
    isProduction: false,
    logLevel: 'silent',
    ...overrides,
  };
  const ctx: AppContext = {
    db: database.db,
    config,
    secrets: createSecrets(crypto.randomBytes(32)),
    settings: createSettingsService(database.db, 0),
  };
  const app = await buildApp(ctx, { isResponseChecked: true });
  await app.ready();
  return {
    app,
    ctx,
    database,
    databaseUrl,
    async close() {
      await app.close();
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** A signed-in client: carries the session cookie and the CSRF token like the web app does. */
export interface Client {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  cookie: string;
  csrfToken: string;
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'yifa_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `yifa_session=${setCookie.value}`;
  const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
  const csrfToken = (session.json() as { csrfToken: string }).csrfToken;
  return clientFor(app, cookie, csrfToken);
}

export function clientFor(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  const request = (options: InjectOptions) =>
    app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } });
  return {
    cookie,
    csrfToken,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) => request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as object }),
    put: (url, body) => request({ method: 'PUT', url, payload: body as object }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

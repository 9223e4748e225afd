import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../platform/db/client.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../platform/db/embedded-postgres.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import { registerAllSeeders } from '../platform/seed/register-all.ts';
import { seedReference } from '../platform/seed/reference.ts';

/**
 * One PostgreSQL server per test run: the embedded one in a temporary folder, or the server
 * named by TEST_DATABASE_URL (CI runs the same suite on Debian's PostgreSQL 15). A template
 * database is migrated and seeded once; each test file clones it (CREATE DATABASE … TEMPLATE).
 */
let server: EmbeddedPostgres | null = null;
let tmpDir: string | null = null;

export const TEMPLATE_DB = 'yifa_test_template';

export async function setup(project: TestProject): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL ?? null;
  if (!adminUrl) {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-test-'));
    server = await startEmbeddedPostgres({ pgDir: path.join(tmpDir, 'pg') });
    adminUrl = server.url;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Leftover test databases of an interrupted run on an external server.
  const old = await admin.query(`select datname from pg_database where datname like 'yifa_t_%' or datname = $1`, [TEMPLATE_DB]);
  for (const row of old.rows as { datname: string }[]) await admin.query(`drop database if exists "${row.datname}" with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();

  const templateUrl = withDatabase(adminUrl, TEMPLATE_DB);
  const database = connect(templateUrl, 2);
  await runMigrations(database);
  registerAllSeeders();
  await seedReference(database.db);
  await database.close();

  project.provide('adminDatabaseUrl', adminUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

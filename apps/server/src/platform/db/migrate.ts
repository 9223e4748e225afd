import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.ts';

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '../../../migrations');

/**
 * Applies the drizzle-kit migrations. An advisory lock makes concurrent starts (several app
 * processes on one external database) take turns instead of racing.
 */
export async function runMigrations(database: Database): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock(724001)');
    await migrate(database.db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock(724001)').catch(() => undefined);
    client.release();
  }
}

/** The advisory lock held by a starting process from its migrations to its last seed (main.ts). */
export const START_LOCK = 724003;

/**
 * Runs `fn` (migrate, then seed) holding a session advisory lock, so that two processes starting
 * at once on a fresh database do not both find "no administrator yet" or "no township yet" and
 * both create one (the second would fail on a unique name, or a second demo township would appear).
 */
export async function withStartLock<T>(database: Database, fn: () => Promise<T>): Promise<T> {
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [START_LOCK]);
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [START_LOCK]).catch(() => undefined);
    client.release();
  }
}

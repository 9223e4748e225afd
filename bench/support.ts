// What the module benches share: a fresh embedded PostgreSQL migrated and seeded like a new install,
// and a timer that reports the median and the worst of several warm runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Database } from '../apps/server/src/platform/db/client.ts';
import { startEmbeddedPostgres } from '../apps/server/src/platform/db/embedded-postgres.ts';
import { runMigrations } from '../apps/server/src/platform/db/migrate.ts';
import { registerAllSeeders } from '../apps/server/src/platform/seed/register-all.ts';
import { seedReference } from '../apps/server/src/platform/seed/reference.ts';

export interface BenchDatabase {
  database: Database;
  url: string;
  /** A scratch folder for the run (data dir of an app built on this database). */
  dir: string;
}

/** Runs `fn` on a new database in a temporary folder, then stops the server and removes the folder. */
export async function withBenchDatabase<T>(name: string, fn: (b: BenchDatabase) => Promise<T>, poolSize = 5): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `yifa-bench-${name}-`));
  const pg = await startEmbeddedPostgres({ pgDir: path.join(dir, 'pg') });
  const database = connect(pg.url, poolSize);
  try {
    await runMigrations(database);
    registerAllSeeders();
    await seedReference(database.db);
    return await fn({ database, url: pg.url, dir });
  } finally {
    await database.close();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One warm-up run (plan cache, buffers), then `runs` timed runs: the median and the worst, in ms. */
export async function timed<T>(fn: () => Promise<T>, runs = 7): Promise<{ ms: number; max: number; result: T }> {
  let result = await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    ms.push(performance.now() - t0);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]!, result };
}

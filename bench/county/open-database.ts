// The database a county is generated into, prepared as a first start of `npm start` would leave it:
// migrated, reference data seeded, the first system administrator and the demo township made.
import path from 'node:path';
import type { Config } from '../../apps/server/src/config.ts';
import { createSecrets, loadSecretKey } from '../../apps/server/src/platform/crypto/secrets.ts';
import { connect, type Database } from '../../apps/server/src/platform/db/client.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../apps/server/src/platform/db/embedded-postgres.ts';
import { runMigrations } from '../../apps/server/src/platform/db/migrate.ts';
import type { AppContext } from '../../apps/server/src/platform/http/app-context.ts';
import { bootstrapAdmin } from '../../apps/server/src/platform/seed/bootstrap-admin.ts';
import { seedDemoIfFirstStart } from '../../apps/server/src/platform/seed/demo.ts';
import { registerAllSeeders } from '../../apps/server/src/platform/seed/register-all.ts';
import { seedReference } from '../../apps/server/src/platform/seed/reference.ts';
import { createSettingsService } from '../../apps/server/src/platform/settings/settings-service.ts';

/** The first system administrator's password in a bench data folder (as bench/platform-budgets.ts). */
export const BENCH_ADMIN_PASSWORD = 'Bench-Admin-1';

export interface CountyDatabase {
  ctx: AppContext;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the data folder's embedded PostgreSQL (or `databaseUrl`), brings it to the state of a first
 * start (idempotent: on a started folder nothing is added) and returns an app context on it.
 */
export async function openCountyDatabase(dataDir: string, databaseUrl: string | null): Promise<CountyDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let url = databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ pgDir: path.join(dataDir, 'pg') });
    url = embedded.url;
  }
  const database = connect(url, 4);
  try {
    await runMigrations(database);
    registerAllSeeders();
    await seedReference(database.db);
    await bootstrapAdmin(database.db, BENCH_ADMIN_PASSWORD);
    const config: Config = {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      databaseUrl: url,
      webDist: '/nonexistent',
      isProduction: true,
      logLevel: 'silent',
    };
    const ctx: AppContext = {
      db: database.db,
      config,
      secrets: createSecrets(loadSecretKey(dataDir)),
      settings: createSettingsService(database.db, 0),
    };
    await seedDemoIfFirstStart(ctx);
    return {
      ctx,
      database,
      url,
      async close() {
        await database.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await database.close();
    await embedded?.stop();
    throw error;
  }
}

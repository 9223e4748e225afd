import type { AuthCache } from '../auth/auth-cache.ts';
import type { Config } from '../../config.ts';
import type { Secrets } from '../crypto/secrets.ts';
import type { Db } from '../db/client.ts';
import type { SettingsService } from '../settings/settings-service.ts';

/** What every route and use case can reach: one per running app. */
export interface AppContext {
  db: Db;
  config: Config;
  secrets: Secrets;
  settings: SettingsService;
  /** Optional: without it every request loads its session from the database. */
  authCache?: AuthCache;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

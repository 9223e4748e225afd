import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { onAuditWritten } from './platform/audit/write-audit.ts';
import { AuthCache } from './platform/auth/auth-cache.ts';
import { AUTH_CHANGED_CHANNEL, listenForChanges, type AuthChangeListener } from './platform/auth/auth-change-listener.ts';
import { calendarChanged } from './platform/calendar/calendar-service.ts';
import { CALENDAR_CHANGED_CHANNEL } from './platform/calendar/repository.ts';
import { createSecrets, loadSecretKey } from './platform/crypto/secrets.ts';
import { connect } from './platform/db/client.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './platform/db/embedded-postgres.ts';
import { acquireInstanceLock, InstanceLockedError } from './platform/db/instance-lock.ts';
import { runMigrations, withStartLock } from './platform/db/migrate.ts';
import { bootstrapAdmin } from './platform/seed/bootstrap-admin.ts';
import { seedDemoIfFirstStart } from './platform/seed/demo.ts';
import { registerAllSeeders } from './platform/seed/register-all.ts';
import { seedReference } from './platform/seed/reference.ts';
import { createSettingsService } from './platform/settings/settings-service.ts';
import { startJobs, type Jobs } from './platform/jobs/start-jobs.ts';
import { stopOnSignals } from './stop-on-signal.ts';

/**
 * `npm start` (node on the compiled apps/server/dist/main.js, docs/adr/0006-compiled-server.md): the
 * embedded PostgreSQL (or DATABASE_URL), migrations, reference data, the demo township on first start
 * (unless --no-demo), then the HTTP server. SIGTERM or SIGINT stops it all within 10 s (stop-on-signal.ts).
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const withDemo = !process.argv.includes('--no-demo');
  const log = (m: string) => console.log(`[依法] ${m}`);

  let releaseLock = () => {};
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    releaseLock = acquireInstanceLock(config.dataDir);
    embedded = await startEmbeddedPostgres({ pgDir: path.join(config.dataDir, 'pg'), log });
    databaseUrl = embedded.url;
    log(`内嵌数据库已启动 (PostgreSQL, 127.0.0.1:${embedded.port}${embedded.wasOrphan ? '，沿用上次遗留进程' : ''})`);
  }
  const database = connect(databaseUrl, config.dbPoolSize);
  // Filled in as the start goes on: a signal during the start stops what is already running.
  let app: FastifyInstance | null = null;
  let jobs: Jobs | null = null;
  let changeListener: AuthChangeListener | null = null;
  const closeApp = async () => {
    await app?.close();
    await jobs?.stop();
    await changeListener?.stop();
    await database.close();
  };
  stopOnSignals({ closeApp, stopDatabase: async (mode) => embedded?.stop(mode), releaseLock: () => releaseLock(), log });
  const stopAll = async () => {
    await closeApp().catch(() => undefined);
    await embedded?.stop();
    releaseLock();
  };
  try {
    const secrets = createSecrets(loadSecretKey(config.dataDir, config.secretKey));
    const authCache = new AuthCache(config.authCacheMs);
    // This process's own changes clear it at once; every process's (this one's included) once committed.
    onAuditWritten(() => authCache.clear());
    // One connection hears both: the auth cache's changes, and the calendar's (the lists' working days).
    changeListener = await listenForChanges(databaseUrl, {
      [CALENDAR_CHANGED_CHANNEL]: calendarChanged,
      ...(config.authCacheMs > 0 ? { [AUTH_CHANGED_CHANNEL]: () => authCache.clear() } : {}),
    });
    const ctx = { db: database.db, config, secrets, settings: createSettingsService(database.db), authCache };
    // Several processes starting on one fresh database take turns: the first migrates and seeds, the
    // others find it done (the admin and the demo township are made once, not once per process).
    const { admin, demo } = await withStartLock(database, async () => {
      await runMigrations(database);
      registerAllSeeders();
      await seedReference(database.db);
      return {
        admin: await bootstrapAdmin(database.db, config.adminPassword),
        demo: withDemo ? await seedDemoIfFirstStart(ctx) : null,
      };
    });
    app = await buildApp(ctx, { logger: { level: config.logLevel }, serveWeb: true, isBehindProxy: config.isBehindProxy });
    jobs = await startJobs(ctx, databaseUrl, { enabled: config.isJobsEnabled });
    await app.listen({ host: config.host, port: config.port });

    const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}/`;
    log(`已启动：${url}  (用时 ${((Date.now() - startedAt) / 1000).toFixed(1)} 秒)`);
    if (admin) log(`系统管理员  用户名 ${admin.username}  初始密码 ${admin.password}  (首次登录须修改)`);
    if (demo) {
      log(`演示乡镇「${demo.townshipName}」已建立（演示数据，仅供体验）。演示账号（密码均为 ${demo.password}）：`);
      for (const a of demo.accounts) log(`  ${a.username.padEnd(14)} ${a.role}`);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof InstanceLockedError || error instanceof ConfigError) console.error(`[依法] ${error.message}`);
  else console.error('[依法] 启动失败：', error);
  process.exit(1);
});

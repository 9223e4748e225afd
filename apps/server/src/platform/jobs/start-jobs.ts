import PgBoss from 'pg-boss';
import { refreshStaleComplianceSnapshots } from '../compliance/snapshots.ts';
import { scanDeadlines } from '../deadlines/scan-deadlines.ts';
import type { AppContext } from '../http/app-context.ts';

/** Background jobs (pg-boss). The nightly deadline scan registers here. */
export interface Jobs {
  stop(): Promise<void>;
}

export const DEADLINE_SCAN_QUEUE = 'deadline-scan';
/** 01:00 China Standard Time, every night. */
export const DEADLINE_SCAN_CRON = '0 1 * * *';
export const JOBS_TIME_ZONE = 'Asia/Shanghai';
/** Keeps the county's compliance figures current (docs/adr/0007): every 5 minutes. */
export const COMPLIANCE_SNAPSHOTS_QUEUE = 'compliance-snapshots';
export const COMPLIANCE_SNAPSHOTS_CRON = '*/5 * * * *';
/** pg-boss keeps its tables in this schema of Yifa's own database; backups take the public schema only, the queue is rebuilt at start. */
export const JOBS_SCHEMA = 'pgboss';

export interface StartJobsOptions {
  /** Where job failures go (default: stderr with the 依法 prefix). */
  log?: (message: string, error?: unknown) => void;
  /** false: no jobs at all (default true). */
  enabled?: boolean;
  /** Run one scan right after start (default true). */
  scanOnStart?: boolean;
}

/**
 * Starts pg-boss on the app's database (it creates and migrates its `pgboss` schema there) with the
 * nightly deadline scan. Only main.ts calls this: tests build the app without jobs. YIFA_JOBS=off (StartConfig.isJobsEnabled → enabled: false)
 * disables jobs (e.g. a second app process on the same database; pg-boss would also cope, but one
 * worker is enough).
 *
 * WHY also scan at start: a township laptop is often off at 01:00; the scan is idempotent (dedupe
 * keys), so running it when the server starts catches up without ever warning twice.
 */
export async function startJobs(ctx: AppContext, databaseUrl: string, options: StartJobsOptions = {}): Promise<Jobs> {
  if (options.enabled === false) return { stop: async () => {} };
  const log = options.log ?? ((message: string, error?: unknown) => console.error(`[依法] ${message}`, error ?? ''));

  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOBS_SCHEMA, application_name: 'yifa-jobs', max: 2 });
  boss.on('error', (error) => log('后台任务出错', error));
  await boss.start();
  await boss.createQueue(DEADLINE_SCAN_QUEUE, { name: DEADLINE_SCAN_QUEUE, policy: 'singleton', retryLimit: 3, retryDelay: 300 });
  await boss.schedule(DEADLINE_SCAN_QUEUE, DEADLINE_SCAN_CRON, {}, { tz: JOBS_TIME_ZONE });
  await boss.work(DEADLINE_SCAN_QUEUE, async () => {
    try {
      return await scanDeadlines(ctx.db);
    } catch (error) {
      log('期限扫描失败', error);
      throw error; // pg-boss retries (retryLimit)
    }
  });
  await boss.createQueue(COMPLIANCE_SNAPSHOTS_QUEUE, { name: COMPLIANCE_SNAPSHOTS_QUEUE, policy: 'singleton', retryLimit: 1 });
  await boss.schedule(COMPLIANCE_SNAPSHOTS_QUEUE, COMPLIANCE_SNAPSHOTS_CRON, {}, { tz: JOBS_TIME_ZONE });
  await boss.work(COMPLIANCE_SNAPSHOTS_QUEUE, async () => {
    try {
      return await refreshStaleComplianceSnapshots(ctx.db);
    } catch (error) {
      log('合规数据刷新失败', error);
      throw error;
    }
  });
  if (options.scanOnStart ?? true) await boss.send(DEADLINE_SCAN_QUEUE, {});

  return {
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}

import PgBoss from 'pg-boss';
import { refreshStaleComplianceSnapshots } from '../compliance/snapshots.ts';
import { scanDeadlines } from '../deadlines/scan-deadlines.ts';
import type { AppContext } from '../http/app-context.ts';
import { compactListCounts } from '../list-counts/list-counts.ts';

/** Background jobs (pg-boss). The nightly deadline scan registers here. */
export interface Jobs {
  stop(): Promise<void>;
}

export const DEADLINE_SCAN_QUEUE = 'deadline-scan';
/** 01:00 China Standard Time, every night. */
export const DEADLINE_SCAN_CRON = '0 1 * * *';
export const JOBS_TIME_ZONE = 'Asia/Shanghai';
/** Keeps the county's compliance figures current (docs/adr/0009): every 5 minutes. */
export const COMPLIANCE_SNAPSHOTS_QUEUE = 'compliance-snapshots';
export const COMPLIANCE_SNAPSHOTS_CRON = '*/5 * * * *';
/** Folds the kept list totals' deltas (platform/list-counts, docs/adr/0010): every 5 minutes. */
export const LIST_COUNTS_QUEUE = 'list-counts-compact';
export const LIST_COUNTS_CRON = '*/5 * * * *';
/** pg-boss keeps its tables in this schema of Yifa's own database; backups take the public schema only, the queue is rebuilt at start. */
export const JOBS_SCHEMA = 'pgboss';

export interface StartJobsOptions {
  /** Where job failures go (default: stderr with the 依法 prefix). */
  log?: (message: string, error?: unknown) => void;
  /** false: no jobs at all (default true). */
  enabled?: boolean;
  /** Run one scan right after start (default true). */
  scanOnStart?: boolean;
  /** Told of every job this process ran (default: one line on stdout naming the job). */
  onRan?: (queue: string, jobId: string) => void;
}

/**
 * Starts pg-boss on the app's database (it creates and migrates its `pgboss` schema there) with the
 * nightly deadline scan. Only main.ts calls this: tests build the app without jobs. YIFA_JOBS=off (StartConfig.isJobsEnabled → enabled: false)
 * disables jobs. Several processes on one database may all leave jobs on: the schedule is one row
 * (upserted by name), pg-boss sends one job per cron slot and each job runs in one process only
 * (multi-process.test.ts).
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
  const onRan = options.onRan ?? ((queue: string, jobId: string) => console.log(`[依法] 后台任务 ${queue} ${jobId} 已完成`));
  // Several app processes may all work the queue: pg-boss hands each job to one of them (SKIP LOCKED),
  // and the line per job lets an operator (and multi-process.test.ts) see which ran it.
  await boss.work(DEADLINE_SCAN_QUEUE, async ([job]) => {
    try {
      const result = await scanDeadlines(ctx.db);
      if (job) onRan(DEADLINE_SCAN_QUEUE, job.id);
      return result;
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
  await boss.createQueue(LIST_COUNTS_QUEUE, { name: LIST_COUNTS_QUEUE, policy: 'singleton', retryLimit: 1 });
  await boss.schedule(LIST_COUNTS_QUEUE, LIST_COUNTS_CRON, {}, { tz: JOBS_TIME_ZONE });
  await boss.work(LIST_COUNTS_QUEUE, async () => {
    try {
      await compactListCounts(ctx.db);
    } catch (error) {
      log('列表计数整理失败', error);
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

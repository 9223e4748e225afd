import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import {
  COMPLIANCE_SNAPSHOTS_CRON,
  COMPLIANCE_SNAPSHOTS_QUEUE,
  DEADLINE_SCAN_CRON,
  DEADLINE_SCAN_QUEUE,
  JOBS_SCHEMA,
  JOBS_TIME_ZONE,
  LIST_COUNTS_CRON,
  LIST_COUNTS_QUEUE,
  startJobs,
} from './start-jobs.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const hasSchema = async () =>
  (await t.ctx.db.execute(sql`select 1 from information_schema.schemata where schema_name = ${JOBS_SCHEMA}`)).rows.length > 0;

describe('startJobs', () => {
  it('does nothing with YIFA_JOBS=off, and the test app itself never started pg-boss', async () => {
    expect(await hasSchema()).toBe(false);
    const jobs = await startJobs(t.ctx, t.databaseUrl, { enabled: loadConfig({ YIFA_JOBS: 'off' }).isJobsEnabled });
    await jobs.stop();
    expect(await hasSchema()).toBe(false);
  });

  it('creates pg-boss in the app\u2019s own database with the nightly scan at 01:00 China time, a catch-up scan, the compliance refresh and the list totals\u2019 compaction every 5 minutes', async () => {
    const logged: string[] = [];
    const jobs = await startJobs(t.ctx, t.databaseUrl, { log: (m) => logged.push(m) });
    try {
      expect(await hasSchema()).toBe(true);
      const schedules = await t.ctx.db.execute<{ name: string; cron: string; timezone: string }>(
        sql`select name, cron, timezone from pgboss.schedule order by name`,
      );
      expect(schedules.rows).toEqual([
        { name: COMPLIANCE_SNAPSHOTS_QUEUE, cron: COMPLIANCE_SNAPSHOTS_CRON, timezone: JOBS_TIME_ZONE },
        { name: DEADLINE_SCAN_QUEUE, cron: DEADLINE_SCAN_CRON, timezone: JOBS_TIME_ZONE },
        { name: LIST_COUNTS_QUEUE, cron: LIST_COUNTS_CRON, timezone: JOBS_TIME_ZONE },
      ]);
      const queued = await t.ctx.db.execute(sql`select 1 from pgboss.job where name = ${DEADLINE_SCAN_QUEUE}`);
      expect(queued.rows.length).toBeGreaterThanOrEqual(1);
    } finally {
      await jobs.stop();
    }
    expect(logged).toEqual([]);
  });
});

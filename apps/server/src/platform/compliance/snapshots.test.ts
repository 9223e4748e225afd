import crypto from 'node:crypto';
import { addDays, type DeadlineRule } from '@yifa/domain/calendar';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../modules/organisation/tables.ts';
import { makeTownship, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { SYSTEM_ACTOR } from '../audit/write-audit.ts';
import { currentYearInChina, todayInChina } from '../calendar/today.ts';
import { upsertDeadline } from '../deadlines/index.ts';
import { loginAs } from '../deadlines/test-support.ts';
import { recomputeComplianceSnapshots } from './index.ts';
import { refreshStaleComplianceSnapshots } from './snapshots.ts';
import { complianceSnapshots } from './tables.ts';

// docs/adr/0009: a county view reads the figures kept per township; they equal the live ones.
let t: TestApp;
let small: TownshipFixture; // the only township of its county
let big: TownshipFixture[]; // five townships of another county
let smallCounty: Client;
let bigCounty: Client;
let admins: Client[];
const year = currentYearInChina();
const today = todayInChina();

type Evaluation = { townshipId: string; results: { orgId: string; status: string; actual: number | null }[] };
type Report = {
  computedAt: string;
  isLive: boolean;
  summary: { met: number; notMet: number; notApplicable: number; total: number };
  rules: { code: string; evaluations: Evaluation[] }[];
};

const addDeadline = (f: TownshipFixture, orgId: string, title: string, rule: DeadlineRule) =>
  t.ctx.db.transaction((tx) =>
    upsertDeadline(tx, SYSTEM_ACTOR, {
      townshipId: f.townshipId,
      orgId,
      module: 'disclosure',
      kind: 'reply',
      entityType: 'disclosureRequest',
      entityId: crypto.randomUUID(),
      title,
      link: null,
      assigneeId: null,
      rule,
    }),
  );
const overdue = { basis: 'calendarDays', days: 10, startDate: addDays(today, -60) } as const;

/** Statements sent by every pg client of the process while `fn` runs. */
async function countStatements<T>(fn: () => Promise<T>): Promise<{ n: number; result: T }> {
  let n = 0;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    n += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  try {
    const result = await fn();
    return { n, result };
  } finally {
    pg.Client.prototype.query = original;
  }
}

beforeAll(async () => {
  t = await createTestApp();
  small = await makeTownship(t.ctx.db, '独乡');
  const first = await makeTownship(t.ctx.db, '五乡一');
  big = [first];
  for (let i = 2; i <= 5; i++) big.push(await makeTownship(t.ctx.db, `五乡${i}`, first.countyId));
  smallCounty = (await loginAs(t, 'countyReviewer', small.countyId, null)).client;
  bigCounty = (await loginAs(t, 'countyReviewer', first.countyId, null)).client;
  admins = await Promise.all(big.map(async (f) => (await loginAs(t, 'townshipAdmin', f.townshipId, f.townshipId)).client));
  // Different figures per township: cadres in some orgs, overdue deadlines in others.
  for (const [i, f] of big.entries()) {
    if (i % 2 === 0) await t.ctx.db.insert(people).values({ townshipId: f.townshipId, orgId: f.departmentIds[0], name: `干部${i}` });
    if (i % 3 === 0) await addDeadline(f, f.departmentIds[1], `逾期${i}`, overdue);
  }
});
afterAll(() => t.close());

describe('compliance snapshots (county views)', () => {
  it('gives the county the same figures, rule by rule and org by org, as each township evaluated live', async () => {
    const county = (await bigCounty.get(`/api/compliance?year=${year}&fresh=true`)).json() as Report;
    expect(county.isLive).toBe(false);
    for (const [i, f] of big.entries()) {
      const live = (await admins[i]!.get(`/api/compliance?year=${year}`)).json() as Report;
      expect(live.isLive).toBe(true);
      for (const rule of live.rules) {
        const mine = county.rules.find((r) => r.code === rule.code)?.evaluations.find((e) => e.townshipId === f.townshipId);
        expect(mine, `${rule.code} in ${f.townshipId}`).toEqual(rule.evaluations[0]);
      }
    }
    // Not all alike: the data differ between townships, so the comparison above compares something.
    const statuses = county.rules.flatMap((r) => r.evaluations.flatMap((e) => e.results.map((x) => x.status)));
    expect(new Set(statuses)).toEqual(new Set(['met', 'notMet', 'notApplicable']));
  });

  it('says when the figures were computed, keeps them for 10 minutes, and recomputes them on request or when older', async () => {
    const before = (await bigCounty.get('/api/compliance?fresh=true')).json() as Report;
    const target = big[1]!;
    await addDeadline(target, target.departmentIds[0], '新逾期', overdue);
    const cached = (await bigCounty.get('/api/compliance')).json() as Report;
    expect(cached.computedAt).toBe(before.computedAt); // read from the snapshots, not re-evaluated
    expect(cached.summary).toEqual(before.summary);

    const fresh = (await bigCounty.get('/api/compliance?fresh=true')).json() as Report;
    expect(Date.parse(fresh.computedAt)).toBeGreaterThan(Date.parse(before.computedAt));
    expect(fresh.summary.notMet).toBeGreaterThan(before.summary.notMet);

    // A snapshot older than 10 minutes is recomputed on read (and only that township's).
    await addDeadline(target, target.departmentIds[0], '再逾期', overdue);
    const othersAt = async () =>
      (await t.ctx.db.select().from(complianceSnapshots))
        .filter((s) => s.townshipId !== target.townshipId)
        .map((s) => `${s.townshipId}@${s.computedAt.toISOString()}`)
        .sort();
    const othersBefore = await othersAt();
    await t.ctx.db
      .update(complianceSnapshots)
      .set({ computedAt: sql`now() - interval '11 minutes'` })
      .where(eq(complianceSnapshots.townshipId, target.townshipId));
    const aged = (await bigCounty.get('/api/compliance')).json() as Report;
    const deadlinesOf = (r: Report) =>
      r.rules.find((x) => x.code === 'platform.no-overdue-deadlines')!.evaluations.find((e) => e.townshipId === target.townshipId)!;
    expect(deadlinesOf(aged).results.find((x) => x.orgId === target.departmentIds[0])!.actual).toBe(2);
    // Only that township's: the others' figures were still current. (The page's time is the oldest of
    // all, which moves when the aged township happened to be the first one computed.)
    expect(await othersAt()).toEqual(othersBefore);
  });

  it('follows a township\u2019s new settings at once in the county view', async () => {
    const f = big[2]!;
    await bigCounty.get('/api/compliance');
    const res = await admins[2]!.request({
      method: 'PUT',
      url: `/api/compliance/settings/platform.org-has-cadres/${year}`,
      payload: { isEnabled: false, params: { minCadres: 1 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const county = (await bigCounty.get('/api/compliance')).json() as Report;
    const ev = county.rules.find((r) => r.code === 'platform.org-has-cadres')!.evaluations.find((e) => e.townshipId === f.townshipId);
    expect(ev).toMatchObject({ isEnabled: false, results: [] });
  });

  it('runs as many statements for a county of five townships as for a county of one on the workbench, and as few on the compliance page', async () => {
    await smallCounty.get('/api/compliance?fresh=true');
    await bigCounty.get('/api/compliance?fresh=true');
    const workbenchOne = await countStatements(() => smallCounty.get('/api/workbench'));
    const workbenchFive = await countStatements(() => bigCounty.get('/api/workbench'));
    expect(workbenchOne.result.statusCode).toBe(200);
    expect(workbenchFive.result.statusCode).toBe(200);
    // Equal but for the calendar kept in memory (loadCalendarToShow), re-checked by one statement at
    // most once a second, in whichever call comes after the second has passed.
    expect(Math.abs(workbenchFive.n - workbenchOne.n)).toBeLessThanOrEqual(1);
    expect(workbenchFive.n).toBeLessThanOrEqual(10);
    expect(workbenchFive.result.json().compliance.total).toBeGreaterThan(workbenchOne.result.json().compliance.total);

    // The compliance page of a county of one township is that township's own page, live; of five,
    // the stored figures: as few statements as the workbench.
    const pageOne = await countStatements(() => smallCounty.get('/api/compliance'));
    expect(pageOne.result.json().isLive).toBe(true);
    const pageFive = await countStatements(() => bigCounty.get('/api/compliance'));
    expect(pageFive.result.json().isLive).toBe(false);
    expect(pageFive.n).toBeLessThanOrEqual(10);
  });

  it('keeps one snapshot per township and year under many parallel readers and refreshes', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => bigCounty.get(i % 2 ? '/api/compliance?fresh=true' : '/api/workbench')),
    );
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 200));
    const rows = await t.ctx.db
      .select({ townshipId: complianceSnapshots.townshipId, year: complianceSnapshots.year })
      .from(complianceSnapshots);
    const keys = rows.map((r) => `${r.townshipId}/${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of big) expect(keys).toContain(`${f.townshipId}/${year}`);
  });

  it('the background refresh recomputes this year\u2019s snapshots older than 5 minutes, and only those', async () => {
    await bigCounty.get('/api/compliance?fresh=true');
    const target = big[3]!;
    await addDeadline(target, target.departmentIds[0], '后台逾期', overdue);
    await t.ctx.db
      .update(complianceSnapshots)
      .set({ computedAt: sql`now() - interval '6 minutes'` })
      .where(eq(complianceSnapshots.townshipId, target.townshipId));
    expect(await refreshStaleComplianceSnapshots(t.ctx.db, year)).toBe(1);
    expect(await refreshStaleComplianceSnapshots(t.ctx.db, year)).toBe(0);
    const [row] = await t.ctx.db.select().from(complianceSnapshots).where(eq(complianceSnapshots.townshipId, target.townshipId));
    expect(Date.now() - row!.computedAt.getTime()).toBeLessThan(60_000);
    expect((row!.orgCounts as Record<string, number[]>)[target.departmentIds[0]]![1]).toBeGreaterThanOrEqual(1); // notMet now
  });

  it('recomputeComplianceSnapshots rebuilds every township\u2019s figures, idempotently', async () => {
    await t.ctx.db.delete(complianceSnapshots);
    const written = await recomputeComplianceSnapshots(t.ctx.db, year);
    const townships = await t.ctx.db.execute(sql`select 1 from orgs where kind = 'township' and deleted_at is null`);
    expect(written).toBe(townships.rows.length);
    const first = await t.ctx.db.select().from(complianceSnapshots);
    expect(await recomputeComplianceSnapshots(t.ctx.db, year)).toBe(written);
    const second = await t.ctx.db.select().from(complianceSnapshots);
    expect(second.length).toBe(first.length);
    const counts = (rows: typeof first) => Object.fromEntries(rows.map((r) => [r.townshipId, r.orgCounts]));
    expect(counts(second)).toEqual(counts(first));
  });
});

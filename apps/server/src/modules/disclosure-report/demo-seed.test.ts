import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgs } from '../../platform/db/schema.ts';
import { DEMO_DIVISION_CODE, seedDemoIfFirstStart } from '../../platform/seed/demo.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { disclosureAnnualReports } from './tables.ts';
import { computeReport } from './compute-report.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo annual report', () => {
  it('publishes the demo township\u2019s 2025 report from its requests, and 2026 carries over from it without violation', async () => {
    expect(await seedDemoIfFirstStart(t.ctx)).not.toBeNull();
    const [township] = await t.ctx.db.select().from(orgs).where(eq(orgs.divisionCode, DEMO_DIVISION_CODE));
    const [row] = await t.ctx.db.select().from(disclosureAnnualReports).where(eq(disclosureAnnualReports.townshipId, township!.id));
    expect(row).toMatchObject({ year: 2025, status: 'published' });
    expect(row!.snapshot!.table3.newReceived.total).toBeGreaterThan(0);
    const next = await computeReport(t.ctx.db, township!.id, 2026);
    expect(next.previousCarriedForward?.source).toBe('published');
    expect(next.report.table3.carriedOver).toEqual(row!.snapshot!.table3.carriedForward);
    expect(next.report.violations.filter((v) => v.severity === 'error')).toEqual([]);
    const page = await t.app.inject({ method: 'GET', url: `/gk/${DEMO_DIVISION_CODE}/reports/2025` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2025年政府信息公开工作年度报告');
  });
});

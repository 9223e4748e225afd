import crypto from 'node:crypto';
import { addDays } from '@yifa/domain/calendar';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../modules/organisation/tables.ts';
import { makeTownship, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit/tables.ts';
import { SYSTEM_ACTOR } from '../audit/write-audit.ts';
import { currentYearInChina, todayInChina } from '../calendar/today.ts';
import { upsertDeadline } from '../deadlines/index.ts';
import { loginAs, loginWithPermissions } from '../deadlines/test-support.ts';
import { registerComplianceRule, type ComplianceRule } from './index.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let staff: Client; // office staff of A's first department
let county: Client; // county reviewer over A and B
const year = currentYearInChina();

type Report = {
  year: number;
  rules: {
    code: string;
    evaluations: {
      townshipId: string;
      isEnabled: boolean;
      errorZh: string | null;
      results: { orgId: string; status: string; actual: number | null; target: number | null; evidence: { link: string }[] }[];
    }[];
  }[];
};
const rule = (r: Report, code: string) => r.rules.find((x) => x.code === code);
const resultOf = (r: Report, code: string, orgId: string) =>
  rule(r, code)
    ?.evaluations.flatMap((e) => e.results)
    .find((x) => x.orgId === orgId);
const put = (c: Client, url: string, payload: unknown) => c.request({ method: 'PUT', url, payload: payload as object });

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  admin = (await loginAs(t, 'townshipAdmin', a.townshipId, a.townshipId)).client;
  staff = (await loginAs(t, 'officeStaff', a.departmentIds[0], a.townshipId)).client;
  county = (await loginAs(t, 'countyReviewer', a.countyId, null)).client;
  await t.ctx.db.insert(people).values({ townshipId: a.townshipId, orgId: a.departmentIds[0], name: '张三' });
  await t.ctx.db
    .insert(people)
    .values({ townshipId: a.townshipId, orgId: a.villageIds[0], name: '已离任', leftOn: addDays(todayInChina(), -1) });
});
afterAll(() => t.close());

describe('GET /api/compliance', () => {
  it('401 without session, 403 without platform:compliance:read, 400 for a bad year, 404 for a township out of scope', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/compliance' })).statusCode).toBe(401);
    const noCompliance = await loginWithPermissions(t, a.townshipId, ['platform:workbench:read']);
    expect((await noCompliance.get('/api/compliance')).json().code).toBe('AUTH.FORBIDDEN');
    expect((await admin.get('/api/compliance?year=abc')).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await admin.get(`/api/compliance?townshipId=${b.townshipId}`)).json().code).toBe('RECORD.NOT_FOUND');
  });

  it('platform.org-has-cadres: each department and village, with the people list as evidence', async () => {
    const res = await admin.get(`/api/compliance?year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as Report;
    expect(report.year).toBe(year);
    expect(resultOf(report, 'platform.org-has-cadres', a.departmentIds[0])).toMatchObject({
      status: 'met',
      actual: 1,
      target: 1,
      evidence: [{ link: `/org/people?orgId=${a.departmentIds[0]}` }],
    });
    expect(resultOf(report, 'platform.org-has-cadres', a.departmentIds[1])).toMatchObject({ status: 'notMet', actual: 0 });
    // Someone who left yesterday is no longer on the roll.
    expect(resultOf(report, 'platform.org-has-cadres', a.villageIds[0])).toMatchObject({ status: 'notMet', actual: 0 });
    // The township node itself is not a department or village.
    expect(resultOf(report, 'platform.org-has-cadres', a.townshipId)).toBeUndefined();
    expect(rule(report, 'platform.org-has-cadres')?.evaluations.map((e) => e.townshipId)).toEqual([a.townshipId]);
  });

  it('platform.no-overdue-deadlines: overdue open deadlines make an org fail, linking to them', async () => {
    // Last year: a deadline due in it and still open is overdue today, whatever today is.
    const last = year - 1;
    await t.ctx.db.transaction((tx) =>
      upsertDeadline(tx, SYSTEM_ACTOR, {
        townshipId: a.townshipId,
        orgId: a.departmentIds[1],
        module: 'disclosure',
        kind: 'reply',
        entityType: 'disclosureRequest',
        entityId: crypto.randomUUID(),
        title: '逾期未答复',
        link: '/disclosure/requests/1',
        assigneeId: null,
        rule: { basis: 'calendarDays', days: 10, startDate: `${last}-03-02` },
      }),
    );
    const report = (await admin.get(`/api/compliance?year=${last}`)).json() as Report;
    expect(resultOf(report, 'platform.no-overdue-deadlines', a.departmentIds[1])).toMatchObject({
      status: 'notMet',
      actual: 1,
      target: 0,
      evidence: [{ link: '/disclosure/requests/1' }],
    });
    expect(resultOf(report, 'platform.no-overdue-deadlines', a.departmentIds[0])).toMatchObject({ status: 'notApplicable', actual: null });
    expect(resultOf(report, 'platform.no-overdue-deadlines', a.townshipId)).toMatchObject({ status: 'notApplicable' });
    // This year that org has no deadline due: not applicable rather than "met".
    const thisYear = (await admin.get(`/api/compliance?year=${year}`)).json() as Report;
    expect(resultOf(thisYear, 'platform.no-overdue-deadlines', a.departmentIds[1])).toMatchObject({ status: 'notApplicable' });
  });

  it('keeps to the data scope: an office sees its own org, a county reviewer every township of the county', async () => {
    const mine = (await staff.get('/api/compliance')).json() as Report;
    const orgIds = mine.rules.flatMap((r) => r.evaluations.flatMap((e) => e.results.map((x) => x.orgId)));
    expect(new Set(orgIds)).toEqual(new Set([a.departmentIds[0]]));
    const all = (await county.get('/api/compliance')).json() as Report;
    expect(
      rule(all, 'platform.org-has-cadres')
        ?.evaluations.map((e) => e.townshipId)
        .sort(),
    ).toEqual([a.townshipId, b.townshipId].sort());
  });
});

describe('/api/compliance/settings/:ruleCode/:year', () => {
  const url = (code = 'platform.org-has-cadres', y = year) => `/api/compliance/settings/${code}/${y}`;

  it('401, 403 without platform:compliance:configure, 404 for an unknown rule or another township, 400 for bad params', async () => {
    expect((await t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
    expect((await staff.get(url())).json().code).toBe('AUTH.FORBIDDEN');
    expect((await put(staff, url(), { isEnabled: true, params: { minCadres: 2 } })).json().code).toBe('AUTH.FORBIDDEN');
    expect((await admin.get(url('platform.no-such-rule'))).json().code).toBe('RECORD.NOT_FOUND');
    expect((await admin.get(`${url()}?townshipId=${b.townshipId}`)).json().code).toBe('RECORD.NOT_FOUND');
    expect((await put(admin, `${url()}?townshipId=${b.townshipId}`, { isEnabled: true, params: { minCadres: 2 } })).json().code).toBe(
      'RECORD.NOT_FOUND',
    );
    const bad = (await put(admin, url(), { isEnabled: true, params: { minCadres: 0 } })).json();
    expect(bad.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(bad.invalidParams[0].name).toBe('body.params.minCadres');
    expect((await put(admin, url(), { isEnabled: 'yes', params: {} })).json().code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('shows defaults, saves a township\u2019s parameters (audited) and the evaluation follows them', async () => {
    expect((await admin.get(url())).json()).toMatchObject({
      isSaved: false,
      isEnabled: true,
      params: { minCadres: 1 },
      townshipId: a.townshipId,
    });
    const saved = await put(admin, url(), { isEnabled: true, params: { minCadres: 2 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ isSaved: true, params: { minCadres: 2 } });
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'compliance.settings.save'), eq(auditLog.townshipId, a.townshipId)));
    expect(entry).toMatchObject({ before: null, after: { isEnabled: true, params: { minCadres: 2 } } });
    const report = (await admin.get('/api/compliance')).json() as Report;
    expect(resultOf(report, 'platform.org-has-cadres', a.departmentIds[0])).toMatchObject({ status: 'notMet', actual: 1, target: 2 });
    // Township B keeps the default.
    const bReport = (await county.get(`/api/compliance?townshipId=${b.townshipId}`)).json() as Report;
    expect(resultOf(bReport, 'platform.org-has-cadres', b.departmentIds[0])).toMatchObject({ target: 1 });

    await put(admin, url(), { isEnabled: false, params: { minCadres: 2 } });
    const disabled = (await admin.get('/api/compliance')).json() as Report;
    expect(rule(disabled, 'platform.org-has-cadres')?.evaluations[0]).toMatchObject({ isEnabled: false, results: [] });
    // Another year is untouched.
    expect((await admin.get(url('platform.org-has-cadres', year - 1))).json()).toMatchObject({ isSaved: false, isEnabled: true });
  });
});

describe('registerComplianceRule', () => {
  const base: ComplianceRule<{ n: number }> = {
    code: 'test.sessions',
    module: 'test',
    titleZh: '测试',
    titleEn: 'Test',
    legalBasis: '测试',
    appliesTo: ['village'],
    paramsSchema: z.object({ n: z.number() }),
    defaultParams: { n: 6 },
    evaluate: async (_db, { orgs, params }) =>
      orgs.map((o) => ({ orgId: o.id, status: 'met', actual: params.n, target: params.n, detailZh: '', evidence: [] })),
  };

  it('refuses bad codes, invalid defaults and a second rule under a taken code; accepts the same rule twice', () => {
    expect(() => registerComplianceRule({ ...base, code: 'NoModule' })).toThrow();
    expect(() =>
      registerComplianceRule({ ...base, code: 'test.bad-defaults', defaultParams: { n: 'six' } as unknown as { n: number } }),
    ).toThrow();
    registerComplianceRule(base);
    registerComplianceRule(base);
    expect(() => registerComplianceRule({ ...base })).toThrow();
  });

  it('evaluates a module\u2019s rule for the kinds it applies to (villages and communities), and isolates a failing rule', async () => {
    registerComplianceRule(base);
    registerComplianceRule({
      ...base,
      code: 'test.broken',
      evaluate: async () => {
        throw new Error('boom');
      },
    });
    const report = (await admin.get('/api/compliance')).json() as Report;
    const orgIds = rule(report, 'test.sessions')
      ?.evaluations[0]?.results.map((r) => r.orgId)
      .sort();
    expect(orgIds).toEqual([...a.villageIds].sort());
    expect(rule(report, 'test.broken')?.evaluations[0]).toMatchObject({ errorZh: expect.any(String), results: [] });
    expect(rule(report, 'platform.no-overdue-deadlines')?.evaluations[0]?.errorZh).toBeNull();
  });
});

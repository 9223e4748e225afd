import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { currentYearInChina } from '../../platform/calendar/today.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { constitutionWeekRule, dutyListCarriedOutRule, villageReachedRule } from './compliance.ts';
import { publicityReportSection } from './report-sections.ts';
import { reportSections } from '../../platform/modules.ts';
import { MODULES } from '../registry.ts';
import { listComplianceRules } from '../../platform/compliance/registry.ts';
import { seedPublicityDemo } from './demo-seed.ts';
import { publicityActivities, publicityCampaigns, publicityDutyItems } from './tables.ts';
import { SYSTEM_ACTOR } from '../../platform/audit/write-audit.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client; // township admin of A
let adminB: Client;
let village1: Client; // village cadre of A's first village (东村)
let staff: Client; // office staff of A's 司法所
let county: Client; // county reviewer over A and B
// A past year: activities are dates of record (never after today), and the test uses 31 December.
const Y = 2025;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  const mk = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  admin = await mk('townshipAdmin', a.townshipId, a.townshipId);
  adminB = await mk('townshipAdmin', b.townshipId, b.townshipId);
  village1 = await mk('villageCadre', a.villageIds[0], a.townshipId);
  staff = await mk('officeStaff', a.departmentIds[0], a.townshipId);
  county = await mk('countyReviewer', a.countyId, null);
});
afterAll(() => t.close());

const activity = (orgId: string, extra: Record<string, unknown> = {}) => ({
  orgId,
  date: `${Y}-05-10`,
  title: '民法典进村宣讲',
  venueType: 'village',
  channel: 'onsite',
  audienceCount: 60,
  materialsCount: 100,
  ...extra,
});
async function create(client: Client, url: string, body: unknown): Promise<string> {
  const res = await client.post(url, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('campaigns', () => {
  it('seeds the national calendar of the current year for a new township, editable, and rolls it to a new year', async () => {
    const year = currentYearInChina();
    const list = (await admin.get(`/api/publicity/campaigns?year=${year}`)).json() as {
      id: string;
      theme: string;
      startDate: string;
      version: number;
      name: string;
    }[];
    expect(list.map((c) => c.theme).sort()).toEqual([
      'antiDrug',
      'antiFraud',
      'antiGang',
      'constitutionWeek',
      'nationalSecurity',
      'safeTownship',
    ]);
    expect(list.find((c) => c.theme === 'constitutionWeek')!.startDate).toBe(`${year}-12-01`);
    const roll = await admin.post('/api/publicity/campaigns/roll', { fromYear: year, toYear: year + 1 });
    expect(roll.json()).toEqual({ created: 6, skipped: 0 });
    expect((await admin.post('/api/publicity/campaigns/roll', { fromYear: year, toYear: year + 1 })).json()).toEqual({
      created: 0,
      skipped: 6,
    });
    const next = (await admin.get(`/api/publicity/campaigns?year=${year + 1}`)).json() as { startDate: string; theme: string }[];
    expect(next.find((c) => c.theme === 'constitutionWeek')!.startDate).toBe(`${year + 1}-12-01`);
    const week = list.find((c) => c.theme === 'constitutionWeek')!;
    const upd = await admin.patch(`/api/publicity/campaigns/${week.id}`, {
      theme: 'constitutionWeek',
      name: week.name,
      startDate: `${year}-12-02`,
      endDate: `${year}-12-08`,
      version: week.version,
    });
    expect(upd.statusCode, upd.body).toBe(200);
    const stale = await admin.patch(`/api/publicity/campaigns/${week.id}`, {
      theme: 'constitutionWeek',
      name: week.name,
      startDate: `${year}-12-02`,
      endDate: `${year}-12-08`,
      version: week.version,
    });
    expect(stale.json().code).toBe('REQUEST.CONFLICT');
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, week.id));
    expect(audits.map((x) => x.action)).toContain('publicity.campaign.update');
  });

  it('answers 401, 403 (office staff, county reviewer), 404 for another township and 400 with codes', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/publicity/campaigns?year=${Y}` })).statusCode).toBe(401);
    const body = { theme: 'antiFraud', name: '反诈宣传月', startDate: `${Y}-03-01`, endDate: `${Y}-03-31` };
    expect((await staff.post('/api/publicity/campaigns', body)).statusCode).toBe(403);
    expect((await county.post('/api/publicity/campaigns', body)).statusCode).toBe(403);
    const id = await create(admin, '/api/publicity/campaigns', body);
    const [other] = await t.ctx.db
      .select()
      .from(publicityCampaigns)
      .where(and(eq(publicityCampaigns.townshipId, b.townshipId)))
      .limit(1);
    expect((await admin.patch(`/api/publicity/campaigns/${other!.id}`, { ...body, version: 1 })).statusCode).toBe(404);
    expect((await adminB.delete(`/api/publicity/campaigns/${id}`)).statusCode).toBe(404);
    const bad = await admin.post('/api/publicity/campaigns', { ...body, endDate: `${Y}-02-01` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect(bad.json().invalidParams[0].name).toBe('body.endDate');
    const badTheme = await admin.post('/api/publicity/campaigns', { ...body, theme: 'nope' });
    expect(badTheme.json().invalidParams[0].name).toBe('body.theme');
    expect((await admin.post('/api/publicity/campaigns', { ...body, extra: 1 })).statusCode).toBe(400);
    // the county reviewer reads a township it names, not one outside the county
    expect((await county.get(`/api/publicity/campaigns?year=${Y}&townshipId=${a.townshipId}`)).statusCode).toBe(200);
    expect((await county.get(`/api/publicity/campaigns?year=${Y}`)).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await adminB.get(`/api/publicity/campaigns?year=${Y}&townshipId=${a.townshipId}`)).statusCode).toBe(404);
  });
});

describe('duty lists and activities', () => {
  it('keeps a duty list per office, carried out by a linked activity in its planned months', async () => {
    const itemId = await create(staff, '/api/publicity/duty-items', {
      orgId: a.departmentIds[0],
      year: Y,
      laws: '《中华人民共和国民法典》',
      audienceTypes: ['villagers'],
      measures: '民法典宣传月进村宣讲',
      plannedMonths: [5],
    });
    // staff of 司法所 cannot write another office's list; a village is not an organ with a duty list
    const other = await staff.post('/api/publicity/duty-items', {
      orgId: a.departmentIds[1],
      year: Y,
      laws: 'x',
      audienceTypes: ['villagers'],
      measures: 'y',
      plannedMonths: [],
    });
    expect(other.json().code).toBe('PUBLICITY.INVALID_ORG');
    expect(
      (
        await village1.post('/api/publicity/duty-items', {
          orgId: a.villageIds[0],
          year: Y,
          laws: 'x',
          audienceTypes: ['villagers'],
          measures: 'y',
          plannedMonths: [],
        })
      ).statusCode,
    ).toBe(403);
    const badAudience = await staff.post('/api/publicity/duty-items', {
      orgId: a.departmentIds[0],
      year: Y,
      laws: 'x',
      audienceTypes: ['aliens'],
      measures: 'y',
      plannedMonths: [],
    });
    expect(badAudience.json().invalidParams[0].name).toBe('body.audienceTypes.0');

    let list = (await village1.get(`/api/publicity/duty-items?year=${Y}`)).json() as { id: string; state: string }[];
    expect(list.find((i) => i.id === itemId)!.state).toBe('missed');
    // an activity outside the planned month does not carry it out; one inside does
    const wrongYear = await staff.post(
      '/api/publicity/activities',
      activity(a.departmentIds[0], { dutyItemId: itemId, date: `${Y + 1}-05-10` }),
    );
    expect(wrongYear.json().code).toBe('PUBLICITY.DATE_OUTSIDE_YEAR');
    await create(
      staff,
      '/api/publicity/activities',
      activity(a.departmentIds[0], { dutyItemId: itemId, date: `${Y}-06-01`, villageId: a.villageIds[1] }),
    );
    list = (await staff.get(`/api/publicity/duty-items?year=${Y}`)).json();
    expect(list.find((i) => i.id === itemId)!.state).toBe('missed');
    await create(
      staff,
      '/api/publicity/activities',
      activity(a.departmentIds[0], {
        dutyItemId: itemId,
        date: `${Y}-05-31`,
        villageId: a.villageIds[1],
        caseReference: '王某与李某相邻通行纠纷',
      }),
    );
    list = (await staff.get(`/api/publicity/duty-items?year=${Y}`)).json();
    expect(list.find((i) => i.id === itemId)!.state).toBe('done');
    expect((await staff.delete(`/api/publicity/duty-items/${itemId}`)).json().code).toBe('PUBLICITY.IN_USE');
  });

  it("lets a village cadre record and see only their own village's activities", async () => {
    const mine = await create(
      village1,
      '/api/publicity/activities',
      activity(a.villageIds[0], { date: `${Y}-12-31`, title: '东村年终普法' }),
    );
    const forbidden = await village1.post('/api/publicity/activities', activity(a.departmentIds[0]));
    expect(forbidden.json().code).toBe('PUBLICITY.INVALID_ORG');
    const seen = (await village1.get(`/api/publicity/activities?year=${Y}&pageSize=100`)).json();
    expect(seen.items.map((i: { id: string }) => i.id)).toEqual([mine]);
    expect(seen.items[0].villageId).toBe(a.villageIds[0]); // the organising village is the village reached
    const staffList = (await staff.get(`/api/publicity/activities?year=${Y}&pageSize=100`)).json();
    expect(staffList.items.map((i: { id: string }) => i.id)).not.toContain(mine);
    expect((await staff.get(`/api/publicity/activities/${mine}`)).statusCode).toBe(404);
    expect((await adminB.get(`/api/publicity/activities/${mine}`)).statusCode).toBe(404);
    expect((await adminB.delete(`/api/publicity/activities/${mine}`)).statusCode).toBe(404);
    const got = (await admin.get(`/api/publicity/activities/${mine}`)).json();
    expect(got.orgName).toBe('东村');
    const upd = await village1.patch(`/api/publicity/activities/${mine}`, {
      ...activity(a.villageIds[0], { date: `${Y}-12-31`, title: '东村年终普法（改）' }),
      version: got.version,
    });
    expect(upd.statusCode, upd.body).toBe(200);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, mine));
    expect(audits.map((x) => x.action).sort()).toEqual(['publicity.activity.create', 'publicity.activity.update']);
  });

  it("refuses bad bodies with 400 codes, and another township's village or campaign", async () => {
    const neg = await staff.post('/api/publicity/activities', activity(a.departmentIds[0], { audienceCount: -1 }));
    expect(neg.statusCode).toBe(400);
    expect(neg.json().invalidParams[0].name).toBe('body.audienceCount');
    expect(
      (await staff.post('/api/publicity/activities', activity(a.departmentIds[0], { channel: 'tv' }))).json().invalidParams[0].name,
    ).toBe('body.channel');
    expect((await staff.post('/api/publicity/activities', activity(a.departmentIds[0], { villageId: b.villageIds[0] }))).json().code).toBe(
      'PUBLICITY.INVALID_VILLAGE',
    );
    const [otherCampaign] = await t.ctx.db
      .select()
      .from(publicityCampaigns)
      .where(eq(publicityCampaigns.townshipId, b.townshipId))
      .limit(1);
    expect(
      (await staff.post('/api/publicity/activities', activity(a.departmentIds[0], { campaignId: otherCampaign!.id }))).json().code,
    ).toBe('PUBLICITY.INVALID_CAMPAIGN');
    expect((await staff.post('/api/publicity/activities', activity(a.departmentIds[0], { date: '2026-02-30' }))).statusCode).toBe(400);
    expect((await county.post('/api/publicity/activities', activity(a.departmentIds[0]))).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/publicity/activities', payload: activity(a.departmentIds[0]) })).statusCode,
    ).toBe(401);
  });
});

describe('coverage, compliance, summary, ledger, report', () => {
  it('counts villages per quarter (31 December in Q4) and venue types per month', async () => {
    const cov = (await admin.get(`/api/publicity/coverage?year=${Y}`)).json();
    const east = cov.villages.find((v: { orgId: string }) => v.orgId === a.villageIds[0]);
    expect(east.quarters).toEqual([0, 0, 0, 1]);
    const west = cov.villages.find((v: { orgId: string }) => v.orgId === a.villageIds[1]);
    expect(west.quarters).toEqual([0, 2, 0, 0]);
    const village = cov.venueTypes.find((v: { code: string }) => v.code === 'village');
    expect(village.months[4]).toBe(1);
    expect(village.months[11]).toBe(1);
    // the village cadre's coverage is their own village
    const vc = (await village1.get(`/api/publicity/coverage?year=${Y}`)).json();
    expect(vc.villages.map((v: { orgId: string }) => v.orgId)).toEqual([a.villageIds[0]]);
    expect((await village1.get(`/api/publicity/summary?year=${Y}`)).json().totals.villages).toBe(1);
  });

  it('evaluates the three rules per org with evidence links', async () => {
    const orgs = [
      { id: a.villageIds[0], name: '东村', kind: 'village' as const },
      { id: a.villageIds[1], name: '西村', kind: 'village' as const },
    ];
    const scope = {
      kind: 'township' as const,
      userId: '',
      townshipId: a.townshipId,
      townshipIds: [a.townshipId],
      orgIds: null,
      isReadOnly: false,
    };
    const reached = await villageReachedRule.evaluate(t.ctx.db, {
      townshipId: a.townshipId,
      year: Y,
      params: { minPerYear: 1, eachQuarter: false },
      scope,
      orgs,
      today: `${Y + 1}-01-01`,
    });
    expect(reached.map((r) => [r.status, r.actual])).toEqual([
      ['met', 1],
      ['met', 2],
    ]);
    const quarterly = await villageReachedRule.evaluate(t.ctx.db, {
      townshipId: a.townshipId,
      year: Y,
      params: { minPerYear: 1, eachQuarter: true },
      scope,
      orgs,
      today: `${Y}-07-01`,
    });
    expect(quarterly[0]!.status).toBe('notMet'); // nothing in Q1 and Q2
    expect(quarterly[0]!.detailZh).toContain('第一、二季度未开展');
    expect(quarterly[0]!.evidence[0]!.link).toBe(`/publicity/activities?villageId=${a.villageIds[0]}&year=${Y}`);
    const depts = [
      { id: a.departmentIds[0], name: '司法所', kind: 'department' as const },
      { id: a.departmentIds[1], name: '党政综合办公室', kind: 'department' as const },
    ];
    const duty = await dutyListCarriedOutRule.evaluate(t.ctx.db, {
      townshipId: a.townshipId,
      year: Y,
      params: { maxMissed: 0 },
      scope,
      orgs: depts,
      today: `${Y}-11-27`,
    });
    expect(duty.map((r) => r.status)).toEqual(['met', 'notMet']);
    expect(duty[0]!.evidence.some((e) => e.link.startsWith('/publicity/activities/'))).toBe(true);
    const tw = [{ id: a.townshipId, name: '甲乡', kind: 'township' as const }];
    // the week (moved to 12-02…08 above when Y is this year): no activity yet → not applicable before it ends, not met after
    expect(
      (
        await constitutionWeekRule.evaluate(t.ctx.db, {
          townshipId: a.townshipId,
          year: Y,
          params: { minActivities: 1 },
          scope,
          orgs: tw,
          today: `${Y}-12-07`,
        })
      )[0]!.status,
    ).toBe('notApplicable');
    expect(
      (
        await constitutionWeekRule.evaluate(t.ctx.db, {
          townshipId: a.townshipId,
          year: Y,
          params: { minActivities: 1 },
          scope,
          orgs: tw,
          today: `${Y}-12-09`,
        })
      )[0]!.status,
    ).toBe('notMet');
    await create(
      admin,
      '/api/publicity/activities',
      activity(a.townshipId, { date: `${Y}-12-07`, venueType: 'agency', title: '宪法宣誓' }),
    );
    const held = await constitutionWeekRule.evaluate(t.ctx.db, {
      townshipId: a.townshipId,
      year: Y,
      params: { minActivities: 1 },
      scope,
      orgs: tw,
      today: `${Y}-12-31`,
    });
    expect(held[0]!.status).toBe('met');
    // the compliance page lists the module's rules
    const page = (await admin.get(`/api/compliance?year=${Y}&ruleCode=publicity.village-reached`)).json();
    expect(page.rules[0].evaluations[0].results.length).toBe(2);
  });

  it("sums the year and downloads the ledger workbook in the caller's scope", async () => {
    const s = (await admin.get(`/api/publicity/summary?year=${Y}`)).json();
    expect(s.totals.activities).toBe(4);
    expect(s.totals.people).toBe(240);
    expect(s.totals.caseExplained).toBe(1);
    expect(s.totals.villagesReached).toBe(2);
    expect(s.byMonth[11].activities).toBe(2);
    const res = await admin.get(`/api/publicity/ledger?year=${Y}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('filename*=');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['普法活动台账', '按场所类型', '按宣传渠道', '普法责任清单落实']);
    const values = wb.getWorksheet('普法活动台账')!.getSheetValues().flat().map(String);
    expect(values).toContain('王某与李某相邻通行纠纷');
    const vc = await village1.get(`/api/publicity/ledger?year=${Y}`);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(vc.rawPayload as unknown as ArrayBuffer);
    expect(wb2.getWorksheet('普法活动台账')!.getSheetValues().flat().map(String)).not.toContain('王某与李某相邻通行纠纷');
    expect((await t.app.inject({ method: 'GET', url: `/api/publicity/ledger?year=${Y}` })).statusCode).toBe(401);
  });

  it('writes the publicity paragraph of the annual report with the figures', async () => {
    const blocks = await publicityReportSection.build(t.ctx.db, { townshipId: a.townshipId, year: Y });
    const text = (blocks[0] as { text: string }).text;
    expect(text).toContain('共开展普法活动4次，受众240人次');
    expect(text).toContain('1个单位制定普法责任清单1项，已落实1项');
    expect(blocks[1]!.kind).toBe('table');
    // contributed to the annual report, and the rules are registered with the platform
    expect(reportSections(MODULES, 'ruleOfLawAnnual')).toContain(publicityReportSection);
    expect(listComplianceRules().map((r) => r.code)).toEqual(
      expect.arrayContaining(['publicity.village-reached', 'publicity.duty-list-carried-out', 'publicity.constitution-week']),
    );
  });
});

describe("an office's activity held in a village", () => {
  it("is seen by that village's cadre, read-only", async () => {
    const id = await create(
      staff,
      '/api/publicity/activities',
      activity(a.departmentIds[0], { villageId: a.villageIds[0], date: `${Y}-02-02`, title: '司法所进东村' }),
    );
    const seen = (await village1.get(`/api/publicity/activities?year=${Y}&pageSize=100`)).json();
    const item = seen.items.find((i: { id: string }) => i.id === id);
    expect(item.abilities).toEqual({ update: false, delete: false });
    expect(seen.items.find((i: { title: string }) => i.title.startsWith('东村年终普法')).abilities).toEqual({ update: true, delete: true });
    const res = await village1.patch(`/api/publicity/activities/${id}`, {
      ...activity(a.departmentIds[0], { villageId: a.villageIds[0], date: `${Y}-02-02`, title: 'x' }),
      version: item.version,
    });
    // Seen but not theirs: forbidden (the one rule: not visible 404, visible without the ability 403).
    expect(res.statusCode).toBe(403);
    expect((await village1.delete(`/api/publicity/activities/${id}`)).statusCode).toBe(403);
    expect(
      ((await village1.get(`/api/publicity/coverage?year=${Y}`)).json().villages as { orgId: string; quarters: number[] }[]).find(
        (v) => v.orgId === a.villageIds[0],
      )!.quarters,
    ).toEqual([1, 0, 0, 1]);
  });
});

describe('abilities', () => {
  it('tells each caller which campaigns, duty-list lines and activities they may change, and refuses the rest with 403', async () => {
    const year = currentYearInChina();
    type WithAbilities = { id: string; orgId: string; abilities: { update: boolean; delete: boolean } };
    const campaignsOf = async (c: Client, q = '') => (await c.get(`/api/publicity/campaigns?year=${year}${q}`)).json() as WithAbilities[];
    expect((await campaignsOf(admin)).every((c) => c.abilities.update && c.abilities.delete)).toBe(true);
    const staffView = await campaignsOf(staff);
    expect(staffView.length).toBeGreaterThan(0);
    expect(staffView.every((c) => !c.abilities.update && !c.abilities.delete)).toBe(true);
    expect((await campaignsOf(county, `&townshipId=${a.townshipId}`)).every((c) => !c.abilities.update)).toBe(true);

    const line = {
      year: Y,
      laws: '《中华人民共和国安全生产法》',
      audienceTypes: ['villagers'],
      measures: '进企业宣讲',
      plannedMonths: [6],
    };
    const theirs = await create(admin, '/api/publicity/duty-items', { ...line, orgId: a.departmentIds[1] });
    const duty = (await staff.get(`/api/publicity/duty-items?year=${Y}`)).json() as WithAbilities[];
    expect(duty.find((d) => d.id === theirs)!.abilities).toEqual({ update: false, delete: false });
    expect(duty.filter((d) => d.orgId === a.departmentIds[0]).every((d) => d.abilities.update)).toBe(true);
    const adminDuty = (await admin.get(`/api/publicity/duty-items?year=${Y}`)).json() as WithAbilities[];
    expect(adminDuty.find((d) => d.id === theirs)!.abilities).toEqual({ update: true, delete: true });
    // Another office's line is visible to the 司法所 (duty lists are public) but not theirs to change: 403.
    expect((await staff.delete(`/api/publicity/duty-items/${theirs}`)).statusCode).toBe(403);
    // Another township's line is not found.
    expect((await adminB.delete(`/api/publicity/duty-items/${theirs}`)).statusCode).toBe(404);
    expect((await admin.delete(`/api/publicity/duty-items/${theirs}`)).statusCode).toBe(200);

    const activityId = await create(staff, '/api/publicity/activities', activity(a.departmentIds[0], { title: '安全生产宣讲' }));
    const got = (await staff.get(`/api/publicity/activities/${activityId}`)).json() as WithAbilities;
    expect(got.abilities).toEqual({ update: true, delete: true });
    const countyView = (await county.get(`/api/publicity/activities/${activityId}`)).json() as WithAbilities;
    expect(countyView.abilities).toEqual({ update: false, delete: false });
  });
});

describe('public duty list (/gk)', () => {
  it("publishes the year's duty lists without sign-in, per township, escaped, in both languages", async () => {
    await create(adminB, '/api/publicity/duty-items', {
      orgId: b.departmentIds[0],
      year: Y,
      laws: '<script>alert(1)</script>《乙乡测试法》',
      audienceTypes: ['villagers', 'students'],
      measures: '进校园',
      plannedMonths: [10, 11, 12],
    });
    const page = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/publicity/duty-list?year=${Y}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('《中华人民共和国民法典》');
    expect(page.body).toContain('司法所');
    expect(page.body).toContain('5月');
    expect(page.body).not.toContain('乙乡测试法');
    expect(page.body).not.toContain('<script');
    const pageB = await t.app.inject({ method: 'GET', url: `/gk/${b.divisionCode}/publicity/duty-list?year=${Y}` });
    expect(pageB.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;《乙乡测试法》');
    expect(pageB.body).toContain('第四季度');
    expect(pageB.body).toContain('村（居）民、青少年学生');
    const empty = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/publicity/duty-list?year=2001` });
    expect(empty.body).toContain('该年度尚未公布普法责任清单');
    const en = await t.app.inject({
      method: 'GET',
      url: `/gk/${b.divisionCode}/publicity/duty-list?year=${Y}`,
      cookies: { yifa_public_lang: 'en' },
    });
    expect(en.body).toContain('Laws publicised');
    expect(en.body).toContain('Oct, Nov, Dec');
    const bad = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/publicity/duty-list?year=abc` });
    expect(bad.statusCode).toBe(400);
    const home = await t.app.inject({ method: 'GET', url: `/gk/${a.divisionCode}/` });
    expect(home.body).toContain(`/gk/${a.divisionCode}/publicity/duty-list`);
  });
});

describe('demo data', () => {
  it('gives a township campaigns, a duty list per office and activities in every village', async () => {
    const c = await makeTownship(t.ctx.db, '演示乡');
    await t.ctx.db.transaction((tx) => seedPublicityDemo(tx, c.townshipId, SYSTEM_ACTOR));
    const items = await t.ctx.db.select().from(publicityDutyItems).where(eq(publicityDutyItems.townshipId, c.townshipId));
    expect(new Set(items.map((i) => i.orgId))).toEqual(new Set(c.departmentIds));
    const acts = await t.ctx.db.select().from(publicityActivities).where(eq(publicityActivities.townshipId, c.townshipId));
    expect(new Set(acts.map((x) => x.villageId)).has(c.villageIds[1])).toBe(true);
    expect(acts.every((x) => x.date <= new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10))).toBe(true);
  });
});

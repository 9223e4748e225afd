import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { people, roles, userRoles, users } from '../../platform/db/schema.ts';
import { loginWithPermissions } from '../../platform/deadlines/test-support.ts';
import { multipartFile, uniquePng } from '../../platform/files/test-fixtures.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let adminB: Client;
let village: Client; // village cadre of A's first village, linked to the cadre 村干部甲
let county: Client;
let villagePersonId: string;
const cadres: Record<string, string> = {};
const year = 2025;

async function addPerson(townshipId: string, orgId: string, name: string, extra: Partial<typeof people.$inferInsert> = {}) {
  const [p] = await t.ctx.db
    .insert(people)
    .values({ townshipId, orgId, name, isCivilServant: true, joinedOn: '2020-01-01', ...extra })
    .returning();
  return p!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  const mk = async (role: string, orgId: string | null, townshipId: string | null) => {
    const u = await makeUser(t.ctx.db, role, orgId, townshipId);
    return { client: await login(t.app, u.username, TEST_PASSWORD), id: u.id };
  };
  admin = (await mk('townshipAdmin', a.townshipId, a.townshipId)).client;
  adminB = (await mk('townshipAdmin', b.townshipId, b.townshipId)).client;
  county = (await mk('countyReviewer', a.countyId, null)).client;
  cadres['张三'] = await addPerson(a.townshipId, a.departmentIds[0], '张三');
  cadres['李四'] = await addPerson(a.townshipId, a.departmentIds[0], '李四');
  cadres['王五'] = await addPerson(a.townshipId, a.departmentIds[1], '王五', { isLeader: true });
  villagePersonId = await addPerson(a.townshipId, a.villageIds[0], '村干部甲');
  const v = await makeUser(t.ctx.db, 'villageCadre', a.villageIds[0], a.townshipId);
  await t.ctx.db.update(users).set({ personId: villagePersonId }).where(eq(users.id, v.id));
  village = await login(t.app, v.username, TEST_PASSWORD);
  cadres['乙乡干部'] = await addPerson(b.townshipId, b.departmentIds[0], '乙乡干部');
});
afterAll(() => t.close());

const session = (over: Record<string, unknown> = {}) => ({
  kind: 'collective',
  title: '学习民法典',
  heldOn: `${year}-12-31`,
  hours: 30,
  speaker: '赵老师',
  place: '三楼会议室',
  attendance: [
    { personId: cadres['张三'], isPresent: true },
    { personId: cadres['李四'], isPresent: false, absenceReason: '病假' },
  ],
  ...over,
});

type Ledger = {
  people: { personId: string; totalHours: number; targetHours: number; isShort: boolean; rank: number }[];
  orgs: { orgId: string; shortCount: number }[];
};
const ledger = async (c: Client, y = year) => (await c.get(`/api/law-study/ledger?year=${y}`)).json() as Ledger;
const hoursOf = (l: Ledger, id: string) => l.people.find((p) => p.personId === id);

describe('sessions and attendance', () => {
  let id: string;
  it('records a session; present cadres are credited its hours, absent ones nothing; 31 December counts in its year', async () => {
    const res = await admin.post('/api/law-study/sessions', session());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const l = await ledger(admin);
    expect(hoursOf(l, cadres['张三']!)).toMatchObject({ totalHours: 30, isShort: true });
    expect(hoursOf(l, cadres['李四']!)).toMatchObject({ totalHours: 0 });
    expect(hoursOf(await ledger(admin, year + 1), cadres['张三']!)?.totalHours).toBe(0);
    const detail = (await admin.get(`/api/law-study/sessions/${id}`)).json();
    expect(detail.attendance.find((x: { personId: string }) => x.personId === cadres['李四'])).toMatchObject({
      isPresent: false,
      absenceReason: '病假',
      creditedHours: 0,
    });
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'law-study.session.create')));
    expect(audit).toHaveLength(1);
  });

  it('reaches the target at exactly 60 hours', async () => {
    await admin.post(
      '/api/law-study/sessions',
      session({ title: '第二次', heldOn: `${year}-06-01`, attendance: [{ personId: cadres['张三'], isPresent: true }] }),
    );
    expect(hoursOf(await ledger(admin), cadres['张三']!)).toMatchObject({ totalHours: 60, targetHours: 60, isShort: false, rank: 1 });
  });

  it('refuses without sign-in (401), without the permission (403), and hides another township (404)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/law-study/sessions' })).statusCode).toBe(401);
    const denied = await village.post('/api/law-study/sessions', session());
    expect(denied.statusCode).toBe(403);
    expect((await adminB.get(`/api/law-study/sessions/${id}`)).statusCode).toBe(404);
    expect((await adminB.patch(`/api/law-study/sessions/${id}`, { ...session(), version: 1 })).json().code).toBe('RECORD.NOT_FOUND');
    expect((await adminB.delete(`/api/law-study/sessions/${id}`)).statusCode).toBe(404);
    const list = (await adminB.get('/api/law-study/sessions')).json();
    expect(list.items.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it('checks the body (400 with the field): absence without reason, hours, unknown kind, cadre of another township', async () => {
    const noReason = await admin.post('/api/law-study/sessions', session({ attendance: [{ personId: cadres['李四'], isPresent: false }] }));
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await admin.post('/api/law-study/sessions', session({ hours: 101 }))).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await admin.post('/api/law-study/sessions', session({ kind: 'party' }))).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await admin.post('/api/law-study/sessions', session({ extra: 1 }))).statusCode).toBe(400);
    const foreign = await admin.post(
      '/api/law-study/sessions',
      session({ attendance: [{ personId: cadres['乙乡干部'], isPresent: true }] }),
    );
    expect(foreign.json().code).toBe('LAW_STUDY.PERSON_NOT_IN_TOWNSHIP');
  });

  it('updates with the version and refuses a stale one (409); a deleted session leaves the ledger', async () => {
    const stale = await admin.patch(`/api/law-study/sessions/${id}`, { ...session(), version: 99 });
    expect(stale.json().code).toBe('REQUEST.CONFLICT');
    const ok = await admin.patch(`/api/law-study/sessions/${id}`, { ...session({ hours: 20 }), version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(hoursOf(await ledger(admin), cadres['张三']!)?.totalHours).toBe(50);
    expect((await admin.delete(`/api/law-study/sessions/${id}`)).statusCode).toBe(200);
    expect(hoursOf(await ledger(admin), cadres['张三']!)?.totalHours).toBe(30);
  });

  it('extends the law list; a county reviewer reads but cannot write', async () => {
    const res = await admin.post('/api/law-study/laws', { name: '湖南省实施办法' });
    expect(res.statusCode).toBe(201);
    expect((await admin.post('/api/law-study/laws', { name: '湖南省实施办法' })).json().code).toBe('LAW_STUDY.LAW_NAME_TAKEN');
    const roll = (await admin.get('/api/law-study/roll')).json() as { name: string }[];
    expect(roll.map((p) => p.name)).toContain('张三');
    expect(roll.map((p) => p.name)).not.toContain('乙乡干部');
    expect((await adminB.get(`/api/law-study/roll?townshipId=${a.townshipId}`)).statusCode).toBe(404);
    const laws = (await admin.get('/api/law-study/laws')).json();
    expect(laws.map((l: { name: string }) => l.name)).toContain('中华人民共和国宪法');
    expect((await county.get(`/api/law-study/sessions?townshipId=${a.townshipId}`)).statusCode).toBe(200);
    expect((await county.get(`/api/law-study/sessions?townshipId=${b.townshipId}`)).statusCode).toBe(200);
    expect((await county.post('/api/law-study/laws', { name: 'x' })).statusCode).toBe(403);
  });
});

describe('self-study', () => {
  const claim = async (c: Client, extra: Record<string, unknown> = {}) => {
    const { payload, headers } = multipartFile('证书.png', uniquePng());
    const file = await c.request({ method: 'POST', url: '/api/files', payload, headers });
    expect(file.statusCode, file.body).toBe(201);
    return c.post('/api/law-study/self-studies', {
      kind: 'online',
      title: '网络学法',
      studiedOn: `${year}-03-01`,
      hours: 10,
      source: '学法平台',
      fileIds: [file.json().id],
      ...extra,
    });
  };

  it('counts a claim only once approved; a reviewed claim cannot be reviewed again', async () => {
    const res = await claim(village);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect(hoursOf(await ledger(admin), villagePersonId)?.totalHours).toBe(0);
    const hours = (await village.get(`/api/law-study/people/${villagePersonId}/hours?year=${year}`)).json();
    expect(hours).toMatchObject({ totalHours: 0, pendingSelfStudyHours: 10, targetHours: 60 });
    expect((await adminB.get(`/api/law-study/people/${villagePersonId}/hours`)).statusCode).toBe(404);
    expect((await village.get(`/api/law-study/people/${cadres['张三']}/hours`)).statusCode).toBe(404); // another org
    expect((await village.post(`/api/law-study/self-studies/${id}/review`, { decision: 'approved', version: 1 })).statusCode).toBe(403);
    expect((await admin.post(`/api/law-study/self-studies/${id}/review`, { decision: 'rejected', version: 1 })).json().code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    expect((await adminB.post(`/api/law-study/self-studies/${id}/review`, { decision: 'approved', version: 1 })).statusCode).toBe(404);
    const ok = await admin.post(`/api/law-study/self-studies/${id}/review`, { decision: 'approved', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    // The answer names the cadre, as the list does (it was an empty personName).
    expect(ok.json().personName).toBe('村干部甲');
    expect(hoursOf(await ledger(admin), villagePersonId)?.totalHours).toBe(10);
    expect(
      (await admin.post(`/api/law-study/self-studies/${id}/review`, { decision: 'rejected', note: '重复', version: 2 })).json().code,
    ).toBe('LAW_STUDY.ALREADY_REVIEWED');
  });

  it('lets a cadre claim for themself only, and needs evidence', async () => {
    expect((await claim(village, { personId: cadres['张三'] })).json().code).toBe('LAW_STUDY.CLAIM_FOR_OTHERS');
    const noFile = await village.post('/api/law-study/self-studies', {
      kind: 'online',
      title: 'x',
      studiedOn: `${year}-03-01`,
      hours: 1,
      fileIds: [],
    });
    expect(noFile.json().code).toBe('REQUEST.VALIDATION_FAILED');
  });
});

describe('exams and appointments', () => {
  it('records scores and absentees; an exam of another township is not found', async () => {
    const res = await admin.post('/api/law-study/exams', { kind: 'general', title: '年度考试', heldOn: `${year}-09-01`, passMark: 60 });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const put = (c: Client, scores: unknown) =>
      c.request({ method: 'PUT', url: `/api/law-study/exams/${id}/scores`, payload: { scores } as object });
    const saved = await put(admin, [
      { personId: cadres['张三'], score: 60 },
      { personId: cadres['李四'], score: null, isAbsent: true },
    ]);
    expect(saved.json()).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect((await put(admin, [{ personId: cadres['张三'], score: 60 }])).json()).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect((await put(admin, [{ personId: cadres['张三'], score: 101 }])).json().code).toBe('REQUEST.VALIDATION_FAILED');
    const detail = (await admin.get(`/api/law-study/exams/${id}`)).json();
    expect(detail).toMatchObject({ takenCount: 1, passedCount: 1, absentCount: 1 });
    expect((await adminB.get(`/api/law-study/exams/${id}`)).statusCode).toBe(404);
    expect((await put(adminB, [])).statusCode).toBe(404);
  });

  it('flags an appointment without a passed pre-appointment exam before it', async () => {
    const res = await admin.post('/api/law-study/appointments', { personId: cadres['王五'], post: '副乡长', appointedOn: `${year}-05-01` });
    expect(res.statusCode, res.body).toBe(201);
    const list = async () => (await admin.get(`/api/law-study/appointments?year=${year}`)).json() as { isCovered: boolean }[];
    expect((await list())[0]!.isCovered).toBe(false);
    const exam = (
      await admin.post('/api/law-study/exams', { kind: 'preAppointment', title: '任前考试', heldOn: `${year}-04-20`, passMark: 60 })
    ).json().id;
    await admin.request({
      method: 'PUT',
      url: `/api/law-study/exams/${exam}/scores`,
      payload: { scores: [{ personId: cadres['王五'], score: 80 }] },
    });
    expect((await list())[0]!.isCovered).toBe(true);
    expect(
      (await village.post('/api/law-study/appointments', { personId: cadres['王五'], post: 'x', appointedOn: `${year}-05-01` })).statusCode,
    ).toBe(403);
    expect(
      (await admin.post('/api/law-study/appointments', { personId: cadres['王五'], post: '', appointedOn: `${year}-02-30` })).json().code,
    ).toBe('REQUEST.VALIDATION_FAILED');
    expect(
      (await adminB.post('/api/law-study/appointments', { personId: cadres['王五'], post: '副乡长', appointedOn: `${year}-05-01` })).json()
        .code,
    ).toBe('LAW_STUDY.PERSON_NOT_IN_TOWNSHIP');
    expect((await adminB.get(`/api/law-study/appointments?year=${year}`)).json()).toEqual([]);
    // The pre-appointment exam is not one of the year's circulated law exams.
    const ledger = (await admin.get(`/api/law-study/ledger?year=${year}`)).json() as { examCount: number };
    expect(ledger.examCount).toBe(1);
  });
});

describe('compliance and bulletin', () => {
  type Report = {
    rules: {
      code: string;
      evaluations: {
        results: { orgId: string; status: string; actual: number | null; target: number | null; evidence: { link: string }[] }[];
      }[];
    }[];
  };
  const result = (r: Report, code: string, orgId: string) =>
    r.rules
      .find((x) => x.code === code)
      ?.evaluations.flatMap((e) => e.results)
      .find((x) => x.orgId === orgId);

  it('registers the five rules with results per org and links to the records', async () => {
    const r = (await admin.get(`/api/compliance?year=${year}`)).json() as Report;
    expect(result(r, 'law-study.collective-sessions-per-year', a.townshipId)).toMatchObject({ status: 'notMet', actual: 1, target: 6 });
    expect(result(r, 'law-study.leader-training-classes', a.townshipId)).toMatchObject({ status: 'notMet', actual: 0 });
    const dept = result(r, 'law-study.hours-per-cadre', a.departmentIds[0])!;
    expect(dept).toMatchObject({ status: 'notMet', actual: 0, target: 2 });
    expect(dept.evidence[0]!.link).toContain(`/law-study/hours?year=${year}&orgId=${a.departmentIds[0]}`);
    expect(result(r, 'law-study.exam-participation', a.departmentIds[0])).toMatchObject({ status: 'notMet', actual: 50 });
    expect(result(r, 'law-study.pre-appointment-exams', a.townshipId)).toMatchObject({ status: 'met', actual: 1, target: 1 });
  });

  it("follows the township's params (target lowered to 30 hours)", async () => {
    const res = await admin.request({
      method: 'PUT',
      url: `/api/compliance/settings/law-study.hours-per-cadre/${year}`,
      payload: { isEnabled: true, params: { annualHours: 30, prorateForJoiners: false, onlyCivilServants: true } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(hoursOf(await ledger(admin), cadres['张三']!)).toMatchObject({ targetHours: 30, isShort: false });
  });

  it('renders the bulletin as Word and Excel; a village cadre cannot (no township-wide view)', async () => {
    const docx = await admin.get(`/api/law-study/bulletin?year=${year}&format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await admin.get(`/api/law-study/bulletin?year=${year}&quarter=4&format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await village.get(`/api/law-study/bulletin?year=${year}&format=docx`)).statusCode).toBe(403);
    expect((await admin.get(`/api/law-study/bulletin?year=${year}&format=pdf`)).json().code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('lets a county reviewer read a township it oversees, naming it', async () => {
    expect((await county.get(`/api/law-study/ledger?year=${year}`)).json().code).toBe('REQUEST.VALIDATION_FAILED');
    const l = (await county.get(`/api/law-study/ledger?year=${year}&townshipId=${a.townshipId}`)).json() as Ledger;
    expect(hoursOf(l, cadres['张三']!)).toBeTruthy();
    expect((await county.get(`/api/law-study/bulletin?year=${year}&format=xlsx&townshipId=${a.townshipId}`)).statusCode).toBe(200);
    expect((await adminB.get(`/api/law-study/bulletin?year=${year}&format=xlsx&townshipId=${a.townshipId}`)).statusCode).toBe(404);
  });

  it('shows a village cadre only their own org in the ledger', async () => {
    const l = await ledger(village);
    expect(l.people.map((p) => p.personId)).toEqual([villagePersonId]);
  });
});

describe('a custom role without write rights', () => {
  it('403 on writes', async () => {
    const reader = await loginWithPermissions(t, a.townshipId, ['law-study:session:read', 'law-study:exam:read']);
    expect(
      (await reader.post('/api/law-study/exams', { kind: 'general', title: 'x', heldOn: `${year}-01-01`, passMark: 60 })).statusCode,
    ).toBe(403);
    expect((await reader.get('/api/law-study/exams')).statusCode).toBe(200);
  });
});

describe('abilities: what each caller may do, carried by the records', () => {
  type Row = { id: string; personId: string; abilities: Record<string, boolean>; allowedSteps?: string[] };
  const items = async (c: Client, path: string) => ((await c.get(path)).json() as { items: Row[] }).items;

  it('a county reviewer reads every record with every ability false', async () => {
    const s = await admin.post('/api/law-study/sessions', session({ title: '能力测试', heldOn: `${year}-06-01` }));
    expect(s.statusCode, s.body).toBe(201);
    const q = `year=${year}&townshipId=${a.townshipId}`;
    const countyRow = (await items(county, `/api/law-study/sessions?${q}`)).find((r) => r.id === s.json().id)!;
    expect(countyRow.abilities).toEqual({ update: false, delete: false });
    expect((await county.get(`/api/law-study/sessions/${s.json().id}`)).json().abilities).toEqual({ update: false, delete: false });
    const adminRow = (await items(admin, `/api/law-study/sessions?year=${year}`)).find((r) => r.id === s.json().id)!;
    expect(adminRow.abilities).toEqual({ update: true, delete: true });

    const exam = await admin.post('/api/law-study/exams', { kind: 'general', title: '能力考试', heldOn: `${year}-05-01`, passMark: 60 });
    expect((await county.get(`/api/law-study/exams/${exam.json().id}`)).json().abilities).toEqual({ recordScores: false });
    expect((await admin.get(`/api/law-study/exams/${exam.json().id}`)).json()).toMatchObject({
      abilities: { recordScores: true },
      allowedSteps: ['recordScores'],
    });
    expect((await county.get(`/api/law-study/exams/${exam.json().id}`)).json().allowedSteps).toEqual([]);
    // A planned exam takes no scores yet: the step is not offered (examWorkflow).
    const planned = await admin.post('/api/law-study/exams', { kind: 'general', title: '计划考试', heldOn: '2199-01-01', passMark: 60 });
    expect((await admin.get(`/api/law-study/exams/${planned.json().id}`)).json()).toMatchObject({
      abilities: { recordScores: true },
      allowedSteps: [],
    });

    const claims = await items(county, `/api/law-study/self-studies?${q}`);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect([c.abilities, c.allowedSteps]).toEqual([{ review: false }, []]);
    // The bulletin is a read: a county reviewer's view of the township is township-wide.
    expect((await county.get(`/api/law-study/ledger?${q}`)).json().abilities).toEqual({ bulletin: true });
  });

  it('an office clerk sees only their org\u2019s claims; with the review permission, may review exactly those, once', async () => {
    const clerkUser = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
    await t.ctx.db.update(users).set({ personId: cadres['张三'] }).where(eq(users.id, clerkUser.id));
    const clerk = await login(t.app, clerkUser.username, TEST_PASSWORD);
    const { payload, headers } = multipartFile('证书.png', uniquePng());
    const file = await clerk.request({ method: 'POST', url: '/api/files', payload, headers });
    const own = await clerk.post('/api/law-study/self-studies', {
      kind: 'selfStudy',
      title: '自学宪法',
      studiedOn: `${year}-04-01`,
      hours: 2,
      fileIds: [file.json().id],
    });
    expect(own.statusCode, own.body).toBe(201);
    const seen = await items(clerk, `/api/law-study/self-studies?year=${year}`);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((c) => c.personId === cadres['张三'] || c.personId === cadres['李四'])).toBe(true);
    expect(seen.map((c) => c.personId)).not.toContain(villagePersonId);
    for (const c of seen) expect([c.abilities, c.allowedSteps]).toEqual([{ review: false }, []]);
    expect((await clerk.get(`/api/law-study/ledger?year=${year}`)).json().abilities).toEqual({ bulletin: false });

    // The ledger office of that department only (a custom role: org scope, the review permission).
    const [role] = await t.ctx.db
      .insert(roles)
      .values({
        townshipId: a.townshipId,
        code: 'deptLedgerOffice',
        name: '站所学法台账员',
        dataScope: 'org',
        permissions: ['law-study:session:read', 'law-study:self-study:approve'],
      })
      .returning();
    const reviewerUser = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
    await t.ctx.db.update(userRoles).set({ roleId: role!.id }).where(eq(userRoles.userId, reviewerUser.id));
    const relogged = await login(t.app, reviewerUser.username, TEST_PASSWORD);
    const reviewable = await items(relogged, `/api/law-study/self-studies?year=${year}&status=pending`);
    expect(reviewable.map((c) => c.id)).toContain(own.json().id);
    expect(reviewable.map((c) => c.personId)).not.toContain(villagePersonId);
    const mine = reviewable.find((c) => c.id === own.json().id)!;
    expect([mine.abilities, mine.allowedSteps]).toEqual([{ review: true }, ['approve', 'reject']]);
    const villageClaim = (await items(admin, `/api/law-study/self-studies?year=${year}`)).find((c) => c.personId === villagePersonId)!;
    expect(
      (await relogged.post(`/api/law-study/self-studies/${villageClaim.id}/review`, { decision: 'approved', version: 1 })).statusCode,
    ).toBe(404);
    const done = await relogged.post(`/api/law-study/self-studies/${own.json().id}/review`, { decision: 'approved', version: 1 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().allowedSteps).toEqual([]);
  });
});

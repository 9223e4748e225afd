import { addDays } from '@yifa/domain/calendar';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../platform/calendar/today.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from './factories.ts';
import { createTestApp, login, type Client, type TestApp } from './harness.ts';

/**
 * Issue 8 items 6 and 10: a date of record (held, joined, published, received…) is never after today
 * in China and never absurdly far back; the refusal is a 400 on the field with a Chinese reason,
 * across modules. Planned dates (an exam, a campaign, a correction period) stay allowed.
 */
let t: TestApp;
let a: TownshipFixture;
let admin: Client;
const today = todayInChina();
const tomorrow = addDays(today, 1);

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

function refusedOn(res: LightMyRequestResponse, field: string, reason: RegExp): void {
  expect(res.statusCode, res.body).toBe(400);
  const params = (res.json() as { invalidParams?: { name: string; reason: string }[] }).invalidParams ?? [];
  expect(params.find((p) => p.name === field)?.reason, res.body).toMatch(reason);
}

const session = (heldOn: string) => ({ kind: 'collective', title: '学习民法典', heldOn, hours: 2, attendance: [] });
const activity = (date: string) => ({
  orgId: a.departmentIds[0],
  date,
  title: '民法典进村宣讲',
  venueType: 'village',
  channel: 'onsite',
  audienceCount: 60,
  materialsCount: 100,
});

describe('dates of record across modules', () => {
  it('a study session in 2030 or tomorrow is refused; today is taken', async () => {
    refusedOn(await admin.post('/api/law-study/sessions', session('2030-05-01')), 'body.heldOn', /不能晚于今天/);
    refusedOn(await admin.post('/api/law-study/sessions', session(tomorrow)), 'body.heldOn', /不能晚于今天/);
    expect((await admin.post('/api/law-study/sessions', session(today))).statusCode).toBe(201);
  });

  it("a publicity activity in 2031 is refused, and one dated outside its campaign's year", async () => {
    refusedOn(await admin.post('/api/publicity/activities', activity('2031-03-01')), 'body.date', /不能晚于今天/);
    const year = Number(today.slice(0, 4));
    const [campaign] = (await admin.get(`/api/publicity/campaigns?year=${year}`)).json() as { id: string }[];
    refusedOn(
      await admin.post('/api/publicity/activities', { ...activity(`${year - 1}-05-10`), campaignId: campaign!.id }),
      'body.date',
      /主题活动年度/,
    );
    expect((await admin.post('/api/publicity/activities', { ...activity(today), campaignId: campaign!.id })).statusCode).toBe(201);
  });

  it("a cadre's 到岗日期 in 2099 is refused, and one in 1000 too", async () => {
    refusedOn(
      await admin.post('/api/people', { orgId: a.departmentIds[0], name: '王五', joinedOn: '2099-01-01' }),
      'body.joinedOn',
      /不能晚于今天/,
    );
    refusedOn(
      await admin.post('/api/people', { orgId: a.departmentIds[0], name: '王五', joinedOn: '1000-01-01' }),
      'body.joinedOn',
      /1900年至2200年/,
    );
    expect((await admin.post('/api/people', { orgId: a.departmentIds[0], name: '王五', joinedOn: today })).statusCode).toBe(201);
  });

  it('a disclosure request received tomorrow is refused', async () => {
    const applicant = {
      applicantKind: 'natural',
      applicantName: '张三',
      idNumber: '11010519491231002X',
      phone: '13912345678',
      address: '东村3组',
      email: null,
      description: '东村土地征收补偿安置方案',
      forms: ['paper'],
      deliveryMethod: 'post',
    };
    refusedOn(
      await admin.post('/api/disclosure-requests', { channel: 'inPerson', arrivedOn: tomorrow, applicant }),
      'body.arrivedOn',
      /不能晚于今天/,
    );
  });

  it('a publication formed in 1000 is a 400, not 日期跨度过大 as a 500; one formed decades ago and published today is taken', async () => {
    const items = (await admin.get('/api/proactive-disclosure/catalog')).json() as { id: string; code: string }[];
    const item = items[0]!;
    const body = (formedOn: string, publishedOn: string | null) => ({
      catalogItemId: item.id,
      title: '村规民约',
      formedOn,
      publishedOn,
      channels: ['portal'],
    });
    refusedOn(await admin.post('/api/proactive-disclosure/publications', body('1000-01-01', null)), 'body.formedOn', /1900年至2200年/);
    refusedOn(await admin.post('/api/proactive-disclosure/publications', body('2025-01-01', tomorrow)), 'body.publishedOn', /不能晚于今天/);
    const old = await admin.post('/api/proactive-disclosure/publications', body('1995-06-01', today));
    expect(old.statusCode, old.body).toBe(201);
    expect(old.json()).toMatchObject({ isLate: true });
  });

  it('an exam may be planned ahead, but no score is recorded before it is held', async () => {
    const person = (await admin.post('/api/people', { orgId: a.departmentIds[0], name: '赵六' })).json() as { id: string };
    const exam = await admin.post('/api/law-study/exams', { kind: 'general', title: '年度考试', heldOn: addDays(today, 30), passMark: 60 });
    expect(exam.statusCode).toBe(201);
    const scores = await admin.put(`/api/law-study/exams/${exam.json().id}/scores`, { scores: [{ personId: person.id, score: 80 }] });
    refusedOn(scores, 'body.scores', /考试尚未举行/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from './factories.ts';
import { createTestApp, login, type Client, type TestApp } from './harness.ts';

/**
 * Issue 8 item 14 (server side): an impossible number is refused on its field with a Chinese reason
 * naming the limit — never clamped, never rounded by the database, and nothing is written.
 */
let t: TestApp;
let a: TownshipFixture;
let admin: Client;
let sysAdmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
  sysAdmin = await login(t.app, (await makeUser(t.ctx.db, 'systemAdmin', null, null)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

function reasonOn(res: LightMyRequestResponse, field: string): string | undefined {
  expect(res.statusCode, res.body).toBe(400);
  return (res.json() as { invalidParams?: { name: string; reason: string }[] }).invalidParams?.find((p) => p.name === field)?.reason;
}

const session = (hours: number) => ({ kind: 'collective', title: '学习民法典', heldOn: '2025-06-01', hours, attendance: [] });
const activity = (audienceCount: number) => ({
  orgId: a.departmentIds[0],
  date: '2025-05-10',
  title: '宣讲',
  venueType: 'village',
  channel: 'onsite',
  audienceCount,
  materialsCount: 0,
});

describe('impossible numbers are refused, never clamped (issue 8 item 14)', () => {
  it('hours 1000 and −2', async () => {
    expect(reasonOn(await admin.post('/api/law-study/sessions', session(1000)), 'body.hours')).toMatch(/不能超过 100/);
    expect(reasonOn(await admin.post('/api/law-study/sessions', session(-2)), 'body.hours')).toMatch(/大于 0/);
    const list = (await admin.get('/api/law-study/sessions?year=2025')).json() as { items: unknown[] };
    expect(list.items).toEqual([]);
  });

  it('score −5, 150 of 100, and 85.55 (the column keeps one decimal: it would be rounded silently)', async () => {
    const person = (await admin.post('/api/people', { orgId: a.departmentIds[0], name: '赵六' })).json() as { id: string };
    const exam = (
      await admin.post('/api/law-study/exams', { kind: 'general', title: '年度考试', heldOn: '2025-09-01', passMark: 60 })
    ).json() as { id: string };
    const put = (score: number) => admin.put(`/api/law-study/exams/${exam.id}/scores`, { scores: [{ personId: person.id, score }] });
    expect(reasonOn(await put(-5), 'body.scores.0.score')).toMatch(/不能小于 0/);
    expect(reasonOn(await put(150), 'body.scores.0.score')).toMatch(/不能高于满分100/);
    expect(reasonOn(await put(85.55), 'body.scores.0.score')).toMatch(/一位小数/);
    expect(
      reasonOn(
        await admin.post('/api/law-study/exams', { kind: 'general', title: '考试', heldOn: '2025-09-01', passMark: 60.25 }),
        'body.passMark',
      ),
    ).toMatch(/一位小数/);
    const detail = (await admin.get(`/api/law-study/exams/${exam.id}`)).json() as { scores: unknown[] };
    expect(detail.scores).toEqual([]);
  });

  it('audience −100', async () => {
    expect(reasonOn(await admin.post('/api/publicity/activities', activity(-100)), 'body.audienceCount')).toMatch(/不能为负数/);
  });

  it('a limit without its own message still names the bound (settings)', async () => {
    const current = (await sysAdmin.get('/api/settings')).json() as { security: Record<string, unknown>; files: Record<string, unknown> };
    const res = await sysAdmin.put('/api/settings', { security: { ...current.security, maxFailedLogins: 1000 } });
    expect(reasonOn(res, 'body.security.maxFailedLogins')).toBe('不能大于 20');
  });
});

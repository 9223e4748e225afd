import crypto from 'node:crypto';
import { addDays, type DeadlineRule } from '@yifa/domain/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { SYSTEM_ACTOR } from '../audit/write-audit.ts';
import { currentYearInChina, todayInChina } from '../calendar/today.ts';
import { upsertDeadline } from '../deadlines/index.ts';
import { loginAs, loginWithPermissions } from '../deadlines/test-support.ts';
import { notify } from '../notifications/notify.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let adminId: string;
let staff: Client; // office staff of A's second department
const today = todayInChina();

const add = (f: TownshipFixture, orgId: string, title: string, rule: DeadlineRule) =>
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

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  b = await makeTownship(t.ctx.db);
  ({ client: admin, userId: adminId } = await loginAs(t, 'townshipAdmin', a.townshipId, a.townshipId));
  staff = (await loginAs(t, 'officeStaff', a.departmentIds[1], a.townshipId)).client;
  await add(a, a.departmentIds[0], '逾期一', { basis: 'calendarDays', days: 10, startDate: addDays(today, -60) });
  await add(a, a.departmentIds[0], '逾期二', { basis: 'calendarDays', days: 5, startDate: addDays(today, -90) });
  await add(a, a.departmentIds[0], '明日到期', { basis: 'workingDays', days: 1, startDate: today });
  await add(a, a.departmentIds[0], '尚早', { basis: 'workingDays', days: 30, startDate: today });
  await add(b, b.departmentIds[0], '乙乡逾期', { basis: 'calendarDays', days: 10, startDate: addDays(today, -60) });
  await notify(t.ctx.db, { userId: adminId, townshipId: a.townshipId, kind: 'test', title: '未读' });
});
afterAll(() => t.close());

describe('GET /api/workbench', () => {
  it('401 without session, 403 without platform:workbench:read, 400 for a bad query', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/workbench' })).statusCode).toBe(401);
    const noWorkbench = await loginWithPermissions(t, a.townshipId, ['platform:compliance:read']);
    expect((await noWorkbench.get('/api/workbench')).json().code).toBe('AUTH.FORBIDDEN');
    expect((await admin.get('/api/workbench?dueSoonWorkingDays=0')).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await admin.get('/api/workbench?other=1')).json().code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('counts and lists overdue and due-soon deadlines of the township, unread notifications, and compliance', async () => {
    const res = await admin.get('/api/workbench');
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w).toMatchObject({ today, dueSoonWorkingDays: 3, unreadNotifications: 1 });
    expect(w.overdue.count).toBe(2);
    expect(w.overdue.items.map((d: { title: string }) => d.title)).toEqual(['逾期二', '逾期一']); // oldest first
    expect(w.dueSoon.count).toBe(1);
    expect(w.dueSoon.items[0].title).toBe('明日到期');
    expect(w.compliance).toMatchObject({ year: currentYearInChina() });
    expect(w.compliance.total).toBe(w.compliance.met + w.compliance.notMet + w.compliance.notApplicable);
    expect(w.compliance.total).toBeGreaterThan(0);

    const limited = (await admin.get('/api/workbench?limit=1')).json();
    expect(limited.overdue).toMatchObject({ count: 2 });
    expect(limited.overdue.items).toHaveLength(1);
  });

  it('keeps to the data scope, and leaves compliance out for a role that may not read it', async () => {
    const other = (await staff.get('/api/workbench')).json();
    expect(other.overdue.count).toBe(0); // the deadlines belong to another department
    expect(other.unreadNotifications).toBe(0);
    const noCompliance = await loginWithPermissions(t, a.townshipId, ['platform:workbench:read']);
    const w = (await noCompliance.get('/api/workbench')).json();
    expect(w.compliance).toBeNull();
    expect(w.overdue.count).toBe(2); // a township-wide role
  });
});

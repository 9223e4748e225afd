import { addDays, workingDaysBetween, type DeadlineRule } from '@yifa/domain/calendar';
import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit/tables.ts';
import type { Actor } from '../audit/write-audit.ts';
import { loadCalendar } from '../calendar/calendar-service.ts';
import { todayInChina } from '../calendar/today.ts';
import { AppError } from '../http/app-error.ts';
import { notifications } from '../notifications/tables.ts';
import { closeDeadline, upsertDeadline, type DeadlineInput } from './index.ts';
import { deadlines } from './tables.ts';
import { loginAs, loginWithPermissions } from './test-support.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let adminId: string;
let adminB: Client;
let staff: Client; // office staff of A's first department (scope: that org)
let staffId: string;
let actor: Actor;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  ({ client: admin, userId: adminId } = await loginAs(t, 'townshipAdmin', a.townshipId, a.townshipId));
  adminB = (await loginAs(t, 'townshipAdmin', b.townshipId, b.townshipId)).client;
  ({ client: staff, userId: staffId } = await loginAs(t, 'officeStaff', a.departmentIds[0], a.townshipId));
  actor = { userId: adminId, name: '测试管理员', ip: null, townshipId: a.townshipId };
});
afterAll(() => t.close());

const input = (over: Partial<DeadlineInput> = {}): DeadlineInput => ({
  townshipId: a.townshipId,
  orgId: a.departmentIds[0],
  module: 'disclosure',
  kind: 'reply',
  entityType: 'disclosureRequest',
  entityId: crypto.randomUUID(),
  title: '答复政府信息公开申请',
  link: '/disclosure/requests/x',
  assigneeId: null,
  rule: { basis: 'workingDays', days: 20, startDate: '2026-02-10', startLabelZh: '收到申请' },
  ...over,
});
const upsert = (i: DeadlineInput) => t.ctx.db.transaction((tx) => upsertDeadline(tx, actor, i));
const auditsOf = (id: string) => t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(asc(auditLog.seq));
const put = (c: Client, url: string, payload: unknown) => c.request({ method: 'PUT', url, payload: payload as object });

describe('upsertDeadline', () => {
  it('computes on the stored calendar, stores the explanation, and audits the creation', async () => {
    const d = await upsert(input());
    expect(d).toMatchObject({ dueDate: '2026-03-16', isProvisional: false, missingYears: [], isChanged: true });
    const [row] = await t.ctx.db.select().from(deadlines).where(eq(deadlines.id, d.id));
    expect(row).toMatchObject({ status: 'open', dueDate: '2026-03-16', isProvisional: false, createdBy: adminId });
    expect((row!.explanation as { textZh: string }).textZh).toContain('春节');
    expect((await auditsOf(d.id)).map((e) => e.action)).toEqual(['deadline.create']);
  });

  it('updates the same row for the same record and kind (an extension), and skips a no-op', async () => {
    const i = input();
    const first = await upsert(i);
    const again = await upsert(i);
    expect(again).toMatchObject({ id: first.id, isChanged: false });
    const extended = await upsert({ ...i, rule: { ...i.rule, extensions: [{ days: 20, reasonZh: '经负责人批准延长' }] } });
    expect(extended.id).toBe(first.id);
    expect(extended.dueDate! > first.dueDate!).toBe(true);
    const audits = await auditsOf(first.id);
    expect(audits.map((e) => e.action)).toEqual(['deadline.create', 'deadline.update']);
    expect(audits[1]!.before).toMatchObject({ dueDate: first.dueDate });
    expect(audits[1]!.after).toMatchObject({ dueDate: extended.dueDate });
  });

  it('rejects an invalid rule as a validation problem (400), writing nothing', async () => {
    const i = input({ rule: { basis: 'workingDays', days: -1, startDate: '2026-02-30' } as DeadlineRule });
    const error = await upsert(i).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('REQUEST.VALIDATION_FAILED');
    expect((error as AppError).invalidParams?.map((p) => p.name)).toEqual(expect.arrayContaining(['rule.startDate', 'rule.days']));
    expect(await t.ctx.db.select().from(deadlines).where(eq(deadlines.entityId, i.entityId))).toHaveLength(0);
  });
});

describe('closeDeadline', () => {
  it('closes once, audited; a second call and an unknown record change nothing', async () => {
    const i = input();
    const d = await upsert(i);
    const close = () => t.ctx.db.transaction((tx) => closeDeadline(tx, actor, i.entityType, i.entityId, i.kind, 'met'));
    expect(await close()).toBe(true);
    expect(await close()).toBe(false);
    expect(
      await t.ctx.db.transaction((tx) => closeDeadline(tx, actor, 'disclosureRequest', crypto.randomUUID(), 'reply', 'cancelled')),
    ).toBe(false);
    const [row] = await t.ctx.db.select().from(deadlines).where(eq(deadlines.id, d.id));
    expect(row!.status).toBe('met');
    expect((await auditsOf(d.id)).map((e) => e.action)).toEqual(['deadline.create', 'deadline.met']);
  });
});

describe('recompute when the calendar changes', () => {
  // 20 working days from Sunday 2026-12-20: 9 in December, then into 2027, which chinese-days 1.5.7 does
  // not know. With no 2027 schedule the statutory days of 《全国年节及纪念日放假办法》 are counted (2027-01-01
  // 元旦, a Friday) → due Mon 2027-01-18, provisional (the notice's make-up days are unknown).
  // With a 2027 schedule that also makes Saturday 01-09 a make-up working day → Fri 2027-01-15.
  const rule: DeadlineRule = { basis: 'workingDays', days: 20, startDate: '2026-12-20', startLabelZh: '收到申请' };
  const day = (date: string, name: string) => ({ date, name });
  /** Only 元旦: what a notice the parser half read looks like (春节, 清明… missing). */
  const INCOMPLETE_2027 = {
    source: 'manual',
    notice: '国办发明电〔2026〕99号',
    noticeDate: '2026-11-01',
    holidays: [day('2027-01-01', '元旦'), day('2027-01-02', '元旦'), day('2027-01-03', '元旦')],
    makeUpWorkdays: [],
  };
  /** Test schedule holding every statutory day of 2027 (13, 2024 revision) and one make-up Saturday. */
  const COMPLETE_2027 = {
    ...INCOMPLETE_2027,
    holidays: [
      ...INCOMPLETE_2027.holidays,
      day('2027-02-05', '春节'),
      day('2027-02-06', '春节'),
      day('2027-02-07', '春节'),
      day('2027-02-08', '春节'),
      day('2027-04-05', '清明节'),
      day('2027-05-01', '劳动节'),
      day('2027-05-02', '劳动节'),
      day('2027-06-09', '端午节'),
      day('2027-09-15', '中秋节'),
      day('2027-10-01', '国庆节'),
      day('2027-10-02', '国庆节'),
      day('2027-10-03', '国庆节'),
    ],
    makeUpWorkdays: [day('2027-01-09', '元旦')],
  };
  const rowOf = async (id: string) => (await t.ctx.db.select().from(deadlines).where(eq(deadlines.id, id)))[0]!;

  it('an incomplete year is refused as official and changes nothing; saved as provisional it stays flagged; official recomputes; delete reverts', async () => {
    const i = input({ rule, assigneeId: staffId });
    const d = await upsert(i);
    expect(d).toMatchObject({ dueDate: '2027-01-18', isProvisional: true, missingYears: [2027] });
    expect((await rowOf(d.id)).explanation).toMatchObject({
      textZh: expect.stringContaining('暂按《全国年节及纪念日放假办法》规定的法定节假日计算'),
    });
    const closedInput = input({ rule }); // a closed deadline is not recomputed
    const closed = await upsert(closedInput);
    await t.ctx.db.transaction((tx) => closeDeadline(tx, actor, closedInput.entityType, closedInput.entityId, closedInput.kind, 'met'));
    const { client: sysAdmin, userId: sysAdminId } = await loginAs(t, 'systemAdmin', null, null);

    // The fault of issue 8 item 8: one click saved a half-read notice as official and live deadlines lost their flag.
    const refused = await put(sysAdmin, '/api/calendar/years/2027', { ...INCOMPLETE_2027, status: 'official' });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().code).toBe('CALENDAR.YEAR_NOT_CONFIRMED');
    expect(refused.json().userMessage).toContain('春节2027-02-05');
    expect((await sysAdmin.get('/api/calendar/years/2027')).statusCode).toBe(404);
    expect(await rowOf(d.id)).toMatchObject({ dueDate: '2027-01-18', isProvisional: true, version: 1 });

    // Saving it anyway is an explicit choice: provisional, and the deadline still says so (and why).
    const provisional = await put(sysAdmin, '/api/calendar/years/2027', { ...INCOMPLETE_2027, status: 'provisional' });
    expect(provisional.statusCode, provisional.body).toBe(200);
    expect(provisional.json().year).toMatchObject({ status: 'provisional', isOfficial: false });
    const flagged = await rowOf(d.id);
    expect(flagged).toMatchObject({ dueDate: '2027-01-18', isProvisional: true });
    expect((flagged.explanation as { textZh: string }).textZh).toContain('2027年的节假日安排为暂定');

    const shownBefore = (await admin.get(`/api/deadlines/${d.id}`)).json(); // the shown calendar is now cached
    const res = await put(sysAdmin, '/api/calendar/years/2027', { ...COMPLETE_2027, status: 'official' });
    expect(res.statusCode, res.body).toBe(200);
    // The page shows the new schedule at once (the make-up Saturday 01-09 counts), not a second later.
    const shownAfter = (await admin.get(`/api/deadlines/${d.id}`)).json();
    expect(shownBefore.dueDate).toBe('2027-01-18');
    expect(shownAfter).toMatchObject({
      dueDate: '2027-01-15',
      workingDaysLeft: workingDaysBetween(await loadCalendar(t.ctx.db), todayInChina(), '2027-01-15').days,
    });
    expect(res.json().recompute.changed).toBeGreaterThanOrEqual(1);
    const row = await rowOf(d.id);
    expect(row).toMatchObject({ dueDate: '2027-01-15', isProvisional: false });
    expect((row.explanation as { textZh: string }).textZh).not.toContain('暂定');
    const recomputed = (await auditsOf(d.id)).filter((e) => e.action === 'deadline.recompute');
    expect(recomputed.at(-1)!.before).toMatchObject({ dueDate: '2027-01-18', isProvisional: true });
    expect(recomputed.at(-1)!.after).toMatchObject({ dueDate: '2027-01-15', isProvisional: false });
    expect(recomputed.at(-1)!.actorId).toBe(sysAdminId);
    const told = await t.ctx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, staffId), eq(notifications.kind, 'deadline.changed')));
    expect(told).toHaveLength(1);

    expect((await sysAdmin.delete('/api/calendar/years/2027')).statusCode).toBe(200);
    expect(await rowOf(d.id)).toMatchObject({ dueDate: '2027-01-18', isProvisional: true });
    expect(await rowOf(closed.id)).toMatchObject({ status: 'met', dueDate: '2027-01-18', isProvisional: true });
    expect((await auditsOf(closed.id)).map((e) => e.action)).not.toContain('deadline.recompute');
  });
});

describe('GET /api/deadlines', () => {
  const today = todayInChina();
  let overdueId: string;
  let soonId: string;
  let otherOrgId: string;
  let bId: string;

  beforeAll(async () => {
    // Overdue: 10 calendar days from 60 days ago (even moved past a 9-day holiday, long past).
    overdueId = (await upsert(input({ title: '逾期事项', rule: { basis: 'calendarDays', days: 10, startDate: addDays(today, -60) } }))).id;
    // Due soon: the next working day.
    soonId = (await upsert(input({ title: '即将到期事项', rule: { basis: 'workingDays', days: 1, startDate: today } }))).id;
    otherOrgId = (
      await upsert(input({ title: '另一站所事项', orgId: a.departmentIds[1], rule: { basis: 'workingDays', days: 1, startDate: today } }))
    ).id;
    bId = (await upsert(input({ townshipId: b.townshipId, orgId: b.departmentIds[0], title: '乙乡事项' }))).id;
  });

  it('401 without a session, 403 without platform:workbench:read, 400 for a bad filter', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/deadlines' })).statusCode).toBe(401);
    const noWorkbench = await loginWithPermissions(t, a.townshipId, ['org:org:read']);
    expect((await noWorkbench.get('/api/deadlines')).json().code).toBe('AUTH.FORBIDDEN');
    expect((await admin.get('/api/deadlines?filter=late')).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await admin.get('/api/deadlines?withinWorkingDays=0')).json().code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('filters overdue and due-soon deadlines, sorted by due date', async () => {
    const overdue = (await admin.get('/api/deadlines?filter=overdue')).json();
    expect(overdue.items.map((d: { id: string }) => d.id)).toContain(overdueId);
    expect(overdue.items.every((d: { isOverdue: boolean; workingDaysLeft: number }) => d.isOverdue && d.workingDaysLeft < 0)).toBe(true);
    const soon = (await admin.get('/api/deadlines?filter=dueSoon&withinWorkingDays=3')).json();
    expect(soon.items.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([soonId, otherOrgId]));
    expect(soon.items.map((d: { id: string }) => d.id)).not.toContain(overdueId);
    const all = (await admin.get('/api/deadlines?pageSize=200')).json();
    const dates = all.items.map((d: { dueDate: string }) => d.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(all.items.map((d: { id: string }) => d.id)).not.toContain(bId);
  });

  it('keeps to the data scope: an office sees its own org\u2019s deadlines only', async () => {
    const ids = (await staff.get('/api/deadlines?pageSize=200')).json().items.map((d: { id: string }) => d.id);
    expect(ids).toContain(soonId);
    expect(ids).not.toContain(otherOrgId);
  });

  it('GET /api/deadlines/:id: explanation; 404 in another township; 400 for a bad id; 401', async () => {
    const res = await admin.get(`/api/deadlines/${overdueId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().explanation.steps[0].kind).toBe('start');
    expect((await adminB.get(`/api/deadlines/${overdueId}`)).json().code).toBe('RECORD.NOT_FOUND');
    expect((await staff.get(`/api/deadlines/${otherOrgId}`)).json().code).toBe('RECORD.NOT_FOUND');
    expect((await admin.get('/api/deadlines/not-a-uuid')).json().code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await t.app.inject({ method: 'GET', url: `/api/deadlines/${overdueId}` })).statusCode).toBe(401);
  });
});

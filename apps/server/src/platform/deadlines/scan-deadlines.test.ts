import crypto from 'node:crypto';
import type { DeadlineRule } from '@yifa/domain/calendar';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { SYSTEM_ACTOR } from '../audit/write-audit.ts';
import { notifications } from '../notifications/tables.ts';
import { closeDeadline, scanDeadlines, upsertDeadline, type DeadlineInput } from './index.ts';

let t: TestApp;
let a: TownshipFixture;
let clerk: string; // assignee
let admins: string[]; // township administrators of A
let retired: string; // an assignee whose account was disabled

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  const other = await makeTownship(t.ctx.db);
  clerk = (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId)).id;
  admins = [
    (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).id,
    (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).id,
  ];
  await makeUser(t.ctx.db, 'townshipAdmin', other.townshipId, other.townshipId); // must not hear of A's deadlines
  retired = (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId)).id;
  await t.ctx.db.update(users).set({ isActive: false }).where(eq(users.id, retired));
});
afterAll(() => t.close());

// The scan runs "on" Monday 2026-03-02 (a working day; 2026 is an official year).
const TODAY = '2026-03-02';
const add = (title: string, assigneeId: string | null, rule: DeadlineRule) => {
  const input: DeadlineInput = {
    townshipId: a.townshipId,
    orgId: a.departmentIds[0],
    module: 'disclosure',
    kind: 'reply',
    entityType: 'disclosureRequest',
    entityId: crypto.randomUUID(),
    title,
    link: `/disclosure/requests/${title}`,
    assigneeId,
    rule,
  };
  return t.ctx.db.transaction(async (tx) => ({ ...(await upsertDeadline(tx, SYSTEM_ACTOR, input)), input }));
};
const notificationsOf = (userIds: string[]) => t.ctx.db.select().from(notifications).where(inArray(notifications.userId, userIds));

describe('scanDeadlines', () => {
  it('warns of due-soon and overdue deadlines once, however often it runs', async () => {
    const overdue = await add('逾期', clerk, { basis: 'calendarDays', days: 10, startDate: '2026-02-01' }); // due Wed 2026-02-11
    const soon = await add('将到期', null, { basis: 'workingDays', days: 2, startDate: TODAY }); // due Wed 2026-03-04
    const orphan = await add('经办人停用', retired, { basis: 'workingDays', days: 1, startDate: TODAY });
    await add('尚早', clerk, { basis: 'workingDays', days: 20, startDate: TODAY });
    const done = await add('已办结', clerk, { basis: 'calendarDays', days: 5, startDate: '2026-02-01' });
    await t.ctx.db.transaction((tx) => closeDeadline(tx, SYSTEM_ACTOR, done.input.entityType, done.input.entityId, done.input.kind, 'met'));
    expect(overdue.dueDate).toBe('2026-02-11');
    expect(soon.dueDate).toBe('2026-03-04');

    const first = await scanDeadlines(t.ctx.db, { today: TODAY, dueSoonWorkingDays: 3 });
    expect(first).toMatchObject({ today: TODAY, dueSoonUpTo: '2026-03-05', overdue: 1, dueSoon: 2, notificationsCreated: 1 + 2 + 2 });
    const second = await scanDeadlines(t.ctx.db, { today: TODAY, dueSoonWorkingDays: 3 });
    expect(second.notificationsCreated).toBe(0);

    const toClerk = await notificationsOf([clerk]);
    expect(toClerk).toHaveLength(1);
    expect(toClerk[0]).toMatchObject({
      kind: 'deadline.overdue',
      entityId: overdue.input.entityId,
      link: '/disclosure/requests/逾期',
      townshipId: a.townshipId,
    });
    expect(toClerk[0]!.title).toContain('已逾期');
    for (const admin of admins) {
      const mine = await notificationsOf([admin]);
      expect(mine.map((n) => n.kind).sort()).toEqual(['deadline.dueSoon', 'deadline.dueSoon']);
      expect(mine.map((n) => n.entityId).sort()).toEqual([soon.input.entityId, orphan.input.entityId].sort());
    }
    expect(await notificationsOf([retired])).toHaveLength(0);
    expect(
      await t.ctx.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.kind, 'deadline.dueSoon'))),
    ).toHaveLength(4);
  });

  it('warns again when a due date moves (e.g. extended), once per new date', async () => {
    const d = await add('延期', clerk, { basis: 'workingDays', days: 1, startDate: TODAY });
    await scanDeadlines(t.ctx.db, { today: TODAY });
    await t.ctx.db.transaction((tx) =>
      upsertDeadline(tx, SYSTEM_ACTOR, { ...d.input, rule: { basis: 'workingDays', days: 2, startDate: TODAY } }),
    );
    expect((await scanDeadlines(t.ctx.db, { today: TODAY })).notificationsCreated).toBe(1);
    expect((await scanDeadlines(t.ctx.db, { today: TODAY })).notificationsCreated).toBe(0);
    const mine = (await notificationsOf([clerk])).filter((n) => n.entityId === d.input.entityId);
    expect(mine).toHaveLength(2);
  });
});

import { addDays } from '@yifa/domain/calendar';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, userRoles } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { todayInChina } from '../calendar/today.ts';
import { encodeCursor } from '../db/keyset.ts';
import { deadlines } from './tables.ts';
import { loginAs } from './test-support.ts';
import { walkPages } from '../../test/walk-pages.ts';

let t: TestApp;
let a: TownshipFixture;
let admin: Client;
let staff: Client;
const today = todayInChina();

type Item = { id: string; title: string; dueDate: string | null; isOverdue: boolean; orgId: string; townshipId: string };

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  const b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  admin = (await loginAs(t, 'townshipAdmin', a.townshipId, a.townshipId)).client;
  staff = (await loginAs(t, 'officeStaff', a.departmentIds[0], a.townshipId)).client;
  // Ties: the same due dates and titles again and again, paused ones (no date), closed ones, another township.
  const row = (i: number, f: TownshipFixture, status = 'open') => ({
    townshipId: f.townshipId,
    orgId: f.departmentIds[i % 2]!,
    module: 'disclosure',
    kind: `k${i}`,
    entityType: 'disclosureRequest',
    entityId: crypto.randomUUID(),
    title: `事项${i % 3}`,
    rule: {},
    explanation: {},
    dueDate: i % 7 === 6 ? null : addDays(today, (i % 6) - 3),
    status,
  });
  await t.ctx.db
    .insert(deadlines)
    .values([
      ...Array.from({ length: 45 }, (_, i) => row(i, a)),
      ...Array.from({ length: 5 }, (_, i) => row(i, a, 'met')),
      ...Array.from({ length: 10 }, (_, i) => row(i, b)),
    ]);
});
afterAll(() => t.close());

async function walk(client: Client, pageSize: number, filter = '') {
  const { items, totals } = await walkPages<Item>(client, `/api/deadlines?pageSize=${pageSize}${filter}`);
  return { items, ids: items.map((d) => d.id), totals };
}

const dueKey = (d: Item) => d.dueDate ?? '9999-12-31';

describe('the deadline list by cursor', () => {
  it('walks every open deadline of the township once, soonest first, paused ones last', async () => {
    const all = await walk(admin, 200);
    const byFours = await walk(admin, 4);
    expect(byFours.ids).toEqual(all.ids);
    expect(new Set(all.ids).size).toBe(45);
    expect(all.items.every((d) => d.townshipId === a.townshipId)).toBe(true);
    const keys = all.items.map((d) => `${dueKey(d)} ${d.title}`);
    expect(keys).toEqual([...keys].sort());
    expect(all.items.at(-1)!.dueDate).toBeNull();
    expect(byFours.totals[0]).toEqual({ count: 45, isCapped: false });
    expect(byFours.totals.slice(1).every((x) => x === null)).toBe(true);
  });

  it('walks the overdue and the due-soon windows (computed in SQL), and an office’s own', async () => {
    const overdue = await walk(admin, 4, '&filter=overdue');
    expect(overdue.items.every((d) => d.isOverdue && d.dueDate! < today)).toBe(true);
    // i % 6 in 0..2 is before today, except the paused ones (i % 7 === 6).
    const expected = Array.from({ length: 45 }, (_, i) => i).filter((i) => i % 7 !== 6 && i % 6 < 3).length;
    expect(overdue.ids).toHaveLength(expected);
    expect(overdue.totals[0]).toEqual({ count: expected, isCapped: false });
    const soon = await walk(admin, 3, '&filter=dueSoon&withinWorkingDays=60');
    expect(soon.items.every((d) => d.dueDate !== null && d.dueDate >= today)).toBe(true);
    expect(soon.ids).toEqual((await walk(admin, 200, '&filter=dueSoon&withinWorkingDays=60')).ids);
    const office = await walk(staff, 5);
    expect(office.items.every((d) => d.orgId === a.departmentIds[0])).toBe(true);
    expect(office.ids).toEqual((await walk(staff, 200)).ids);
  });

  it('refuses a cursor it did not make, with 400 on `after`', async () => {
    for (const after of [
      'not-json',
      encodeCursor([today, '事项1']),
      encodeCursor(['tomorrow', '事项1', crypto.randomUUID()]),
      encodeCursor([today, '事项1', "1'; drop table deadlines; --"]),
    ]) {
      const res = await admin.get(`/api/deadlines?after=${after}`);
      expect(res.statusCode, after).toBe(400);
      expect(res.json().invalidParams[0].name).toBe('querystring.after');
    }
  });
});

/**
 * Every query shape of the prepared list (repository.ts listDeadlinesPage) walked on a first and on
 * later pages: the module, org and assigned-to-me filters, an office's scope with what is assigned to
 * it elsewhere, an own scope, and the county reviewer's several townships.
 */
describe('the deadline list’s filters and scopes by cursor', () => {
  let c: TownshipFixture;
  let clerk: { client: Client; userId: string }; // office staff of c's second department
  let owner: { client: Client; userId: string }; // own scope: what they created, or is assigned to them
  let county: Client;

  beforeAll(async () => {
    c = await makeTownship(t.ctx.db, '丙乡', a.countyId);
    clerk = await loginAs(t, 'officeStaff', c.departmentIds[1], c.townshipId);
    const [ownRole] = await t.ctx.db
      .insert(roles)
      .values({ townshipId: c.townshipId, code: 'testOwn', name: '本人数据', dataScope: 'own', permissions: ['platform:workbench:read'] })
      .returning();
    const ownerUser = await makeUser(t.ctx.db, 'officeStaff', c.departmentIds[0], c.townshipId);
    await t.ctx.db.update(userRoles).set({ roleId: ownRole!.id }).where(eq(userRoles.userId, ownerUser.id));
    owner = { client: await login(t.app, ownerUser.username, TEST_PASSWORD), userId: ownerUser.id };
    county = (await loginAs(t, 'countyReviewer', a.countyId, null)).client;
    // 24 open deadlines: two modules, two offices; every third assigned to the clerk, every fourth
    // created by the owner, every fifth assigned to the owner.
    await t.ctx.db.insert(deadlines).values(
      Array.from({ length: 24 }, (_, i) => ({
        townshipId: c.townshipId,
        orgId: c.departmentIds[i % 2]!,
        module: i % 3 === 1 ? 'publicity' : 'disclosure',
        kind: `c${i}`,
        entityType: 'disclosureRequest',
        entityId: crypto.randomUUID(),
        title: `丙事项${i % 4}`,
        rule: {},
        explanation: { textZh: `说明${i}` },
        dueDate: addDays(today, (i % 5) - 2),
        assigneeId: i % 3 === 0 ? clerk.userId : i % 5 === 0 ? owner.userId : null,
        createdBy: i % 4 === 0 ? owner.userId : null,
      })),
    );
  });

  const expectSameWalk = async (client: Client, query: string) => {
    const byThrees = await walk(client, 3, query);
    const whole = await walk(client, 200, query);
    expect(byThrees.ids).toEqual(whole.ids);
    expect(byThrees.totals[0]).toEqual({ count: whole.ids.length, isCapped: false });
    return byThrees.items as (Item & { module: string; assigneeId: string | null; explanationZh: string })[];
  };

  it('filters by module, by org and by assignee, on every page', async () => {
    const admin = (await loginAs(t, 'townshipAdmin', c.townshipId, c.townshipId)).client;
    const publicity = await expectSameWalk(admin, '&module=publicity');
    expect(publicity).toHaveLength(8);
    expect(publicity.every((d) => d.module === 'publicity' && d.explanationZh.startsWith('说明'))).toBe(true);
    const office = await expectSameWalk(admin, `&orgId=${c.departmentIds[0]}&module=disclosure`);
    expect(office).toHaveLength(8);
    expect(office.every((d) => d.orgId === c.departmentIds[0])).toBe(true);
    const overdueOfOffice = await expectSameWalk(admin, `&filter=overdue&orgId=${c.departmentIds[1]}`);
    expect(overdueOfOffice.every((d) => d.dueDate! < today && d.orgId === c.departmentIds[1])).toBe(true);
    expect(overdueOfOffice.length).toBeGreaterThan(0);
  });

  it('an office sees its own and what is assigned to it in another office; assigned-to-me is exactly that', async () => {
    const seen = await expectSameWalk(clerk.client, '');
    // Its office's 12, plus the 4 of the other office assigned to it (i % 6 === 0).
    expect(seen).toHaveLength(16);
    const mine = await expectSameWalk(clerk.client, '&assignedToMe=true');
    expect(mine).toHaveLength(8);
    expect(mine.every((d) => d.assigneeId === clerk.userId)).toBe(true);
    expect(mine.some((d) => d.orgId === c.departmentIds[0])).toBe(true);
    const soonMine = await expectSameWalk(clerk.client, '&assignedToMe=true&filter=dueSoon&withinWorkingDays=10');
    expect(soonMine.every((d) => d.assigneeId === clerk.userId && d.dueDate! >= today)).toBe(true);
    expect(soonMine.length).toBeGreaterThan(0);
  });

  it('an own scope sees what it created and what is assigned to it', async () => {
    const seen = await expectSameWalk(owner.client, '');
    const expected = Array.from({ length: 24 }, (_, i) => i).filter((i) => i % 4 === 0 || (i % 3 !== 0 && i % 5 === 0));
    expect(seen).toHaveLength(expected.length);
  });

  it('the county reviewer walks every township of the county in one order, the system administrator every township', async () => {
    const all = await expectSameWalk(county, '');
    expect(all).toHaveLength(45 + 10 + 24);
    expect(all.filter((d) => d.townshipId === a.townshipId)).toHaveLength(45);
    expect(all.filter((d) => d.townshipId === c.townshipId)).toHaveLength(24);
    const keys = all.map((d) => `${dueKey(d)} ${d.title}`);
    expect(keys).toEqual([...keys].sort());
    await expectSameWalk(county, '&filter=overdue');
    const admin = (await loginAs(t, 'systemAdmin', null, null)).client;
    const everything = await expectSameWalk(admin, '');
    expect(everything.map((d) => d.id)).toEqual(expect.arrayContaining(all.map((d) => d.id)));
  });
});

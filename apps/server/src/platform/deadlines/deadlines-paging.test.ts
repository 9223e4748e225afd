import { addDays } from '@yifa/domain/calendar';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../db/keyset.ts';
import { makeTownship, makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { notifications } from './tables.ts';
import { walkPages } from '../../test/walk-pages.ts';

let t: TestApp;
let client: Client;
let myId: string;

type Item = { id: string; title: string; isRead: boolean; createdAt: string };
type Page = { items: Item[]; nextCursor: string | null; total: { count: number; isCapped: boolean } | null; unreadCount: number };

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeTownship(t.ctx.db);
  const me = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
  const other = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
  myId = me.id;
  client = await login(t.app, me.username, TEST_PASSWORD);
  // Ties: five notifications in each of eight instants, every third one read; and someone else's.
  const base = Date.UTC(2026, 10, 20, 2, 0);
  await t.ctx.db.insert(notifications).values([
    ...Array.from({ length: 40 }, (_, i) => ({
      userId: me.id,
      townshipId: a.townshipId,
      kind: 'assignment',
      title: `第${i}条`,
      createdAt: new Date(base + Math.floor(i / 5) * 60_000),
      readAt: i % 3 === 0 ? new Date(base + 3_600_000) : null,
    })),
    { userId: other.id, townshipId: a.townshipId, kind: 'assignment', title: '别人的' },
  ]);
});
afterAll(() => t.close());

async function walk(pageSize: number, filter = '') {
  const { items, totals } = await walkPages<Item>(client, `/api/notifications?pageSize=${pageSize}${filter}`);
  return { items, ids: items.map((n) => n.id), totals };
}

describe('notifications by cursor', () => {
  it('walks every one of mine once, unread first and newest first in each group', async () => {
    const all = await walk(100);
    const byThrees = await walk(3);
    expect(byThrees.ids).toEqual(all.ids);
    expect(new Set(all.ids).size).toBe(40);
    expect(all.items.some((n) => n.title === '别人的')).toBe(false);
    const firstRead = all.items.findIndex((n) => n.isRead);
    expect(firstRead).toBe(26);
    expect(all.items.slice(firstRead).every((n) => n.isRead)).toBe(true);
    for (const group of [all.items.slice(0, firstRead), all.items.slice(firstRead)]) {
      expect(group.every((n, i) => i === 0 || Date.parse(group[i - 1]!.createdAt) >= Date.parse(n.createdAt))).toBe(true);
    }
    expect(byThrees.totals[0]).toEqual({ count: 40, isCapped: false });
    expect(byThrees.totals.slice(1).every((x) => x === null)).toBe(true);
  });

  it('walks by date, and the unread ones alone', async () => {
    const byDate = await walk(7, '&order=date');
    expect(byDate.ids).toEqual((await walk(100, '&order=date')).ids);
    expect(byDate.ids).toHaveLength(40);
    expect(byDate.items.every((n, i) => i === 0 || Date.parse(byDate.items[i - 1]!.createdAt) >= Date.parse(n.createdAt))).toBe(true);
    const unread = await walk(4, '&isUnreadOnly=1');
    expect(unread.ids).toHaveLength(26);
    expect(unread.totals[0]).toEqual({ count: 26, isCapped: false });
  });

  it('walks the unread ones by date; every page carries the unread count, an empty one too', async () => {
    const unreadByDate = await walk(6, '&order=date&isUnreadOnly=1');
    expect(unreadByDate.ids).toEqual((await walk(100, '&order=date&isUnreadOnly=1')).ids);
    expect(unreadByDate.items.every((n) => !n.isRead)).toBe(true);
    expect(unreadByDate.ids).toHaveLength(26);
    const { pages } = await walkPages<Item>(client, '/api/notifications?pageSize=9&order=date');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => (p as Page).unreadCount)).toEqual(pages.map(() => 26));
    // A cursor past the last one (as after the list changed under it): an empty page, the count still told.
    const last = pages.at(-1)!.items.at(-1)!;
    const beyond = encodeCursor(['2000-01-01 00:00:00+00', last.id]);
    const empty = (await client.get(`/api/notifications?order=date&after=${beyond}`)).json() as Page;
    expect(empty).toMatchObject({ items: [], nextCursor: null, total: null, unreadCount: 26 });
  });

  it('refuses a cursor it did not make, or one of the other order, with 400 on `after`', async () => {
    const byDate = (await client.get('/api/notifications?order=date&pageSize=2')).json() as Page;
    for (const url of [
      `/api/notifications?after=${byDate.nextCursor}`,
      `/api/notifications?after=${encodeCursor(['maybe', '2026-11-20 02:00:00+00', myId])}`,
      `/api/notifications?order=date&after=${encodeCursor(['2026-11-20 02:00:00+00', 'x'])}`,
      '/api/notifications?after=not-json',
    ]) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().invalidParams[0].name).toBe('querystring.after');
    }
  });
});

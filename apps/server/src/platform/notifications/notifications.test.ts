import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { notify } from './index.ts';
import { notifications } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let me: { id: string; username: string };
let client: Client;
let otherClient: Client;
let otherId: string;

const raise = (userId: string, title: string, extra: Partial<Parameters<typeof notify>[1]> = {}) =>
  t.ctx.db.transaction((tx) => notify(tx, { userId, townshipId: a.townshipId, kind: 'assignment', title, ...extra }));
const ids = (res: { json(): { items: { id: string; title: string }[] } }) => res.json().items.map((n) => n.title);

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  me = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
  client = await login(t.app, me.username, TEST_PASSWORD);
  const other = await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId);
  otherId = other.id;
  otherClient = await login(t.app, other.username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('notifications', () => {
  it('raises one notification per dedupe key, however often the scan runs', async () => {
    expect(
      await raise(me.id, '期限将至：依申请公开', {
        kind: 'deadline.dueSoon',
        dedupeKey: 'deadline:1:dueSoon',
        link: '/disclosure/requests/1',
      }),
    ).toBe(true);
    expect(await raise(me.id, '期限将至：依申请公开', { kind: 'deadline.dueSoon', dedupeKey: 'deadline:1:dueSoon' })).toBe(false);
    const rows = await t.ctx.db.select().from(notifications).where(eq(notifications.userId, me.id));
    expect(rows).toHaveLength(1);
  });

  it('lists only my own, unread first or by date, with the unread count', async () => {
    await raise(me.id, '第二条');
    await raise(me.id, '第三条');
    await raise(otherId, '别人的');
    const first = (await client.get('/api/notifications')).json();
    expect(first.total).toEqual({ count: 3, isCapped: false });
    expect(first.unreadCount).toBe(3);
    expect(first.items.map((n: { title: string }) => n.title)).not.toContain('别人的');

    const oldest = first.items.at(-1);
    expect((await client.post(`/api/notifications/${first.items[0].id}/read`)).statusCode).toBe(200);
    // The read one goes to the bottom of the default order but keeps its place by date.
    const unreadFirst = (await client.get('/api/notifications')).json();
    expect(unreadFirst.items.at(-1).id).toBe(first.items[0].id);
    expect(unreadFirst.items.at(-1).isRead).toBe(true);
    expect(unreadFirst.unreadCount).toBe(2);
    const byDate = (await client.get('/api/notifications?order=date')).json();
    expect(byDate.items.map((n: { id: string }) => n.id)).toEqual(first.items.map((n: { id: string }) => n.id));
    expect(byDate.items.at(-1).id).toBe(oldest.id);
    expect(ids(await client.get('/api/notifications?isUnreadOnly=1'))).toHaveLength(2);
    const firstTwo = (await client.get('/api/notifications?pageSize=2')).json();
    expect((await client.get(`/api/notifications?pageSize=2&after=${firstTwo.nextCursor}`)).json().items).toHaveLength(1);
    expect((await client.get('/api/notifications/unread-count')).json()).toEqual({ count: 2 });
  });

  it('marks one read idempotently, and all read', async () => {
    const [one] = (await client.get('/api/notifications?isUnreadOnly=1')).json().items;
    expect((await client.post(`/api/notifications/${one.id}/read`)).statusCode).toBe(200);
    const [row] = await t.ctx.db.select().from(notifications).where(eq(notifications.id, one.id));
    expect((await client.post(`/api/notifications/${one.id}/read`)).statusCode).toBe(200);
    const [again] = await t.ctx.db.select().from(notifications).where(eq(notifications.id, one.id));
    expect(again!.readAt!.getTime()).toBe(row!.readAt!.getTime());

    const all = await client.post('/api/notifications/read-all');
    expect(all.json()).toEqual({ count: 1 });
    expect((await client.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    // The other user's notification is untouched.
    expect((await otherClient.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
  });

  it('answers 404 for another user\u2019s notification, even to a township administrator', async () => {
    const [mine] = (await client.get('/api/notifications')).json().items;
    const [theirs] = (await otherClient.get('/api/notifications')).json().items;
    const res = await client.post(`/api/notifications/${theirs.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('RECORD.NOT_FOUND');
    expect((await otherClient.post(`/api/notifications/${mine.id}/read`)).statusCode).toBe(404);
    const [row] = await t.ctx.db.select().from(notifications).where(eq(notifications.id, theirs.id));
    expect(row?.readAt).toBeNull();
  });

  it('answers 401 without a session, 403 before the initial password is changed, 400 for bad input', async () => {
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['GET', '/api/notifications/unread-count'],
      ['POST', `/api/notifications/${crypto.randomUUID()}/read`],
      ['POST', '/api/notifications/read-all'],
    ] as const) {
      expect((await t.app.inject({ method, url })).statusCode, url).toBe(401);
    }
    const fresh = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
    const freshClient = await login(t.app, fresh.username, TEST_PASSWORD);
    await t.ctx.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, fresh.id));
    const blocked = await freshClient.get('/api/notifications');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');

    for (const url of [
      '/api/notifications?order=title',
      '/api/notifications?pageSize=1000',
      '/api/notifications?page=2',
      '/api/notifications?after=bm90LWEtY3Vyc29y',
      '/api/notifications?x=1',
    ]) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
    }
    expect((await client.post('/api/notifications/nope/read')).json().code).toBe('REQUEST.VALIDATION_FAILED');
  });
});

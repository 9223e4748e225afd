import { PAGE_COUNT_CAP } from '@yifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { encodeCursor, toKeysetPage } from './keyset.ts';
import { walkPages } from '../../test/walk-pages.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let county: Client;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  // Ties everywhere: the same names in each org, leaders and not, so only the id keeps the order total.
  const rows = [a, b].flatMap((f) =>
    [...f.departmentIds, ...f.villageIds].flatMap((orgId) =>
      Array.from({ length: 7 }, (_, i) => ({ townshipId: f.townshipId, orgId, name: `同名${i % 3}`, isLeader: i % 4 === 0 })),
    ),
  );
  await t.ctx.db.insert(people).values(rows);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
  county = await login(t.app, (await makeUser(t.ctx.db, 'countyReviewer', a.countyId, null)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

async function walk(client: Client, pageSize: number, filter = '') {
  const { items, totals } = await walkPages<{ id: string }>(client, `/api/people?pageSize=${pageSize}${filter}`);
  return { ids: items.map((i) => i.id), totals };
}

describe('keyset paging (the people list)', () => {
  it('walks the whole list once, in the order of the first page, each row exactly once', async () => {
    const all = await walk(admin, 200);
    const byFives = await walk(admin, 5);
    expect(all.ids.length).toBe(a.departmentIds.length * 7 + a.villageIds.length * 7);
    expect(byFives.ids).toEqual(all.ids);
    expect(byFives.totals[0]).toEqual({ count: all.ids.length, isCapped: false });
    expect(byFives.totals.slice(1).every((x) => x === null)).toBe(true);
  });

  it('pages the county’s townships together, and within a filter', async () => {
    const all = await walk(county, 200);
    expect(new Set(all.ids).size).toBe(all.ids.length);
    expect((await walk(county, 7)).ids).toEqual(all.ids);
    const one = await walk(admin, 3, `&orgId=${a.villageIds[0]}&q=${encodeURIComponent('同名1')}`);
    expect(one.ids).toHaveLength(2);
  });

  it('keeps its place when a row is added before the cursor meanwhile (no row twice, none skipped)', async () => {
    const before = (await walk(admin, 200)).ids;
    const first = (await admin.get('/api/people?pageSize=10')).json() as { items: { id: string; orgId: string }[]; nextCursor: string };
    // A leader named 一 in the first org sorts first of all.
    await t.ctx.db.insert(people).values({ townshipId: a.townshipId, orgId: first.items[0]!.orgId, name: '一', isLeader: true });
    expect((await walk(admin, 200)).ids).toHaveLength(before.length + 1);
    const next = (await admin.get(`/api/people?pageSize=10&after=${first.nextCursor}`)).json() as { items: { id: string }[] };
    expect(next.items.map((i) => i.id)).toEqual(before.slice(10, 20));
  });

  it('refuses a cursor it did not make, with 400 on `after`', async () => {
    for (const after of [
      'not-base64-json',
      encodeCursor(['x']),
      encodeCursor([a.townshipId, a.departmentIds[0]!, 'maybe', '张三', a.townshipId]),
      encodeCursor([a.townshipId, "'; drop table people; --", 'true', '张三', a.townshipId]),
      'a'.repeat(1001),
      '%00',
    ]) {
      const res = await admin.get(`/api/people?after=${after}`);
      expect(res.statusCode, after).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
      expect(res.json().invalidParams[0].name).toBe('querystring.after');
    }
  });
});

describe('toKeysetPage', () => {
  const rows = (n: number, total: number | null) => Array.from({ length: n }, (_, i) => ({ cursor: [String(i)], total }));

  it('says there is a next page only when the extra row came back', () => {
    expect(toKeysetPage(rows(3, 3), 3, true, (r) => r.cursor[0]).nextCursor).toBeNull();
    const page = toKeysetPage(rows(4, 9), 3, true, (r) => r.cursor[0]);
    expect(page.items).toEqual(['0', '1', '2']);
    expect(page.nextCursor).toBe(encodeCursor(['2']));
  });

  it('caps the total and says so; no total past the first page; 0 for an empty first page', () => {
    expect(toKeysetPage(rows(1, PAGE_COUNT_CAP + 1), 20, true, (r) => r).total).toEqual({ count: PAGE_COUNT_CAP, isCapped: true });
    expect(toKeysetPage(rows(1, PAGE_COUNT_CAP), 20, true, (r) => r).total).toEqual({ count: PAGE_COUNT_CAP, isCapped: false });
    expect(toKeysetPage(rows(1, null), 20, false, (r) => r).total).toBeNull();
    expect(toKeysetPage([], 20, true, (r) => r).total).toEqual({ count: 0, isCapped: false });
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../platform/db/keyset.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { publicityActivities } from './tables.ts';
import { walkPages } from '../../test/walk-pages.ts';

// Keyset paging of the activities list (issue 10): walking it by cursor gives exactly the rows of one
// big page, newest first, with ties on the day and on the moment registered.

let t: TestApp;
let a: TownshipFixture;
let admin: Client;
let village1: Client;
const AT = new Date('2025-12-01T08:00:00.5Z');

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  await t.ctx.db.insert(publicityActivities).values(
    Array.from({ length: 41 }, (_, i) => ({
      townshipId: a.townshipId,
      orgId: i % 4 === 0 ? a.villageIds[0]! : a.departmentIds[0]!,
      villageId: a.villageIds[i % a.villageIds.length]!,
      date: `2025-0${1 + (i % 3)}-15`,
      title: `普法活动${i}`,
      venueType: 'village',
      channel: 'onsite',
      createdAt: AT,
    })),
  );
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
  village1 = await login(t.app, (await makeUser(t.ctx.db, 'villageCadre', a.villageIds[0], a.townshipId)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

type Page = { items: { id: string }[]; nextCursor: string | null; total: { count: number; isCapped: boolean } | null };

async function walk(client: Client, query: string, pageSize: number) {
  const { pages, items } = await walkPages<Page['items'][number]>(client, `/api/publicity/activities?${query}&pageSize=${pageSize}`);
  return { ids: items.map((i) => i.id), pages: pages as Page[] };
}

describe('activities by cursor', () => {
  it('walks the list page by page: the rows of one big page, newest first, counted on the first page only', async () => {
    const expected = (
      await t.ctx.db.execute<{ id: string }>(
        sql`select id from publicity_activities where deleted_at is null order by date desc, created_at desc, id desc`,
      )
    ).rows.map((r) => r.id);
    const big = await walk(admin, 'year=2025', 200);
    const byFours = await walk(admin, 'year=2025', 4);
    expect(big.ids).toEqual(expected);
    expect(byFours.ids).toEqual(expected);
    expect(byFours.pages[0]!.total).toEqual({ count: 41, isCapped: false });
    expect(byFours.pages.slice(1).every((p) => p.total === null)).toBe(true);
  });

  it('pages within a filter and within a village cadre’s scope', async () => {
    const february = await walk(admin, 'from=2025-02-01&to=2025-02-28', 3);
    expect(february.ids).toHaveLength(14);
    expect(february.pages[0]!.total).toEqual({ count: 14, isCapped: false });
    const own = await walk(village1, 'year=2025', 2);
    const ownBig = await walk(village1, 'year=2025', 200);
    expect(own.ids).toEqual(ownBig.ids);
    expect(own.ids.length).toBeGreaterThan(0);
  });

  it('refuses a cursor it did not make, with 400', async () => {
    for (const after of ['x', encodeCursor(['2025-01-15']), encodeCursor(['2025-01-15', 'noon', a.townshipId])]) {
      const res = await admin.get(`/api/publicity/activities?after=${encodeURIComponent(after)}`);
      expect(res.statusCode, after).toBe(400);
    }
  });
});

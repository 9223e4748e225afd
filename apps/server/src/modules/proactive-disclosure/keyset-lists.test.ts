import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../platform/db/keyset.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { listVillageDisclosures } from './list-village-disclosures-query.ts';
import { listPublications } from './list-publications-query.ts';
import { pdCatalogItems, pdPublications, pdVillageDisclosures } from './tables.ts';
import { walkPages } from '../../test/walk-pages.ts';

// Keyset paging of the module's lists (issue 10): walking a list page by page by its cursor gives
// exactly the rows of one big page, in the same order, for a township and for the county, with ties
// on every key but the id.

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let county: Client;
const P = '/api/proactive-disclosure';
const DATES = ['2025-03-01', '2025-03-02', '2025-11-30'];
const AT = new Date('2025-12-01T08:00:00.123456Z');

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  for (const f of [a, b]) {
    const items = await t.ctx.db.select().from(pdCatalogItems).where(eq(pdCatalogItems.townshipId, f.townshipId));
    // 36 publications: a third pending; the rest published on three days; all registered at one
    // instant, so within a day only the id orders them.
    await t.ctx.db.insert(pdPublications).values(
      Array.from({ length: 36 }, (_, i) => ({
        townshipId: f.townshipId,
        orgId: f.departmentIds[i % f.departmentIds.length]!,
        catalogItemId: items[i % 2]!.id,
        title: `${i % 4 === 0 ? '安全' : '通知'}第${i}号`,
        formedOn: DATES[i % 3]!,
        publishedOn: i % 3 === 1 ? null : DATES[(i + 1) % 3]! < DATES[i % 3]! ? DATES[i % 3]! : DATES[(i + 1) % 3]!,
        timeLimitDays: 20,
        dueDate: '2025-12-31',
        dueExplanationZh: '测试',
        isLate: i % 5 === 0,
        createdAt: AT,
      })),
    );
    await t.ctx.db.insert(pdVillageDisclosures).values(
      f.villageIds.flatMap((orgId) =>
        ['2025-01', '2025-02', '2025-Q1'].flatMap((periodKey) =>
          (['villageAffairs', 'partyAffairs'] as const).map((kind) => ({
            townshipId: f.townshipId,
            orgId,
            kind,
            periodKey,
            year: 2025,
            disclosedOn: '2025-04-01',
            contentSummary: `${kind} ${periodKey}`,
          })),
        ),
      ),
    );
  }
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
  county = await login(t.app, (await makeUser(t.ctx.db, 'countyReviewer', a.countyId, null)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

type Page = { items: { id: string }[]; nextCursor: string | null; total: { count: number; isCapped: boolean } | null };

async function walk(client: Client, path: string, pageSize: number) {
  const { pages, items } = await walkPages<Page['items'][number]>(client, `${path}${path.includes('?') ? '&' : '?'}pageSize=${pageSize}`);
  return { ids: items.map((i) => i.id), pages: pages as Page[] };
}

/** The order the list had before keyset paging (待公开 first, then newest), with the id to break ties. */
async function expectedPublicationIds(townshipIds: string[], where = 'true'): Promise<string[]> {
  const res = await t.ctx.db.execute<{ id: string }>(
    sql`select id from pd_publications where township_id = any(${sql.param(townshipIds)}::uuid[]) and deleted_at is null and ${sql.raw(where)}
     order by published_on is not null, coalesce(published_on, formed_on) desc, created_at desc, id desc`,
  );
  return res.rows.map((r) => r.id);
}

/** The village disclosures' order, written out: latest period first, then village, kind, id. */
async function expectedVillageDisclosureIds(townshipIds: string[], where = 'true'): Promise<string[]> {
  const res = await t.ctx.db.execute<{ id: string }>(
    sql`select id from pd_village_disclosures where township_id = any(${sql.param(townshipIds)}::uuid[]) and deleted_at is null and ${sql.raw(where)}
     order by period_key desc, org_id desc, kind desc, id desc`,
  );
  return res.rows.map((r) => r.id);
}

/** The scope of a user who sees every township (the system administrator's). */
const everyTownship = {
  kind: 'all' as const,
  userId: '00000000-0000-4000-8000-000000000000',
  townshipId: null,
  townshipIds: 'all' as const,
  orgIds: null,
  isReadOnly: true,
};

describe('publications list by cursor', () => {
  it('walks a township’s list page by page: the rows of one big page, in the list’s order, counted on the first page only', async () => {
    const big = await walk(admin, `${P}/publications`, 200);
    const bySevens = await walk(admin, `${P}/publications`, 7);
    expect(big.ids).toEqual(await expectedPublicationIds([a.townshipId]));
    expect(bySevens.ids).toEqual(big.ids);
    expect(bySevens.pages[0]!.total).toEqual({ count: 36, isCapped: false });
    expect(bySevens.pages.slice(1).every((p) => p.total === null)).toBe(true);
  });

  it('merges the county’s townships into one order', async () => {
    const big = await walk(county, `${P}/publications`, 200);
    expect(big.ids).toEqual(await expectedPublicationIds([a.townshipId, b.townshipId]));
    expect((await walk(county, `${P}/publications`, 5)).ids).toEqual(big.ids);
    expect(big.pages[0]!.total).toEqual({ count: 72, isCapped: false });
  });

  it('walks every township for a scope without townships (all)', async () => {
    const scope = {
      kind: 'all' as const,
      userId: a.townshipId,
      townshipId: null,
      townshipIds: 'all' as const,
      orgIds: null,
      isReadOnly: true,
    };
    const ids: string[] = [];
    let after: string | undefined;
    for (let n = 0; n < 100; n++) {
      const { rows } = await listPublications(t.ctx.db, scope, { pageSize: 9, after });
      ids.push(...rows.slice(0, 9).map((r) => r.id));
      if (rows.length <= 9) break;
      after = encodeCursor(rows[8]!.cursor);
    }
    const every = await t.ctx.db.execute<{ id: string }>(sql`select id from orgs where kind = 'township'`);
    expect(ids).toEqual(await expectedPublicationIds(every.rows.map((r) => r.id)));
    expect(ids.length).toBeGreaterThanOrEqual(72);
  });

  it('pages within every filter alike', async () => {
    const [item] = await t.ctx.db.select().from(pdCatalogItems).where(eq(pdCatalogItems.townshipId, a.townshipId)).limit(1);
    const cases: [string, string][] = [
      ['status=pending', 'published_on is null'],
      ['status=published', 'published_on is not null'],
      ['year=2025', `coalesce(published_on, formed_on) between '2025-01-01' and '2025-12-31'`],
      ['isLate=true', 'is_late'],
      [`catalogItemId=${item!.id}`, `catalog_item_id = '${item!.id}'`],
      [`q=${encodeURIComponent('安全')}`, `title like '%安全%'`],
      [`orgId=${a.departmentIds[0]}&status=published`, `org_id = '${a.departmentIds[0]}' and published_on is not null`],
      [
        `category=${item!.category}&year=2025`,
        `catalog_item_id in (select id from pd_catalog_items where category = '${item!.category}') and coalesce(published_on, formed_on) between '2025-01-01' and '2025-12-31'`,
      ],
    ];
    for (const [query, where] of cases) {
      const expected = await expectedPublicationIds([a.townshipId, b.townshipId], where);
      expect(expected.length, query).toBeGreaterThan(0);
      const walked = await walk(county, `${P}/publications?${query}`, 4);
      expect(walked.ids, query).toEqual(expected);
      expect(walked.pages[0]!.total, query).toEqual({ count: expected.length, isCapped: false });
    }
    // An office's staff see their office's records only (scope by org), searched and walked by threes.
    const staff = await login(t.app, (await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[1], a.townshipId)).username, TEST_PASSWORD);
    const own = await walk(staff, `${P}/publications`, 3);
    expect(own.ids).toEqual(await expectedPublicationIds([a.townshipId], `org_id = '${a.departmentIds[1]}'`));
    expect(own.ids.length).toBeGreaterThan(3);
    const found = await walk(staff, `${P}/publications?q=${encodeURIComponent('通知')}&status=pending`, 2);
    expect(found.ids).toEqual(
      await expectedPublicationIds([a.townshipId], `org_id = '${a.departmentIds[1]}' and title like '%通知%' and published_on is null`),
    );
    expect(found.ids.length).toBeGreaterThan(2);
  });

  it('keeps its place when a row is added before the cursor meanwhile', async () => {
    const before = (await walk(admin, `${P}/publications`, 200)).ids;
    const first = (await admin.get(`${P}/publications?pageSize=10`)).json() as Page;
    const [item] = await t.ctx.db.select().from(pdCatalogItems).where(eq(pdCatalogItems.townshipId, a.townshipId)).limit(1);
    await t.ctx.db.insert(pdPublications).values({
      townshipId: a.townshipId,
      orgId: a.townshipId,
      catalogItemId: item!.id,
      title: '新登记的待公开信息',
      formedOn: '2025-12-01',
      timeLimitDays: 20,
      dueDate: '2025-12-29',
      dueExplanationZh: '测试',
    });
    const next = (await admin.get(`${P}/publications?pageSize=10&after=${first.nextCursor}`)).json() as Page;
    expect(next.items.map((i) => i.id)).toEqual(before.slice(10, 20));
    expect((await walk(admin, `${P}/publications`, 200)).ids).toHaveLength(before.length + 1);
  });

  it('refuses a cursor it did not make, with 400 on `after`', async () => {
    for (const after of [
      'not-base64-json',
      encodeCursor(['x']),
      encodeCursor(['true', '2025-13-01', '2025-01-01 00:00:00+00', a.townshipId]),
    ]) {
      const res = await admin.get(`${P}/publications?after=${encodeURIComponent(after)}`);
      expect(res.statusCode, after).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
    }
  });
});

describe('village disclosures by cursor', () => {
  it('walks the county’s list page by page, latest period first, each row once', async () => {
    const big = await walk(county, `${P}/village-disclosures`, 200);
    const byFours = await walk(county, `${P}/village-disclosures`, 4);
    const expected = (a.villageIds.length + b.villageIds.length) * 6;
    expect(big.ids).toHaveLength(expected);
    expect(new Set(big.ids).size).toBe(expected);
    expect(byFours.ids).toEqual(big.ids);
    expect(byFours.pages[0]!.total).toEqual({ count: expected, isCapped: false });
    const periods = (big.pages[0]!.items as unknown as { periodKey: string }[]).map((i) => i.periodKey);
    expect(periods).toEqual([...periods].sort().reverse());
    const one = await walk(admin, `${P}/village-disclosures?orgId=${a.villageIds[0]}&kind=partyAffairs`, 2);
    expect(one.ids).toHaveLength(3);
  });

  it('pages within every filter alike, for the county, a village cadre and a scope of every township', async () => {
    // The periods either side of 2025 (its filter is a range of the period key), removed at the end.
    const neighbours = await t.ctx.db
      .insert(pdVillageDisclosures)
      .values(
        (
          [
            ['2024-12', 2024],
            ['2024-Q4', 2024],
            ['2026-01', 2026],
            ['2026-Q1', 2026],
          ] as const
        ).map(([periodKey, year]) => ({
          townshipId: b.townshipId,
          orgId: b.villageIds[0],
          kind: 'partyAffairs',
          periodKey,
          year,
          disclosedOn: `${year}-04-01`,
          contentSummary: periodKey,
        })),
      )
      .returning({ id: pdVillageDisclosures.id });
    const cases: [string, string][] = [
      [`orgId=${a.villageIds[1]}`, `org_id = '${a.villageIds[1]}'`],
      ['kind=villageAffairs', `kind = 'villageAffairs'`],
      ['year=2025', 'year = 2025'],
      ['year=2026', 'year = 2026'],
      [`orgId=${b.villageIds[0]}&kind=partyAffairs&year=2025`, `org_id = '${b.villageIds[0]}' and kind = 'partyAffairs' and year = 2025`],
    ];
    for (const [query, where] of cases) {
      const expected = await expectedVillageDisclosureIds([a.townshipId, b.townshipId], where);
      expect(expected.length, query).toBeGreaterThan(0);
      const walked = await walk(county, `${P}/village-disclosures?${query}`, 4);
      expect(walked.ids, query).toEqual(expected);
      expect(walked.pages[0]!.total, query).toEqual({ count: expected.length, isCapped: false });
    }
    // A village cadre's scope is their village (scope by org): 3 periods × 2 kinds, by twos.
    const cadre = await login(t.app, (await makeUser(t.ctx.db, 'villageCadre', a.villageIds[0], a.townshipId)).username, TEST_PASSWORD);
    const own = await walk(cadre, `${P}/village-disclosures`, 2);
    expect(own.ids).toEqual(await expectedVillageDisclosureIds([a.townshipId], `org_id = '${a.villageIds[0]}'`));
    expect(own.ids).toHaveLength(6);
    const ofYear = await walk(cadre, `${P}/village-disclosures?year=2025&kind=villageAffairs`, 2);
    expect(ofYear.ids).toEqual(
      await expectedVillageDisclosureIds([a.townshipId], `org_id = '${a.villageIds[0]}' and kind = 'villageAffairs'`),
    );
    // Every township (a scope without townships): the repository walked directly, by nines.
    const ids: string[] = [];
    let after: string | undefined;
    for (let n = 0; n < 100; n++) {
      const { rows } = await listVillageDisclosures(t.ctx.db, everyTownship, { pageSize: 9, after });
      ids.push(...rows.slice(0, 9).map((r) => r.id));
      if (rows.length <= 9) break;
      after = encodeCursor(rows[8]!.cursor);
    }
    const every = await t.ctx.db.execute<{ id: string }>(sql`select id from orgs where kind = 'township'`);
    expect(ids).toEqual(await expectedVillageDisclosureIds(every.rows.map((r) => r.id)));
    expect(ids.length).toBeGreaterThanOrEqual(28);
    await t.ctx.db.delete(pdVillageDisclosures).where(
      inArray(
        pdVillageDisclosures.id,
        neighbours.map((n) => n.id),
      ),
    );
  });

  it('refuses a bad cursor with 400', async () => {
    const res = await county.get(`${P}/village-disclosures?after=${encodeCursor(['2025-01', 'x', 'y', 'z'])}`);
    expect(res.statusCode).toBe(400);
  });
});

describe('the public site’s published information by cursor', () => {
  it('pages on and back by links, never by a page number, and counts on the first page only', async () => {
    // Enough published information for three pages, with ties on the day.
    const [item] = await t.ctx.db.select().from(pdCatalogItems).where(eq(pdCatalogItems.townshipId, a.townshipId)).limit(1);
    await t.ctx.db.insert(pdPublications).values(
      Array.from({ length: 30 }, (_, i) => ({
        townshipId: a.townshipId,
        orgId: a.townshipId,
        catalogItemId: item!.id,
        title: `公告第${i}号`,
        formedOn: '2025-06-01',
        publishedOn: '2025-06-02',
        timeLimitDays: 20,
        dueDate: '2025-06-29',
        dueExplanationZh: '测试',
        createdAt: AT,
      })),
    );
    const base = `/gk/${a.divisionCode}/info`;
    const expected = await expectedPublicationIds([a.townshipId], 'published_on is not null');
    expect(expected.length).toBeGreaterThan(40);
    const idsOf = (body: string) => [...body.matchAll(/href="\/gk\/[^/]+\/info\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    const linkOf = (body: string, rel: 'next' | 'prev') =>
      [...body.matchAll(/href="([^"]+)" rel="(next|prev)"/g)].find((m) => m[2] === rel)?.[1]?.replaceAll('&amp;', '&');
    const seen: string[] = [];
    const bodies: string[] = [];
    let url: string | undefined = base;
    while (url) {
      const res: { statusCode: number; body: string } = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      seen.push(...idsOf(res.body));
      bodies.push(res.body);
      url = linkOf(res.body, 'next');
    }
    expect(seen).toEqual(expected);
    expect(bodies[0]).toContain(`共找到 ${expected.length} 条信息`);
    expect(bodies[0]).not.toContain('rel="prev"');
    expect(bodies[1]).not.toContain('共找到');
    // Back from the last page, twice: the pages before it again, the same rows in the same order.
    const back1 = (await t.app.inject({ method: 'GET', url: linkOf(bodies[bodies.length - 1]!, 'prev')! })).body;
    expect(idsOf(back1)).toEqual(idsOf(bodies[bodies.length - 2]!));
    expect(back1).toContain('rel="next"');
    const back2 = (await t.app.inject({ method: 'GET', url: linkOf(back1, 'prev')! })).body;
    expect(idsOf(back2)).toEqual(idsOf(bodies[bodies.length - 3]!));
    for (const bad of [`after=${encodeCursor(['nope'])}`, `before=${encodeCursor(['nope'])}`, `after=x&before=y`]) {
      expect((await t.app.inject({ method: 'GET', url: `${base}?${bad}` })).statusCode, bad).toBe(400);
    }
  });
});

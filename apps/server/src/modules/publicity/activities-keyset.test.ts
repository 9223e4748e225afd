import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../platform/db/keyset.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { dictionaryEntries } from '../../platform/dictionaries/tables.ts';
import { publicityActivities, publicityCampaigns, publicityDutyItems } from './tables.ts';
import { walkPages } from '../../test/walk-pages.ts';

// Keyset paging of the activities list (issue 10): walking it by cursor gives exactly the rows of one
// big page, newest first, with ties on the day and on the moment registered.

let t: TestApp;
let a: TownshipFixture;
let admin: Client;
let village1: Client;
let staff: Client;
let county: Client;
let campaignId: string;
let dutyItemId: string;
const AT = new Date('2025-12-01T08:00:00.5Z');

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  const org = { townshipId: a.townshipId, orgId: a.departmentIds[0]! };
  campaignId = (
    await t.ctx.db
      .insert(publicityCampaigns)
      .values({ ...org, year: 2025, theme: 'civilCode', name: '民法典宣传月', startDate: '2025-05-01', endDate: '2025-05-31' })
      .returning({ id: publicityCampaigns.id })
  )[0]!.id;
  dutyItemId = (
    await t.ctx.db
      .insert(publicityDutyItems)
      .values({ ...org, year: 2025, laws: '人民调解法', audienceTypes: ['villagers'], measures: '进村宣讲', plannedMonths: [] })
      .returning({ id: publicityDutyItems.id })
  )[0]!.id;
  // Labels the list must show as the detail does: a removed custom entry still names old records,
  // a removed entry never hides the live one of the same code, an unknown code shows as itself.
  await t.ctx.db.insert(dictionaryEntries).values([
    { townshipId: a.townshipId, dictionary: 'venueType', code: 'oldHall', labelZh: '旧礼堂', labelEn: 'Old hall', deletedAt: AT },
    { townshipId: a.townshipId, dictionary: 'venueType', code: 'school', labelZh: '旧学校', labelEn: 'Old school', deletedAt: AT },
  ]);
  const venueTypes = ['village', 'school', 'oldHall', 'nowhere'];
  await t.ctx.db.insert(publicityActivities).values(
    Array.from({ length: 41 }, (_, i) => ({
      townshipId: a.townshipId,
      orgId: i % 4 === 0 ? a.villageIds[0]! : a.departmentIds[0]!,
      villageId: i % 6 === 5 ? null : a.villageIds[i % a.villageIds.length]!,
      date: `2025-0${1 + (i % 3)}-15`,
      title: `普法活动${i}`,
      campaignId: i % 5 === 0 ? campaignId : null,
      dutyItemId: i % 7 === 0 ? dutyItemId : null,
      venueType: venueTypes[i % venueTypes.length]!,
      channel: 'onsite',
      audienceType: i % 2 === 0 ? 'villagers' : null,
      createdAt: AT,
    })),
  );
  // A deleted activity: in no list, no total and no campaign's count.
  await t.ctx.db.insert(publicityActivities).values({
    ...org,
    date: '2025-02-15',
    title: '已删除的活动',
    campaignId,
    venueType: 'village',
    channel: 'onsite',
    createdAt: AT,
    deletedAt: AT,
  });
  const user = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  admin = await user('townshipAdmin', a.townshipId, a.townshipId);
  village1 = await user('villageCadre', a.villageIds[0]!, a.townshipId);
  staff = await user('officeStaff', a.departmentIds[0]!, a.townshipId);
  county = await user('countyReviewer', a.countyId, null);
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

  it('pages every filter (first and later pages, each scope shape) like one big page of the same rows', async () => {
    const A = publicityActivities;
    const filters: [string, ReturnType<typeof sql>][] = [
      ['', sql`true`],
      ['year=2025', sql`${A.date} between '2025-01-01' and '2025-12-31'`],
      ['year=2025&from=2025-02-01', sql`${A.date} between '2025-02-01' and '2025-12-31'`],
      ['to=2025-02-15', sql`${A.date} <= '2025-02-15'`],
      [`orgId=${a.villageIds[0]}`, sql`${A.orgId} = ${a.villageIds[0]}`],
      [`villageId=${a.villageIds[1]}`, sql`${A.villageId} = ${a.villageIds[1]}`],
      [`campaignId=${campaignId}`, sql`${A.campaignId} = ${campaignId}`],
      [`dutyItemId=${dutyItemId}&venueType=village`, sql`${A.dutyItemId} = ${dutyItemId} and ${A.venueType} = 'village'`],
      [`venueType=school`, sql`${A.venueType} = 'school'`],
    ];
    for (const [query, where] of filters) {
      const expected = (
        await t.ctx.db.execute<{ id: string }>(
          sql`select id from publicity_activities where deleted_at is null and ${where} order by date desc, created_at desc, id desc`,
        )
      ).rows.map((r) => r.id);
      expect(expected.length, query).toBeGreaterThan(0);
      for (const client of [admin, county]) {
        const q = client === county ? `${query}&townshipId=${a.townshipId}` : query;
        const byThrees = await walk(client, q, 3);
        expect(byThrees.ids, q).toEqual(expected);
        expect(byThrees.pages[0]!.total, q).toEqual({ count: expected.length, isCapped: false });
      }
      // Org-bound scopes (their org's activities, or held in their village) page the same way.
      for (const client of [village1, staff]) {
        expect((await walk(client, query, 2)).ids, query).toEqual((await walk(client, query, 200)).ids);
      }
    }
  });

  it('shows on each row the names, labels and abilities its detail shows', async () => {
    for (const client of [admin, village1, county]) {
      const q = client === county ? `townshipId=${a.townshipId}` : '';
      const { pages } = await walkPages<Record<string, unknown> & { id: string }>(client, `/api/publicity/activities?${q}&pageSize=200`);
      const items = pages[0]!.items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const detail = (await client.get(`/api/publicity/activities/${item.id}`)).json();
        expect(item).toEqual({ ...detail, attachments: [] });
      }
    }
    const labels = new Map((await walk(admin, '', 200)).pages[0]!.items.map((i) => [(i as unknown as { title: string }).title, i]));
    expect(labels.get('普法活动1')).toMatchObject({ venueTypeLabelZh: '学校', campaignName: null, audienceTypeLabelZh: null });
    expect(labels.get('普法活动2')).toMatchObject({ venueTypeLabelZh: '旧礼堂', audienceTypeLabelZh: '村（居）民' });
    expect(labels.get('普法活动3')).toMatchObject({ venueTypeLabelZh: 'nowhere', orgName: '司法所', villageName: '西村' });
    expect(labels.get('普法活动5')).toMatchObject({ villageName: null, campaignName: '民法典宣传月' });
    expect(labels.get('普法活动7')).toMatchObject({ dutyItemLaws: '人民调解法', channelLabelZh: '现场宣讲（咨询）' });
  });

  it('refuses a cursor it did not make, with 400', async () => {
    for (const after of ['x', encodeCursor(['2025-01-15']), encodeCursor(['2025-01-15', 'noon', a.townshipId])]) {
      const res = await admin.get(`/api/publicity/activities?after=${encodeURIComponent(after)}`);
      expect(res.statusCode, after).toBe(400);
    }
  });
});

describe('the campaigns and duty lists of a year', () => {
  it('shows each campaign with its theme label and its number of live activities', async () => {
    for (const [client, q] of [
      [admin, ''],
      [county, `&townshipId=${a.townshipId}`],
    ] as const) {
      const list = (await client.get(`/api/publicity/campaigns?year=2025${q}`)).json() as {
        id: string;
        themeLabelZh: string;
        activityCount: number;
      }[];
      expect(list.find((c) => c.id === campaignId)).toMatchObject({ themeLabelZh: '民法典宣传月（5月）', activityCount: 9 });
    }
  });

  it('shows each duty-list line with its office, audience labels and number of activities', async () => {
    const list = (await admin.get('/api/publicity/duty-items?year=2025')).json() as { id: string }[];
    expect(list.find((i) => i.id === dutyItemId)).toMatchObject({ orgName: '司法所', audienceLabelsZh: ['村（居）民'], activityCount: 6 });
  });
});

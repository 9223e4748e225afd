import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../platform/db/keyset.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { recomputeRepeatLinks } from './index.ts';
import { seedDisclosureRequestReference } from './reference-seed.ts';
import { disclosureRequestRepeatLinks, disclosureRequests } from './tables.ts';
import { walkPages } from '../../test/walk-pages.ts';

/** Issue 10: the list pages by cursor, its flags and counts come from SQL, repeats are stored links found at registration. */
let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let staffA: Client;
let staffB: Client;
let county: Client;

type Item = { id: string; number: string; isOverdue: boolean; isRepeatCandidate: boolean; status: string };
type Page = { items: Item[]; nextCursor: string | null; total: { count: number; isCapped: boolean } | null; overdueCount: number };

const applicant = (description: string, name = '张三') => ({
  applicantKind: 'natural',
  applicantName: name,
  idNumber: '11010519491231002X',
  phone: '13912345678',
  address: '东村3组',
  email: null,
  description,
  forms: ['paper'],
  deliveryMethod: 'post',
});
const register = (client: Client, description: string, arrivedOn = '2026-03-02', townshipId?: string) =>
  client.post(`/api/disclosure-requests${townshipId ? `?townshipId=${townshipId}` : ''}`, {
    channel: 'inPerson',
    arrivedOn,
    applicant: applicant(description),
  });

/** Bulk rows with ties everywhere: many on one arrival date, so only number and id keep the order total. */
function bulk(f: TownshipFixture, n: number, prefix: string) {
  return Array.from({ length: n }, (_, i) => ({
    townshipId: f.townshipId,
    orgId: f.departmentIds[1]!,
    number: `${prefix}-${String(i).padStart(4, '0')}`,
    channel: 'inPerson',
    arrivedOn: `2025-0${1 + (i % 3)}-1${i % 2}`,
    receivedOn: `2025-0${1 + (i % 3)}-1${i % 2}`,
    receiptRuleZh: '当面提交',
    status: i % 4 === 0 ? 'replied' : 'inProgress',
    // Open ones alternate between overdue (due in the past) and not (due far ahead).
    replyDueOn: i % 4 === 0 ? null : i % 2 ? '2025-02-01' : '2099-01-01',
    applicantKind: 'natural',
    applicantName: `批量${i}`,
    // Unlike each other: only the registered requests below are repeats.
    description: `事项${randomUUID()}`,
    forms: ['paper'],
    deliveryMethod: 'post',
  }));
}

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  await t.ctx.db.insert(disclosureRequests).values([...bulk(a, 37, 'A'), ...bulk(b, 23, 'B')]);
  const mk = async (role: string, orgId: string, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  staffA = await mk('officeStaff', a.departmentIds[1], a.townshipId);
  staffB = await mk('officeStaff', b.departmentIds[1], b.townshipId);
  county = await mk('countyReviewer', a.countyId, null);
});
afterAll(() => t.close());

async function walk(client: Client, pageSize: number, filter = '') {
  const { pages, items } = await walkPages<Item>(client, `/api/disclosure-requests?pageSize=${pageSize}${filter}`);
  return { ids: items.map((i) => i.id), items, pages: pages as Page[] };
}

describe('the request list by cursor', () => {
  it('walks a township’s list once, in one order, each row exactly once, the total on the first page only', async () => {
    const all = await walk(staffA, 200);
    const byFives = await walk(staffA, 5);
    expect(all.ids.length).toBe(37);
    expect(new Set(all.ids).size).toBe(37);
    expect(byFives.ids).toEqual(all.ids);
    expect(byFives.pages[0]!.total).toEqual({ count: 37, isCapped: false });
    expect(byFives.pages.slice(1).every((p) => p.total === null)).toBe(true);
    // Newest arrival first, then number (descending).
    const rows = await t.ctx.db
      .select({ id: disclosureRequests.id })
      .from(disclosureRequests)
      .where(eq(disclosureRequests.townshipId, a.townshipId))
      .orderBy(asc(disclosureRequests.arrivedOn), asc(disclosureRequests.number));
    expect(all.ids).toEqual(rows.map((r) => r.id).reverse());
  });

  it('pages the county’s townships together, and within each filter', async () => {
    const all = await walk(county, 200);
    expect(all.ids.length).toBe(60);
    expect((await walk(county, 7)).ids).toEqual(all.ids);
    const open = await walk(county, 200, '&status=inProgress');
    expect((await walk(county, 4, '&status=inProgress')).ids).toEqual(open.ids);
    expect(open.ids).toEqual(all.items.filter((i) => i.status === 'inProgress').map((i) => i.id));
    const overdue = await walk(county, 3, '&overdue=true');
    expect(overdue.ids).toEqual(all.items.filter((i) => i.isOverdue).map((i) => i.id));
    expect(overdue.pages[0]!.total!.count).toBe(overdue.ids.length);
    const found = await walk(county, 2, `&q=${encodeURIComponent('批量1')}`);
    expect(found.ids.length).toBeGreaterThan(2);
    expect(found.items.every((i) => all.ids.includes(i.id))).toBe(true);
  });

  it('counts the overdue requests of the scope in SQL, on every page and under any filter', async () => {
    const township = await walk(staffA, 10);
    const overdueA = township.items.filter((i) => i.isOverdue).length;
    // 37 rows: the open ones (i % 4 ≠ 0) with an odd index are due 2025-02-01.
    expect(overdueA).toBe(Array.from({ length: 37 }, (_, i) => i).filter((i) => i % 4 !== 0 && i % 2 === 1).length);
    expect(township.pages.every((p) => p.overdueCount === overdueA)).toBe(true);
    const empty = (await staffA.get(`/api/disclosure-requests?q=${encodeURIComponent('没有这样的申请')}`)).json() as Page;
    expect(empty).toMatchObject({ items: [], nextCursor: null, total: { count: 0, isCapped: false }, overdueCount: overdueA });
    const countyPage = (await county.get('/api/disclosure-requests?pageSize=1')).json() as Page;
    expect(countyPage.overdueCount).toBe((await walk(county, 200)).items.filter((i) => i.isOverdue).length);
  });

  it('refuses a cursor it did not make with 400, never a 500', async () => {
    for (const after of [
      'abc',
      encodeCursor(['x']),
      encodeCursor(['not-a-uuid', '2026-01-01', 'YSQ', 'x']),
      encodeCursor(['a', 'b', 'c', 'd', 'e']),
    ]) {
      const res = await staffA.get(`/api/disclosure-requests?after=${after}`);
      expect(res.statusCode, after).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
    }
    expect((await staffA.get('/api/disclosure-requests?after=%25%25')).statusCode).toBe(400);
    expect((await staffA.get('/api/disclosure-requests?page=2')).statusCode).toBe(400);
  });
});

describe('repeat requests stored as links (条例第四十四条)', () => {
  const SAME = '2025年笔架山乡征地补偿安置方案及补偿标准';

  it('links a request to the similar ones of its own township only, shown on both and in the filter', async () => {
    const first = (await register(staffA, SAME, '2026-02-02')).json();
    const second = (await register(staffA, `请提供${SAME}的文件`, '2026-03-03')).json();
    const other = (await register(staffB, SAME, '2026-03-03')).json();
    const unrelated = (await register(staffA, '本乡2026年财政预算执行情况说明', '2026-03-04')).json();
    const links = await t.ctx.db
      .select()
      .from(disclosureRequestRepeatLinks)
      .where(inArray(disclosureRequestRepeatLinks.requestId, [first.id, second.id, other.id, unrelated.id]));
    expect(links.map((l) => [l.requestId, l.earlierId])).toEqual([[second.id, first.id]]);
    expect(links[0]!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(links[0]!.townshipId).toBe(a.townshipId);
    const detail = (await staffA.get(`/api/disclosure-requests/${first.id}`)).json();
    expect(detail.repeats).toEqual([{ id: second.id, number: second.number, description: `请提供${SAME}的文件` }]);
    expect(detail.isRepeatCandidate).toBe(true);
    expect((await staffB.get(`/api/disclosure-requests/${other.id}`)).json()).toMatchObject({ repeats: [], isRepeatCandidate: false });
    const repeatsA = await walk(staffA, 1, '&repeats=true');
    expect(repeatsA.ids).toContain(first.id);
    expect(repeatsA.ids).toContain(second.id);
    expect(repeatsA.ids).not.toContain(unrelated.id);
    expect(repeatsA.items.every((i) => i.isRepeatCandidate)).toBe(true);
    expect((await walk(staffB, 50, '&repeats=true')).ids).not.toContain(other.id);
    // A deleted partner is no repeat any more.
    expect((await staffA.delete(`/api/disclosure-requests/${second.id}`)).statusCode).toBe(200);
    expect((await staffA.get(`/api/disclosure-requests/${first.id}`)).json()).toMatchObject({ repeats: [], isRepeatCandidate: false });
    expect((await walk(staffA, 50, '&repeats=true')).ids).not.toContain(first.id);
  });

  it('does not link requests that arrived more than 12 months apart', async () => {
    const old = (await register(staffB, '2024年乙乡农村危房改造补助资金发放名单', '2024-05-06')).json();
    const late = (await register(staffB, '2024年乙乡农村危房改造补助资金发放名单', '2025-09-01')).json();
    expect((await staffB.get(`/api/disclosure-requests/${late.id}`)).json().repeats).toEqual([]);
    expect((await staffB.get(`/api/disclosure-requests/${old.id}`)).json().isRepeatCandidate).toBe(false);
  });

  it('two clerks registering the same matter at the same moment find each other: every pair linked once', async () => {
    const n = 8;
    const description = '笔架山村2026年村级公益事业建设一事一议筹资筹劳方案';
    // Two years of receipt, so the number sequence's lock (per township and year) does not make them take turns.
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => register(staffA, description, i % 2 ? '2025-12-30' : '2026-01-05')),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(n).fill(201));
    const ids = results.map((r) => r.json().id as string);
    const links = await t.ctx.db.select().from(disclosureRequestRepeatLinks).where(inArray(disclosureRequestRepeatLinks.requestId, ids));
    const pairs = new Set(links.map((l) => [l.requestId, l.earlierId].sort().join('|')));
    expect(links.length).toBe((n * (n - 1)) / 2);
    expect(pairs.size).toBe((n * (n - 1)) / 2);
    expect(links.every((l) => ids.includes(l.earlierId))).toBe(true);
    const flags = await t.ctx.db
      .select({ flag: disclosureRequests.isRepeatCandidate })
      .from(disclosureRequests)
      .where(inArray(disclosureRequests.id, ids));
    expect(flags.map((f) => f.flag)).toEqual(Array(n).fill(true));
  });

  it('recomputeRepeatLinks rebuilds the links registration found, and is idempotent', async () => {
    // Which of two requests registered at the same moment counts as the earlier one is the order they
    // took the lock in; a rebuild goes by created_at. The pair and its similarity are what must agree.
    const pairsOf = async () =>
      (await t.ctx.db.select().from(disclosureRequestRepeatLinks))
        .map((l) => `${[l.requestId, l.earlierId].sort().join('|')}:${l.similarity.toFixed(4)}`)
        .sort();
    const flagsOf = async () =>
      (await t.ctx.db.select({ id: disclosureRequests.id, flag: disclosureRequests.isRepeatCandidate }).from(disclosureRequests))
        .filter((r) => r.flag)
        .map((r) => r.id)
        .sort();
    const found = await pairsOf();
    const flagged = await flagsOf();
    expect(found.length).toBeGreaterThan(28);
    expect(flagged.length).toBe(8);
    await t.ctx.db.delete(disclosureRequestRepeatLinks);
    await t.ctx.db.update(disclosureRequests).set({ isRepeatCandidate: false });
    const first = await recomputeRepeatLinks(t.ctx.db);
    const rebuilt = await pairsOf();
    expect(first.links).toBe(rebuilt.length);
    const live = new Set(
      (await t.ctx.db.select({ id: disclosureRequests.id, deletedAt: disclosureRequests.deletedAt }).from(disclosureRequests))
        .filter((r) => r.deletedAt === null)
        .map((r) => r.id),
    );
    // The deleted request's links are not rebuilt: the list and the detail ignored them already.
    expect(rebuilt).toEqual(
      found.filter((p) =>
        p
          .split(/[|:]/)
          .slice(0, 2)
          .every((id) => live.has(id)),
      ),
    );
    expect(await flagsOf()).toEqual(flagged);
    // The first start after the upgrade links requests registered before links were stored, once.
    await t.ctx.db.delete(disclosureRequestRepeatLinks);
    await t.ctx.db.update(disclosureRequests).set({ isRepeatCandidate: false });
    await seedDisclosureRequestReference(t.ctx.db);
    expect(await pairsOf()).toEqual(rebuilt);
    expect(await flagsOf()).toEqual(flagged);
    await recomputeRepeatLinks(t.ctx.db);
    expect(await pairsOf()).toEqual(rebuilt);
    expect(await flagsOf()).toEqual(flagged);
  });
});

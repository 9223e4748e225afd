import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, users } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit/tables.ts';
import { COUNTED_LISTS, compactListCounts, NO_ORG, recomputeListCounts } from './list-counts.ts';
import { listCountDeltas } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let village: Client;
let county: Client;
let sysAdmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '计数甲乡');
  b = await makeTownship(t.ctx.db, '计数乙乡', a.countyId);
  const mk = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  admin = await mk('townshipAdmin', a.townshipId, a.townshipId);
  village = await mk('villageCadre', a.villageIds[0], a.townshipId);
  county = await mk('countyReviewer', a.countyId, null);
  sysAdmin = await mk('systemAdmin', null, null);
});
afterAll(() => t.close());

/** The kept sums, per (list, township, org), against the tables themselves. */
async function keptAndActual() {
  const kept = await t.ctx.db
    .select({
      list: listCountDeltas.list,
      townshipId: listCountDeltas.townshipId,
      orgId: listCountDeltas.orgId,
      n: sql<number>`sum(n)::int`,
    })
    .from(listCountDeltas)
    .groupBy(listCountDeltas.list, listCountDeltas.townshipId, listCountDeltas.orgId);
  const actual: typeof kept = [];
  for (const [list, { table, orgColumn, visible }] of Object.entries(COUNTED_LISTS)) {
    const rows = await t.ctx.db.execute<{ township_id: string; org_id: string; n: number }>(sql`
      select coalesce(township_id, ${NO_ORG}::uuid) as township_id, coalesce(${sql.raw(orgColumn ?? 'null::uuid')}, ${NO_ORG}::uuid) as org_id, count(*)::int as n
      from ${sql.identifier(table)} where ${sql.raw(visible)} group by 1, 2`);
    for (const r of rows.rows) actual.push({ list, townshipId: r.township_id, orgId: r.org_id, n: r.n });
  }
  const key = (r: { list: string; townshipId: string; orgId: string }) => `${r.list}/${r.townshipId}/${r.orgId}`;
  const norm = (rows: typeof kept) =>
    Object.fromEntries(
      rows
        .filter((r) => r.n !== 0)
        .map((r) => [key(r), r.n])
        .sort(),
    );
  return { kept: norm(kept), actual: norm(actual) };
}

async function addPerson(client: Client, orgId: string, name = '计数干部') {
  const res = await client.post('/api/people', { orgId, name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

describe('kept list totals', () => {
  it('answers a first page with the exact total, as the rows change, for each kind of scope', async () => {
    await addPerson(admin, a.villageIds[0]);
    await addPerson(admin, a.villageIds[1]);
    const gone = await addPerson(admin, a.departmentIds[0]);
    // Another township's org: refused (not found), nothing counted.
    expect((await admin.post('/api/people', { orgId: b.villageIds[0], name: '越权' })).statusCode).toBe(404);
    expect((await admin.delete(`/api/people/${gone.id}`)).statusCode).toBe(200);

    const total = async (client: Client, url: string) => ((await client.get(url)).json() as { total: { count: number } }).total.count;
    const counted = async (where: ReturnType<typeof and>) => (await t.ctx.db.select({ n: count() }).from(people).where(where))[0]!.n;
    const inTownship = (id: string) => and(isNull(people.deletedAt), eq(people.townshipId, id));
    expect(await total(admin, '/api/people?pageSize=1')).toBe(await counted(inTownship(a.townshipId)));
    expect(await total(village, '/api/people?pageSize=1')).toBe(
      await counted(and(isNull(people.deletedAt), eq(people.orgId, a.villageIds[0]))),
    );
    expect(await total(county, '/api/people?pageSize=1')).toBe(
      (await counted(inTownship(a.townshipId))) + (await counted(inTownship(b.townshipId))),
    );
    // A filtered page is counted, and agrees.
    expect(await total(admin, `/api/people?pageSize=1&orgId=${a.villageIds[1]}`)).toBe(
      await counted(and(isNull(people.deletedAt), eq(people.orgId, a.villageIds[1]))),
    );
    const allUsers = (await t.ctx.db.select({ n: count() }).from(users).where(isNull(users.deletedAt)))[0]!.n;
    expect(await total(sysAdmin, '/api/users?pageSize=1')).toBe(allUsers);
    // Reading the log writes nothing to it, so the count taken after the page is the page's.
    const auditTotal = await total(sysAdmin, '/api/audit?pageSize=1');
    const allAudit = (await t.ctx.db.select({ n: count() }).from(auditLog))[0]!.n;
    expect(auditTotal).toBe(Math.min(allAudit, 10_000));
    const { kept, actual } = await keptAndActual();
    expect(kept).toEqual(actual);
  });

  it('stays exact with many parallel writers while the deltas are compacted', async () => {
    const orgIds = [...a.villageIds, ...a.departmentIds, ...b.villageIds];
    const writers = Array.from({ length: 24 }, (_, i) =>
      t.ctx.db
        .transaction(async (tx) => {
          const rows = await tx
            .insert(people)
            .values(
              Array.from({ length: 1 + (i % 3) }, (_, j) => {
                const orgId = orgIds[(i + j) % orgIds.length]!;
                return { townshipId: orgId === b.villageIds[0] ? b.townshipId : a.townshipId, orgId, name: `并发${i}-${j}` };
              }),
            )
            .returning({ id: people.id });
          // Every third writer also soft-deletes one of its rows, and every fourth moves one to another org.
          if (i % 3 === 0) await tx.update(people).set({ deletedAt: new Date() }).where(eq(people.id, rows[0]!.id));
          if (i % 4 === 1) await tx.update(people).set({ orgId: a.villageIds[0] }).where(eq(people.id, rows[0]!.id));
          // Every fifth gives up: its deltas go with it.
          if (i % 5 === 4) throw new Error('rolled back on purpose');
        })
        .catch((error: Error) => {
          if (error.message !== 'rolled back on purpose') throw error;
        }),
    );
    const compactions = Array.from({ length: 6 }, () => compactListCounts(t.ctx.db));
    await Promise.all([...writers, ...compactions]);
    const { kept, actual } = await keptAndActual();
    expect(kept).toEqual(actual);

    // Compaction leaves one row per key and the same sums.
    await compactListCounts(t.ctx.db);
    const [rows] = await t.ctx.db
      .execute<{ rows: number; keys: number }>(
        sql`
      select count(*)::int as rows, count(distinct (list, township_id, org_id))::int as keys from list_count_deltas`,
      )
      .then((r) => r.rows);
    expect(rows!.rows).toBe(rows!.keys);
    expect((await keptAndActual()).kept).toEqual(actual);
  });

  it('is rebuilt from the tables by recomputeListCounts, idempotently', async () => {
    const before = (await keptAndActual()).actual;
    await t.ctx.db.execute(sql`update list_count_deltas set n = n + 7`);
    await recomputeListCounts(t.ctx.db);
    await recomputeListCounts(t.ctx.db);
    const { kept, actual } = await keptAndActual();
    expect(actual).toEqual(before);
    expect(kept).toEqual(actual);
  });

  it('has one trigger per counted table and write, given the same facts as COUNTED_LISTS', async () => {
    const triggers = await t.ctx.db.execute<{ table: string; name: string; args: string }>(sql`
      select c.relname as table, tg.tgname as name, encode(tg.tgargs, 'escape') as args
      from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
      where tg.tgfoid = 'list_count_deltas_append'::regproc`);
    for (const [list, { table, orgColumn, visible }] of Object.entries(COUNTED_LISTS)) {
      const mine = triggers.rows.filter((r) => r.table === table);
      expect(mine.length, table).toBe(table === 'audit_log' ? 1 : 3); // the audit log is append-only
      for (const r of mine) expect(r.args.split('\\000').slice(0, 3)).toEqual([list, orgColumn ?? 'null::uuid', visible]);
    }
  });
});

import { and, asc, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../modules/organisation/tables.ts';
import { makeTownship, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { listStatementsDb, type DbOrTx } from './client.ts';
import { pageLimit, statementFor, type PageLimit } from './prepared-lists.ts';

let t: TestApp;
let a: TownshipFixture;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '预备语句乡');
  await t.ctx.db
    .insert(people)
    .values(Array.from({ length: 2000 }, (_, i) => ({ townshipId: a.townshipId, orgId: a.departmentIds[0]!, name: `干部${i}` })));
  // Statistics as a live database has them (autovacuum analyses a table this size soon after).
  await t.ctx.db.execute(sql`analyze people`);
});
afterAll(() => t.close());

const pageOfPeople = (db: DbOrTx, limit: PageLimit, name: string) =>
  db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(isNull(people.deletedAt), sql`${people.townshipId} = any(${sql.placeholder('townshipIds')}::uuid[])`))
    .orderBy(asc(people.townshipId), asc(people.orgId), sql`(not ${people.isLeader})`, asc(people.name), asc(people.id))
    .limit(limit)
    .prepare(name);

describe('prepared list statements', () => {
  it('write the page size into the statement as a literal, one statement per bucket of page sizes', async () => {
    const cache = new WeakMap<object, Map<string, ReturnType<typeof pageOfPeople>>>();
    const of21 = statementFor(cache, t.ctx.db, 'test_people', 21, (on, limit, name) => pageOfPeople(on, limit, name));
    const again = statementFor(cache, t.ctx.db, 'test_people', 21, () => {
      throw new Error('built twice');
    });
    const of51 = statementFor(cache, t.ctx.db, 'test_people', 51, (on, limit, name) => pageOfPeople(on, limit, name));
    // A page of 30 reads 31 rows: the statement of 51 rows serves it, cut to 31.
    const of31 = statementFor(cache, t.ctx.db, 'test_people', 31, () => {
      throw new Error('a statement per page size');
    });
    expect(cache.get(listStatementsDb(t.ctx.db))?.size).toBe(2);
    expect(again).toBe(of21);
    expect(of51).not.toBe(of21);
    expect((await of31.execute({ townshipIds: [a.townshipId] })).length).toBe(31);
    expect((await of51.execute({ townshipIds: [a.townshipId] })).length).toBe(51);
    expect(() => statementFor(cache, t.ctx.db, 'test_people', 202, () => of21)).toThrow();

    const text = t.ctx.db.select({ id: people.id }).from(people).limit(pageLimit(21)).toSQL();
    expect(text.sql).toMatch(/limit 21$/);
    expect(text.params).toEqual([]);
    expect(() => pageLimit(0)).toThrow();
    expect(() => pageLimit(1.5)).toThrow();
  });

  it('lets PostgreSQL keep one generic plan instead of planning every page again', async () => {
    // With `limit $n` the generic plan assumes a tenth of the table and PostgreSQL re-plans a custom
    // plan on every execution; with the literal it settles on the generic plan after five.
    const plans = await t.ctx.db.transaction(async (tx) => {
      const cache = new WeakMap<object, Map<string, ReturnType<typeof pageOfPeople>>>();
      const statement = statementFor(cache, tx, 'test_people_plan', 21, (on, limit, name) => pageOfPeople(on, limit, name));
      for (let i = 0; i < 8; i++) {
        const rows = await statement.execute({ townshipIds: [a.townshipId] });
        expect(rows.length).toBeGreaterThan(0);
      }
      const result = await tx.execute<{ generic: number; custom: number }>(
        sql`select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where name = 'test_people_plan_l21'`,
      );
      return result.rows[0];
    });
    expect(plans).toBeDefined();
    expect(plans!.generic).toBeGreaterThan(0);
    expect(plans!.custom).toBeLessThanOrEqual(5);
  });

  it("run on the app handle's list sessions, which always take the generic plan; inside a transaction, on it", async () => {
    const cache = new WeakMap<object, Map<string, ReturnType<typeof pageOfPeople>>>();
    let builtOn: unknown = null;
    const statement = statementFor(cache, t.ctx.db, 'test_people_sessions', 21, (on, limit, name) => {
      builtOn = on;
      return pageOfPeople(on, limit, name);
    });
    expect(builtOn).not.toBe(t.ctx.db);
    expect(builtOn).toBe(listStatementsDb(t.ctx.db));
    expect((await statement.execute({ townshipIds: [a.townshipId] })).length).toBe(21);
    const mode = await listStatementsDb(t.ctx.db).execute<{ plan_cache_mode: string }>(sql`show plan_cache_mode`);
    expect(mode.rows[0]!.plan_cache_mode).toBe('force_generic_plan');
    const appMode = await t.ctx.db.execute<{ plan_cache_mode: string }>(sql`show plan_cache_mode`);
    expect(appMode.rows[0]!.plan_cache_mode).toBe('auto');
    await t.ctx.db.transaction(async (tx) => {
      expect(listStatementsDb(tx)).toBe(tx);
    });
  });
});

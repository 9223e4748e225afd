import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { UNIQUE_CONSTRAINTS } from './unique-constraints.ts';

/**
 * Issue 8 item 7: a unique index that refuses a write answers 409 with a Chinese message naming the
 * field, never 500. The list is read from the migrated database, so an index added by a later
 * migration without its meaning fails here.
 */
let t: TestApp;
let a: TownshipFixture;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('unique constraints (issue 8 item 7)', () => {
  it('every unique index of the schema has a meaning, and every meaning an index', async () => {
    const rows = await t.ctx.db.execute<{ name: string; columns: string[]; is_primary: boolean }>(sql`
      select ic.relname as name, i.indisprimary as is_primary,
             array(select a.attname from pg_attribute a where a.attrelid = i.indrelid and a.attnum = any(i.indkey))::text[] as columns
      from pg_index i
      join pg_class ic on ic.oid = i.indexrelid
      join pg_class tc on tc.oid = i.indrelid
      join pg_namespace n on n.oid = tc.relnamespace
      where i.indisunique and n.nspname = 'public' and tc.relname not like '%migrations%'`);
    // A primary key on a generated identifier (uuid id, audit seq) cannot be hit by anything a user sends.
    const generated = (r: { columns: string[]; is_primary: boolean }) =>
      r.is_primary && r.columns.length === 1 && ['id', 'seq'].includes(r.columns[0]!);
    const names = rows.rows.filter((r) => !generated(r)).map((r) => r.name);
    expect(names.length).toBeGreaterThan(15);
    expect(names.filter((n) => !UNIQUE_CONSTRAINTS[n]).sort()).toEqual([]);
    const all = new Set(rows.rows.map((r) => r.name));
    expect(
      Object.keys(UNIQUE_CONSTRAINTS)
        .filter((n) => !all.has(n))
        .sort(),
    ).toEqual([]);
  });

  it('a duplicate ID number when adding a cadre answers 409 naming 身份证号 (no half-written record)', async () => {
    const idNumber = '11010519491231002X';
    const first = await admin.post('/api/people', { orgId: a.departmentIds[0], name: '张三', idNumber });
    expect(first.statusCode).toBe(201);
    const again = await admin.post('/api/people', { orgId: a.departmentIds[1], name: '张三', idNumber });
    expect(again.statusCode).toBe(409);
    const body = again.json() as { code: string; userMessage: string; invalidParams: { name: string; reason: string }[] };
    expect(body.code).toBe('RECORD.DUPLICATE');
    expect(body.userMessage).toContain('身份证号已存在');
    expect(body.invalidParams).toEqual([expect.objectContaining({ name: 'body.idNumber', code: 'duplicate' })]);
    const list = await admin.get(`/api/people?orgId=${a.departmentIds[1]}`);
    expect(JSON.stringify(list.json())).not.toContain('张三');
  });
});

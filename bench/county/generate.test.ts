// Keeps the county generator honest (issue 10): a tiny county (2 townships × 10 cadres × 1 year)
// in the test database, then every foreign key, every scope and the audit chain hold, and the
// township administrator's lists answer with rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/server/src/platform/audit/verify-chain.ts';
import { seedDemoIfFirstStart } from '../../apps/server/src/platform/seed/demo.ts';
import { createTestApp, login, type TestApp } from '../../apps/server/src/test/harness.ts';
import { BENCH_LOGINS, COUNTY_PASSWORD } from './gen-organisation.ts';
import { generateCounty, type CountyResult } from './generate.ts';
import { COUNTY_LISTS, firstPage } from './lists.ts';
import { TINY_SCALE } from './scale.ts';

let t: TestApp;
let result: CountyResult;
const query = async <T>(text: string) => (await t.database.pool.query(text)).rows as T[];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoIfFirstStart(t.ctx);
  result = await generateCounty(t.ctx, t.database.pool, TINY_SCALE);
}, 60_000);
afterAll(() => t?.close());

/** Rows that point at another record of the same township; each pair must hold. */
const REFERENCES: [table: string, column: string, target: string][] = [
  ['people', 'org_id', 'orgs'],
  ['users', 'person_id', 'people'],
  ['law_study_sessions', 'org_id', 'orgs'],
  ['law_study_attendances', 'session_id', 'law_study_sessions'],
  ['law_study_attendances', 'person_id', 'people'],
  ['law_study_self_studies', 'person_id', 'people'],
  ['law_study_exam_scores', 'exam_id', 'law_study_exams'],
  ['law_study_exam_scores', 'person_id', 'people'],
  ['law_study_appointments', 'person_id', 'people'],
  ['publicity_activities', 'village_id', 'orgs'],
  ['publicity_activities', 'campaign_id', 'publicity_campaigns'],
  ['publicity_activities', 'duty_item_id', 'publicity_duty_items'],
  ['pd_publications', 'catalog_item_id', 'pd_catalog_items'],
  ['pd_bulletin_board_updates', 'board_id', 'pd_bulletin_boards'],
  ['disclosure_request_events', 'request_id', 'disclosure_requests'],
  ['disclosure_reviews', 'request_id', 'disclosure_requests'],
  ['notifications', 'user_id', 'users'],
  ['files', 'entity_id', 'pd_publications'],
];

describe('the county generator at a tiny scale', () => {
  it('fills every module', () => {
    const rows = Object.fromEntries(result.counts.map((c) => [c.table, c.rows]));
    for (const table of [
      'people',
      'users',
      'law_study_sessions',
      'law_study_attendances',
      'law_study_self_studies',
      'law_study_exam_scores',
      'publicity_activities',
      'publicity_duty_items',
      'pd_publications',
      'pd_village_disclosures',
      'pd_bulletin_board_updates',
      'disclosure_requests',
      'disclosure_request_events',
      'deadlines',
      'notifications',
      'files',
      'audit_log',
    ])
      expect(rows[table], table).toBeGreaterThan(0);
    expect(result.townshipIds).toHaveLength(TINY_SCALE.townships);
  });

  it('keeps every declared foreign key', async () => {
    const keys = await query<{ child: string; column: string; parent: string; target: string }>(`
      select c.conrelid::regclass::text as child, a.attname as column, c.confrelid::regclass::text as parent, b.attname as target
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
      where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = 'public'::regnamespace`);
    expect(keys.length).toBeGreaterThan(3);
    for (const k of keys) {
      const [orphans] = await query<{ n: number }>(
        `select count(*)::int as n from ${k.child} x where x.${k.column} is not null and not exists (select 1 from ${k.parent} p where p.${k.target} = x.${k.column})`,
      );
      expect(orphans!.n, `${k.child}.${k.column} → ${k.parent}`).toBe(0);
    }
  });

  it('keeps every row in the township of its org and of what it refers to', async () => {
    const withOrg = await query<{ table_name: string }>(`
      select c.table_name from information_schema.columns c
      join information_schema.columns o on o.table_name = c.table_name and o.table_schema = 'public' and o.column_name = 'org_id'
      where c.table_schema = 'public' and c.column_name = 'township_id'`);
    expect(withOrg.length).toBeGreaterThan(10);
    for (const { table_name } of withOrg) {
      const [bad] = await query<{ n: number }>(
        `select count(*)::int as n from ${table_name} x left join orgs o on o.id = x.org_id
         where x.org_id is not null and x.org_id <> '00000000-0000-0000-0000-000000000000' -- the kept totals' "no org" (list-counts.ts NO_ORG)
           and (o.id is null or coalesce(o.township_id, '00000000-0000-0000-0000-000000000000') is distinct from coalesce(x.township_id, '00000000-0000-0000-0000-000000000000'))`,
      );
      expect(bad!.n, `${table_name}: township of its org`).toBe(0);
    }
    for (const [table, column, target] of REFERENCES) {
      const [bad] = await query<{ n: number; total: number }>(
        // A county reviewer's notification names the township it is about; the reviewer has none.
        `select count(*) filter (where y.id is null or (y.township_id is distinct from x.township_id and not (${table === 'notifications'} and y.township_id is null)))::int as n,
                count(*)::int as total
         from ${table} x left join ${target} y on y.id = x.${column} where x.${column} is not null`,
      );
      expect(bad!.n, `${table}.${column} → ${target} in the same township`).toBe(0);
      if (!['publicity_activities', 'users'].includes(table)) expect(bad!.total, `${table}.${column} used`).toBeGreaterThan(0);
    }
  });

  it('extends the audit chain intact', async () => {
    const report = await verifyAuditChain(t.ctx.db);
    expect(report.problems).toEqual([]);
    expect(report.resealed).toEqual([]);
    expect(report.entries).toBe(result.counts.find((c) => c.table === 'audit_log')!.rows);
  });

  it("answers the township administrator's lists with rows", async () => {
    const client = await login(t.app, BENCH_LOGINS.townshipAdmin, COUNTY_PASSWORD);
    for (const list of COUNTY_LISTS.filter((l) => l.who.includes('townshipAdmin'))) {
      const res = await client.get(firstPage(list));
      expect(res.statusCode, `${list.name}: ${res.body.slice(0, 300)}`).toBe(200);
      const items = (res.json() as { items: unknown[] }).items;
      expect(items.length, list.name).toBeGreaterThan(0);
    }
  });
});

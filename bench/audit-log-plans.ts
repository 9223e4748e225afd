// The audit log page at county scale (issue 10): 2 M entries of 20 townships over ten years, and the
// plans of the page a township administrator and the system administrator open, before (offset paging
// and an exact count on the old indexes) and after (keyset paging on indexes matching the order, a
// capped count), and on copies partitioned by month and by year with the same indexes — the figures of
// docs/adr/0008-audit-log-indexes-not-partitions.md. Prints, for each query, the median execution time
// of EXPLAIN (ANALYZE, BUFFERS) over warm runs and the shared buffers it touched.
//
//   npx tsx bench/audit-log-plans.ts [--rows 2000000] [--runs 5]
import type pg from 'pg';
import { withBenchDatabase } from './support.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 2_000_000);
const RUNS = arg('runs', 5);
const TOWNSHIP = `md5('township-3')::uuid`;

// The SELECT list of the page (repository.ts `columns`), with the township's name.
const COLUMNS = `seq, at, township_id, actor_id, actor_name, ip, action, entity_type, entity_id, is_success, before, after,
  detail, prev_hash, hash, (select o.name from orgs o where o.id = t.township_id) as township_name`;

interface Plan {
  ms: number;
  planMs: number;
  buffers: number;
  top: string;
}

async function explain(pool: pg.Pool, sql: string): Promise<Plan> {
  const ms: number[] = [];
  const planMs: number[] = [];
  let last: Plan | null = null;
  for (let i = 0; i <= RUNS; i++) {
    const res = await pool.query(`explain (analyze, buffers, format json) ${sql}`);
    type Root = { Plan: Record<string, unknown>; 'Execution Time': number; 'Planning Time': number };
    const root = (res.rows[0] as { 'QUERY PLAN': [Root] })['QUERY PLAN'][0];
    const plan = root.Plan;
    const buffers = Number(plan['Shared Hit Blocks'] ?? 0) + Number(plan['Shared Read Blocks'] ?? 0);
    last = { ms: root['Execution Time'], planMs: root['Planning Time'], buffers, top: nodes(plan).join(' › ') };
    // The first run warms the cache.
    if (i > 0) {
      ms.push(root['Execution Time']);
      planMs.push(root['Planning Time']);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ...last!, ms: median(ms), planMs: median(planMs) };
}

/** The plan's scan nodes with their index, to see at a glance whether a page is an index range. */
function nodes(plan: Record<string, unknown>): string[] {
  const here = String(plan['Node Type']);
  const index = plan['Index Name'] ? ` ${String(plan['Index Name'])}` : '';
  const children = ((plan['Plans'] as Record<string, unknown>[] | undefined) ?? []).flatMap(nodes);
  return /Scan|Sort|Append/.test(here) ? [`${here}${index}`, ...children] : children;
}

function print(label: string, p: Plan): void {
  const figures = `${p.ms.toFixed(2).padStart(9)} ms (planning ${p.planMs.toFixed(2).padStart(6)} ms) ${String(p.buffers).padStart(7)} buffers`;
  console.log(`${label.padEnd(52)} ${figures}   ${p.top.slice(0, 110)}`);
}

async function load(pool: pg.Pool): Promise<void> {
  const t0 = performance.now();
  await pool.query(`
    insert into orgs (id, township_id, kind, name, path, sort_order)
    select md5('township-' || g)::uuid, md5('township-' || g)::uuid, 'township', '第' || g || '乡', '/' || g, g
    from generate_series(1, 20) g`);
  // Ten years, newest last; seq follows time as appends do. Actors: 300 per township; a tenth of the
  // entries are system-wide (township null: sign-ins of the system administrator, jobs).
  await pool.query(`
    insert into audit_log (at, township_id, actor_id, actor_name, ip, action, entity_type, entity_id, is_success,
                           after, detail, prev_hash, hash)
    select timestamptz '2017-01-01 00:00:00+08' + (g::float8 / ${ROWS}) * interval '3650 days',
           case when g % 10 = 0 then null else md5('township-' || (g % 20 + 1))::uuid end,
           md5('actor-' || (g % 20 + 1) || '-' || (g / 20 % 300))::uuid,
           '干部' || (g % 6000),
           '10.0.' || (g % 250) || '.' || (g % 200),
           (array['auth.login','org.person.update','org.person.create','law-study.session.update','pd.publication.create',
                  'disclosure.request.register','platform.notification.read'])[g % 7 + 1],
           (array['user','person','person','study_session','publication','disclosure_request','notification'])[g % 7 + 1],
           md5('entity-' || (g % 50000)),
           g % 50 <> 0,
           jsonb_build_object('name', '某某', 'post', '科员'),
           '第 ' || g || ' 条操作的说明',
           md5('p' || g) || md5('q' || g), md5('h' || g) || md5('i' || g)
    from generate_series(1, ${ROWS}) g`);
  await pool.query('analyze audit_log');
  console.log(`loaded ${ROWS.toLocaleString()} audit entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function sizes(pool: pg.Pool, table: string): Promise<string> {
  const res = await pool.query(
    `select coalesce(sum(pg_relation_size(indexrelid)), 0)::bigint as idx, pg_total_relation_size($1::regclass)::bigint as total
       from pg_index where indrelid = $1::regclass or indrelid in (select inhrelid from pg_inherits where inhparent = $1::regclass)`,
    [table],
  );
  const r = res.rows[0] as { idx: string; total: string };
  const mb = (n: string) => `${(Number(n) / 2 ** 20).toFixed(0)} MB`;
  return `indexes ${mb(r.idx)}`;
}

/** The cursor of the n-th row of an order, as the server would have encoded it. */
async function cursorAt(pool: pg.Pool, table: string, where: string, n: number): Promise<[string, string]> {
  const res = await pool.query(
    `select at::text, seq::text from ${table} where ${where} order by at desc, seq desc offset ${n - 1} limit 1`,
  );
  const r = res.rows[0] as { at: string; seq: string };
  return [r.at, r.seq];
}

async function keysetPlans(pool: pg.Pool, table: string, label: string): Promise<void> {
  const page = (where: string, after: [string, string] | null, withTotal: boolean) => `
    select ${COLUMNS}, array[at::text, seq::text] as cursor,
      ${withTotal ? `(select count(*)::int from (select 1 from ${table} where ${where} limit 10001) as capped)` : 'null'} as total
    from ${table} t where ${where}${after ? ` and (at, seq) < ('${after[0]}'::timestamptz, ${after[1]}::bigint)` : ''}
    order by at desc, seq desc limit 51`;
  const township = `township_id in (${TOWNSHIP})`;
  print(`${label} township admin, first page + capped total`, await explain(pool, page(township, null, true)));
  print(
    `${label} township admin, page 100 by cursor`,
    await explain(pool, page(township, await cursorAt(pool, table, township, 4950), false)),
  );
  print(`${label} system admin, first page + capped total`, await explain(pool, page('true', null, true)));
  print(`${label} system admin, page 100 by cursor`, await explain(pool, page('true', await cursorAt(pool, table, 'true', 4950), false)));
  const lastYear = `${township} and at >= '2025-01-01 00:00+08' and at < '2026-01-01 00:00+08'`;
  print(`${label} township admin, one year + capped total`, await explain(pool, page(lastYear, null, true)));
  const actor = `actor_id = md5('actor-4-7')::uuid`;
  print(`${label} one actor, first page + capped total`, await explain(pool, page(actor, null, true)));
  const record = `entity_type = 'person' and entity_id = md5('entity-1234')`;
  print(`${label} one record, first page + capped total`, await explain(pool, page(record, null, true)));
}

async function partitioned(pool: pg.Pool, by: 'month' | 'year'): Promise<void> {
  const t0 = performance.now();
  const table = `audit_log_${by}`;
  await pool.query(`create table ${table} (like audit_log including defaults) partition by range (at)`);
  const res = await pool.query(`select count(*)::int as n from generate_series(date '2016-01-01', date '2026-12-01', interval '1 ${by}')`);
  await pool.query(`
    do $$ declare m date := '2016-01-01'; begin
      while m < '2027-01-01' loop
        execute format('create table %I partition of ${table} for values from (%L) to (%L)',
          '${table}_' || to_char(m, 'YYYYMM'), m::timestamptz, (m + interval '1 ${by}')::timestamptz);
        m := m + interval '1 ${by}';
      end loop; end $$`);
  await pool.query(`insert into ${table} select * from audit_log`);
  await pool.query(`create index on ${table} (at, seq)`);
  await pool.query(`create index on ${table} (township_id, at, seq)`);
  await pool.query(`create index on ${table} (actor_id, at, seq)`);
  await pool.query(`create index on ${table} (entity_type, entity_id, at, seq)`);
  await pool.query(`vacuum analyze ${table}`);
  const n = (res.rows[0] as { n: number }).n;
  console.log(
    `\nafter: ${n} partitions by ${by} (built in ${((performance.now() - t0) / 1000).toFixed(0)} s; ${await sizes(pool, table)})`,
  );
  await keysetPlans(pool, table, `${by}ly partitions`);
  await pool.query(`drop table ${table}`);
}

await withBenchDatabase('audit-plans', async ({ database }) => {
  const pool = database.pool;
  await load(pool);

  // Before: the indexes of migration 0010 and the queries of the offset list (page + exact count).
  await pool.query(`drop index audit_at_idx, audit_township_at_idx, audit_actor_at_idx, audit_entity_at_idx`);
  await pool.query(`create index audit_township_at_idx on audit_log (township_id, at)`);
  await pool.query(`create index audit_entity_idx on audit_log (entity_type, entity_id)`);
  await pool.query(`create index audit_actor_idx on audit_log (actor_id)`);
  await pool.query('analyze audit_log');
  console.log(`\nbefore (offset paging, exact count; ${await sizes(pool, 'audit_log')})`);
  const offsetPage = (where: string, offset: number) =>
    `select ${COLUMNS} from audit_log t where ${where} order by seq desc limit 50 offset ${offset}`;
  const count = (where: string) => `select count(*) from audit_log where ${where}`;
  const township = `township_id in (${TOWNSHIP})`;
  print('before township admin, first page', await explain(pool, offsetPage(township, 0)));
  print('before township admin, count', await explain(pool, count(township)));
  print('before township admin, page 100', await explain(pool, offsetPage(township, 4950)));
  print('before system admin, first page', await explain(pool, offsetPage('true', 0)));
  print('before system admin, count', await explain(pool, count('true')));
  print('before system admin, page 100', await explain(pool, offsetPage('true', 4950)));

  // After: the indexes of tables.ts (migration 0011) and the keyset page with its capped total.
  await pool.query(`drop index audit_township_at_idx, audit_entity_idx, audit_actor_idx`);
  await pool.query(`create index audit_at_idx on audit_log (at, seq)`);
  await pool.query(`create index audit_township_at_idx on audit_log (township_id, at, seq)`);
  await pool.query(`create index audit_actor_at_idx on audit_log (actor_id, at, seq)`);
  await pool.query(`create index audit_entity_at_idx on audit_log (entity_type, entity_id, at, seq)`);
  await pool.query('vacuum analyze audit_log');
  console.log(`\nafter: indexes (keyset paging, capped total; ${await sizes(pool, 'audit_log')})`);
  await keysetPlans(pool, 'audit_log', 'indexes');

  // The alternative: the same rows and indexes partitioned by range on `at`, by month and by year.
  await partitioned(pool, 'month');
  await partitioned(pool, 'year');
});

/**
 * `npx tsx bench/multi/per-row.ts [--rows N]` — the per-row costs docs/scale.md extrapolates from: a
 * scratch table shaped like Yifa's big tables (an attendance row / an audit entry: uuid id, township,
 * a timestamp, a short text, ~150 bytes of jsonb) at N rows (default 2,000,000) over 20 townships, with
 * the keyset index a list uses (township_id, at desc, id desc). Prints:
 *   - bulk load (insert … select generate_series, one statement): µs per row;
 *   - single inserts, one per transaction as the app writes (the index maintained): ms per row;
 *   - heap and index bytes per row;
 *   - a keyset page of 20 (first page and a deep page by cursor) for one township and for all 20:
 *     execution time and shared buffers from EXPLAIN (ANALYZE, BUFFERS);
 *   - a capped count (≤ 10,001 rows) as the first page's total.
 * On an embedded PostgreSQL in a temporary folder, removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../apps/server/src/platform/db/embedded-postgres.ts';

const i = process.argv.indexOf('--rows');
const ROWS = i > 0 ? Number(process.argv[i + 1]) : 2_000_000;
const TOWNSHIPS = 20;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-per-row-'));
  const server = await startEmbeddedPostgres({ pgDir: path.join(dir, 'pg') });
  const db = new pg.Client({ connectionString: server.url });
  await db.connect();
  const ms = async (sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    await db.query(sql, params);
    return performance.now() - t0;
  };
  try {
    console.log(`scratch table, ${ROWS.toLocaleString()} rows over ${TOWNSHIPS} townships; load average ${os.loadavg()[0]!.toFixed(1)}`);
    await db.query(`create table t (
      id uuid primary key default gen_random_uuid(), township_id uuid not null, at timestamptz not null,
      kind text not null, payload jsonb not null)`);
    await db.query(`create table townships as select gen_random_uuid() as id, n from generate_series(1, ${TOWNSHIPS}) n`);
    await db.query(`create index t_list_idx on t (township_id, at desc, id desc)`);
    const load = await ms(`insert into t (township_id, at, kind, payload)
      select tw.id, now() - (g * interval '1 minute'), 'law-study.attendance',
             jsonb_build_object('sessionId', gen_random_uuid(), 'personId', gen_random_uuid(), 'status', 'present', 'note', repeat('x', 40))
      from generate_series(1, ${ROWS}) g join townships tw on tw.n = 1 + g % ${TOWNSHIPS}`);
    await db.query('vacuum analyze t');
    console.log(
      `bulk load (one insert … select, index maintained): ${((load * 1000) / ROWS).toFixed(1)} µs/row (${(load / 1000).toFixed(1)} s)`,
    );

    const tw = (await db.query(`select id from townships order by n`)).rows.map((r) => r.id as string);
    const singles = 500;
    const t0 = performance.now();
    for (let k = 0; k < singles; k++) {
      await db.query(`insert into t (township_id, at, kind, payload) values ($1, now(), 'audit', '{"a":1}'::jsonb)`, [tw[k % TOWNSHIPS]]);
    }
    console.log(`single insert, own transaction (commit + fsync each): ${((performance.now() - t0) / singles).toFixed(2)} ms/row`);

    const sizes = (
      await db.query(
        `select pg_relation_size('t') heap, pg_relation_size('t_list_idx') list_idx, pg_relation_size('t_pkey') pkey, count(*) n from t`,
      )
    ).rows[0] as { heap: string; list_idx: string; pkey: string; n: string };
    const per = (b: string) => (Number(b) / Number(sizes.n)).toFixed(0);
    console.log(`bytes/row: heap ${per(sizes.heap)}, list index ${per(sizes.list_idx)}, primary key ${per(sizes.pkey)}`);

    const plan = async (label: string, sql: string, params: unknown[]) => {
      await db.query(`explain (analyze, buffers) ${sql}`, params); // warm
      const rows = (await db.query(`explain (analyze, buffers, format json) ${sql}`, params)).rows[0]['QUERY PLAN'][0] as {
        'Execution Time': number;
        Plan: { 'Shared Hit Blocks': number; 'Shared Read Blocks': number; 'Node Type': string; Plans?: { 'Node Type': string }[] };
      };
      const node = rows.Plan.Plans?.[0]?.['Node Type'] ?? rows.Plan['Node Type'];
      console.log(
        `${label.padEnd(48)} ${rows['Execution Time'].toFixed(2).padStart(7)} ms  buffers ${rows.Plan['Shared Hit Blocks'] + rows.Plan['Shared Read Blocks']}  (${node})`,
      );
    };
    const one = [tw[0]];
    const all = [tw];
    const page = `select id, at, kind from t where township_id = any($1::uuid[])`;
    const order = `order by township_id, at desc, id desc limit 21`;
    await plan('page of 20, one township, first page', `${page} ${order}`, [one]);
    const deep = (await db.query(`select at, id from t where township_id = $1 order by at desc, id desc offset 50000 limit 1`, [tw[0]]))
      .rows[0];
    await plan('page of 20, one township, by cursor at row 50,000', `${page} and (at, id) < ($2, $3) ${order}`, [one, deep.at, deep.id]);
    // All 20 townships in one order (the county list): the order leads with township_id, so a page
    // walks the index in order too; a merge of 20 per-township scans is what an order by `at` alone needs.
    await plan('page of 20, 20 townships (county), first page', `${page} ${order}`, [all]);
    await plan(
      'capped count ≤ 10,001, one township',
      `select count(*) from (select 1 from t where township_id = any($1::uuid[]) limit 10001) c`,
      [one],
    );
    await plan(
      'capped count ≤ 10,001, 20 townships',
      `select count(*) from (select 1 from t where township_id = any($1::uuid[]) limit 10001) c`,
      [all],
    );
    await plan('exact count, 20 townships (what a list must not do)', `select count(*) from t where township_id = any($1::uuid[])`, [all]);
  } finally {
    await db.end();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

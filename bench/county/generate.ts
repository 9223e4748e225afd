/**
 * The county data set (issue 10): 20 townships × 300 cadres with ten years (2017–2026) of records in
 * every module, generated set-based in SQL into a data folder's embedded PostgreSQL or DATABASE_URL,
 * beside the demo township (whose rows are the templates: gen-support.ts `templates`).
 *   npx tsx bench/county/generate.ts --data <folder> [--scale full|tiny|<townships>x<cadres>x<years>]
 *   DATABASE_URL=postgres://… npx tsx bench/county/generate.ts --data <folder for the secret key>
 * Prints the rows per table and the time taken. Logins: see gen-organisation.ts BENCH_LOGINS.
 */
import type pg from 'pg';
import type { AppContext } from '../../apps/server/src/platform/http/app-context.ts';
import { generateAnnualReports, generateDisclosureRequests } from './gen-disclosure.ts';
import { generateAudit } from './gen-audit.ts';
import { generateLawStudy } from './gen-law-study.ts';
import { BENCH_LOGINS, generateOrganisation } from './gen-organisation.ts';
import { recomputeComplianceSnapshots } from '../../apps/server/src/platform/compliance/index.ts';
import { recomputeListCounts } from '../../apps/server/src/platform/list-counts/list-counts.ts';
import { recomputeRepeatLinks } from '../../apps/server/src/modules/disclosure-request/index.ts';
import { recomputeSessionAttendanceCounts } from '../../apps/server/src/modules/law-study/index.ts';
import { generatePlatform } from './gen-platform.ts';
import { generateProactiveDisclosure } from './gen-proactive-disclosure.ts';
import { generatePublicity } from './gen-publicity.ts';
import { analyzeTemp, type GenContext } from './gen-support.ts';
import { openCountyDatabase } from './open-database.ts';
import { parseScale, type Scale } from './scale.ts';

/**
 * Stored derived state to rebuild after the bulk load (which runs with triggers off): every module's
 * exported, idempotent `recompute…(db)`. A module that stores derived state adds its function here.
 */
const RECOMPUTE: { name: string; run: (db: AppContext['db']) => Promise<unknown> }[] = [
  { name: 'law-study attendance counts', run: recomputeSessionAttendanceCounts },
  { name: 'disclosure-request repeat links', run: recomputeRepeatLinks },
  { name: 'compliance snapshots', run: (db) => recomputeComplianceSnapshots(db) },
  { name: 'list totals', run: recomputeListCounts },
];

export interface CountyResult {
  scale: Scale;
  counts: { table: string; rows: number }[];
  seconds: number;
  countyId: string;
  townshipIds: string[];
}

/** Generates the county into the database of `ctx` (which must hold the demo township) over `pool`. */
export async function generateCounty(
  ctx: AppContext,
  pool: pg.Pool,
  scale: Scale,
  log: (m: string) => void = () => {},
): Promise<CountyResult> {
  const t0 = performance.now();
  const client = await pool.connect();
  const step = async (name: string, fn: () => Promise<void>) => {
    const s = performance.now();
    await client.query('begin');
    try {
      await fn();
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
    log(`  ${name}: ${((performance.now() - s) / 1000).toFixed(1)} s`);
  };
  try {
    const done = await client.query(`select 1 from users where username = $1 and deleted_at is null`, [BENCH_LOGINS.townshipAdmin]);
    if (done.rowCount) throw new Error('this database already holds a generated county (bench-township exists)');
    await client.query(
      `create temp table g_demo as select id from orgs where is_demo and kind = 'township' and deleted_at is null order by created_at limit 1`,
    );
    if (!(await client.query(`select 1 from g_demo`)).rowCount)
      throw new Error('the demo township is missing: it is the template of the generated records');
    const g: GenContext = { client, scale, counts: new Map() };
    // A bulk load: no foreign-key trigger per row (a superuser's session only; elsewhere they stay on).
    // Every key is made from rows generated just before; generate.test.ts checks them all.
    await client.query(`set session_replication_role = replica`).catch(() => log('  (foreign-key checks stay on: not a superuser)'));

    const s0 = performance.now();
    const tree = await generateOrganisation(ctx, client, scale);
    log(
      `  organisation (${scale.townships} townships, ${scale.townships * scale.cadresPerTownship} cadres): ${((performance.now() - s0) / 1000).toFixed(1)} s`,
    );
    await client.query(`
      alter table g_town add column actor_id uuid;
      update g_town set actor_id = (select p.user_id from g_person p where p.township_id = g_town.id and p.k = least(6, ${scale.cadresPerTownship - 1}));
      create temp table g_orgmap as
        select t.id as township_id, d.id as demo_org_id,
               case when d.kind = 'township' then t.id
                    else coalesce((select o.id from orgs o where o.township_id = t.id and o.kind = d.kind and o.name = d.name and o.deleted_at is null limit 1),
                                  (select o.id from g_org o where o.township_id = t.id and o.kind = d.kind order by o.k limit 1), t.id) end as org_id
        from g_town t cross join orgs d where d.township_id = (select id from g_demo);
      create temp table g_dict as
        select township_id, dictionary, code, (row_number() over w - 1)::int as k, (count(*) over (partition by township_id, dictionary))::int as n
        from dictionary_entries where township_id in (select id from g_town) and deleted_at is null and is_active
        window w as (partition by township_id, dictionary order by sort_order, code);
      create temp table g_law as
        select township_id, id, (row_number() over (partition by township_id order by sort_order, id) - 1)::int as k,
               (count(*) over (partition by township_id))::int as n
        from law_study_laws where township_id in (select id from g_town) and deleted_at is null;`);

    await analyzeTemp(client);
    await step('law-study', () => generateLawStudy(g));
    await step('publicity', () => generatePublicity(g));
    await step('proactive-disclosure', () => generateProactiveDisclosure(g));
    await step('disclosure-request', () => generateDisclosureRequests(g));
    await step('disclosure-report', () => generateAnnualReports(g));
    await step('deadlines, notifications', () => generatePlatform(g));
    const sa = performance.now();
    await generateAudit(g);
    log(`  audit log (hash chain): ${((performance.now() - sa) / 1000).toFixed(1)} s`);

    for (const r of RECOMPUTE) {
      const sr = performance.now();
      await r.run(ctx.db);
      log(`  ${r.name}: ${((performance.now() - sr) / 1000).toFixed(1)} s`);
    }
    const sz = performance.now();
    await client.query('analyze');
    log(`  analyze: ${((performance.now() - sz) / 1000).toFixed(1)} s`);
    const counts = await tableCounts(client);
    return { scale, counts, seconds: (performance.now() - t0) / 1000, countyId: tree.countyId, townshipIds: tree.townshipIds };
  } finally {
    await client.query('discard temp').catch(() => undefined);
    await client.query('reset session_replication_role').catch(() => undefined);
    client.release();
  }
}

/** Exact rows per table of the public schema, largest first. */
export async function tableCounts(client: pg.ClientBase): Promise<{ table: string; rows: number }[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '\\_\\_%'`,
  );
  const counts: { table: string; rows: number }[] = [];
  for (const r of rows) {
    const c = await client.query<{ n: number }>(`select count(*)::int as n from "${r.table_name}"`);
    counts.push({ table: r.table_name, rows: c.rows[0]!.n });
  }
  return counts.sort((a, b) => b.rows - a.rows || a.table.localeCompare(b.table));
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dataDir = argValue('--data');
  if (!dataDir) throw new Error('usage: tsx bench/county/generate.ts --data <folder> [--scale full|tiny|20x300x10]');
  const scale = parseScale(argValue('--scale'));
  const opened = await openCountyDatabase(dataDir, process.env.DATABASE_URL ?? null);
  try {
    console.log(`县域数据集：${scale.townships} 个乡镇 × ${scale.cadresPerTownship} 名干部 × ${scale.years} 年 → ${dataDir}`);
    const result = await generateCounty(opened.ctx, opened.database.pool, scale, console.log);
    for (const c of result.counts) if (c.rows > 0) console.log(`${c.table.padEnd(30)} ${c.rows.toLocaleString('en').padStart(10)}`);
    console.log(`用时 ${result.seconds.toFixed(0)} s`);
  } finally {
    await opened.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

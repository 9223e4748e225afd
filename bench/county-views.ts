/**
 * County views (issue 10, item 4), measured on this machine (never asserted in tests): the county
 * reviewer's 我的工作台 (budget ≤ 300 ms), the county's compliance page — every township × every rule
 * (≤ 1 s) — and, for comparison, the same two pages of one township's administrator. Each figure
 * comes with the number of SQL statements the request ran (counted on the pg client).
 * County scale: TOWNSHIPS townships × (20 orgs, 300 cadres, 40 sessions a year with ~110 present,
 * 500 deadlines, 1,000 disclosure requests and 10,000 publications over ten years, boards updated
 * monthly, 50 publicity activities a year). A fresh embedded PostgreSQL in a temporary folder.
 * Run: `npx tsx bench/county-views.ts [townships]` (default 20).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { APPLICANT_KIND_CODES, OUTCOME_CODES } from '@yifa/domain/disclosure-request';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';
import { createSecrets } from '../apps/server/src/platform/crypto/secrets.ts';
import { createSettingsService } from '../apps/server/src/platform/settings/settings-service.ts';
import { makeTownship, makeUser, TEST_PASSWORD } from '../apps/server/src/test/factories.ts';
import { clientFor, type Client } from '../apps/server/src/test/harness.ts';
import { computeReport } from '../apps/server/src/modules/disclosure-report/compute-report.ts';
import { timed, withBenchDatabase } from './support.ts';

const TOWNSHIPS = Number(process.argv[2] ?? 20);
const YEAR = new Date().getUTCFullYear();

// Every statement sent by any pg client of the process, counted while `counting` is on.
let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

await withBenchDatabase(
  'county',
  async ({ database, url, dir }) => {
    const q = (text: string, values: unknown[] = []) => database.pool.query(text, values);
    const t0 = performance.now();
    const first = await makeTownship(database.db, '基准乡1');
    const townships = [first];
    for (let i = 2; i <= TOWNSHIPS; i++) townships.push(await makeTownship(database.db, `基准乡${i}`, first.countyId));
    for (const t of townships) {
      // 8 more departments and 8 more villages (20 orgs with the township itself).
      await q(
        `insert into orgs (id, township_id, parent_id, kind, name, path)
         select id, $1, $1, kind, name, $2 || id || '/' from (
           select gen_random_uuid() as id, case when g <= 8 then 'department' else 'village' end as kind, '单位' || g as name
           from generate_series(1, 16) g) x`,
        [t.townshipId, `/${t.countyId}/${t.townshipId}/`],
      );
    }
    await q(`
      insert into people (township_id, org_id, name, is_civil_servant, joined_on)
      select o.township_id, o.id, '干部' || g, o.kind <> 'village', date '2015-01-01'
      from orgs o, generate_series(1, 15) g where o.kind <> 'county' and o.deleted_at is null`);
    await q(`
      insert into law_study_sessions (township_id, org_id, kind, title, held_on, hours)
      select t.id, t.id, (array['theoryCenterGroup','collective','preMeeting','leaderTrainingClass'])[1 + g % 4], '学法' || g,
             make_date(y, 1 + g % 12, 1 + g % 28), 2
      from orgs t, generate_series(${YEAR - 9}, ${YEAR}) y, generate_series(1, 40) g where t.kind = 'township'`);
    await q(`
      insert into law_study_attendances (township_id, session_id, person_id, is_present)
      select s.township_id, s.id, p.id, true from law_study_sessions s
      join people p on p.township_id = s.township_id and (abs(hashtext(p.id::text || s.id::text)) % 100) < 37`);
    await q(`
      insert into deadlines (township_id, org_id, module, kind, entity_type, entity_id, title, rule, explanation, due_date, status)
      select o.township_id, o.id, 'disclosure', 'reply', 'disclosureRequest', gen_random_uuid(), '期限' || g,
             '{"basis":"calendarDays","days":10,"startDate":"2020-01-01"}', '{}',
             current_date + (g - 20), case when g % 3 = 0 then 'met' else 'open' end
      from orgs o, generate_series(1, 25) g where o.kind <> 'county'`);
    await q(`
      insert into disclosure_requests (township_id, org_id, number, channel, arrived_on, received_on, receipt_rule_zh, status,
        applicant_kind, applicant_name, description, forms, delivery_method, reply_due_on, closed_on, outcome)
      select t.id, t.id, 'YSQ-' || t.id || '-' || g, 'inPerson', d, d, '当面提交', case when g % 23 = 0 then 'inProgress' else 'replied' end,
             (array['${APPLICANT_KIND_CODES.join("','")}'])[1 + g % ${APPLICANT_KIND_CODES.length}], '申请人' || g, '事项' || g, '{paper}', 'post', d + 28,
             case when g % 23 = 0 then null else d + 15 + (g % 20) end, case when g % 23 = 0 then null else (array['${OUTCOME_CODES.join("','")}'])[1 + g % ${OUTCOME_CODES.length}] end
      from orgs t, generate_series(1, 1000) g, lateral (select date '${YEAR - 9}-01-01' + (g * 3650 / 1000) as d) x
      where t.kind = 'township'`);
    await q(`
      insert into pd_publications (township_id, org_id, catalog_item_id, title, formed_on, published_on, channels, time_limit_days,
        due_date, due_explanation_zh, is_provisional, is_late, working_days_late)
      select t.id, t.id, c.id, '公开信息' || g, d, d, '{portal}', 20, d + 28, '基准数据', false, g % 25 = 0, case when g % 25 = 0 then 2 else 0 end
      from orgs t join lateral (select id from pd_catalog_items where township_id = t.id limit 1) c on true,
           generate_series(1, 10000) g, lateral (select date '${YEAR - 9}-01-01' + (g * 3650 / 10000) as d) x
      where t.kind = 'township'`);
    await q(`
      insert into pd_bulletin_boards (township_id, org_id, name, since_on, rhythm)
      select o.township_id, o.id, o.name || '公开栏', date '${YEAR - 9}-01-01', 'monthly' from orgs o where o.kind in ('township', 'village') on conflict do nothing`);
    await q(`
      insert into pd_bulletin_board_updates (township_id, org_id, board_id, updated_on, content_summary)
      select b.township_id, b.org_id, b.id, make_date(y, m, 5), '更新' from pd_bulletin_boards b,
             generate_series(${YEAR - 9}, ${YEAR}) y, generate_series(1, 12) m where make_date(y, m, 5) <= current_date`);
    await q(`
      insert into publicity_activities (township_id, org_id, village_id, date, title, venue_type, channel)
      select v.township_id, v.township_id, v.id, make_date(y, 1 + g % 12, 10), '普法' || g, 'village', 'offline'
      from orgs v, generate_series(${YEAR - 9}, ${YEAR}) y, generate_series(1, 5) g where v.kind = 'village'`);
    await q('analyze');
    const counts = await q(`select (select count(*) from people) p, (select count(*) from law_study_attendances) a,
      (select count(*) from pd_publications) pub, (select count(*) from disclosure_requests) r, (select count(*) from deadlines) d`);
    console.log(`seeded ${TOWNSHIPS} townships in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(counts.rows[0])}`);

    const ctx = {
      db: database.db,
      config: {
        host: '127.0.0.1',
        port: 0,
        dataDir: path.join(dir, 'data'),
        databaseUrl: url,
        webDist: '/nonexistent',
        isProduction: false,
        logLevel: 'silent' as const,
      },
      secrets: createSecrets(crypto.randomBytes(32)),
      settings: createSettingsService(database.db, 0),
    };
    const app = await buildApp(ctx);
    await app.ready();
    const signIn = async (role: string, orgId: string | null, townshipId: string | null): Promise<Client> => {
      const user = await makeUser(database.db, role, orgId, townshipId);
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: TEST_PASSWORD },
      });
      return clientFor(app, `yifa_session=${res.cookies.find((c) => c.name === 'yifa_session')!.value}`, '');
    };
    const county = await signIn('countyReviewer', first.countyId, null);
    const township = await signIn('townshipAdmin', first.townshipId, first.townshipId);

    const measure = async (label: string, client: Client, url: string, budget: string) => {
      const before0 = statements;
      const r = await timed(async () => {
        const before = statements;
        const res = await client.get(url);
        if (res.statusCode !== 200) return { statements: -1, kb: 0, error: `${res.statusCode} ${res.body.slice(0, 120)}` };
        return { statements: statements - before, kb: res.body.length / 1024, error: '' };
      });
      void before0;
      if (r.result.error) return console.log(`${label.padEnd(34)} failed: ${r.result.error}`);
      console.log(
        `${label.padEnd(34)} ${r.ms.toFixed(0).padStart(5)} ms median, ${r.max.toFixed(0).padStart(5)} ms worst of 7, ` +
          `${String(r.result.statements).padStart(4)} statements, ${r.result.kb.toFixed(0)} KiB  (budget ${budget})`,
      );
    };
    await measure('workbench [county reviewer]', county, '/api/workbench', '300 ms');
    await measure('workbench [township admin]', township, '/api/workbench', '300 ms');
    await measure('compliance [county reviewer]', county, '/api/compliance', '1000 ms');
    await measure('compliance [township admin]', township, '/api/compliance', '—');
    await measure('compliance fresh [county reviewer]', county, '/api/compliance?fresh=true', '—');
    await measure(`disclosure report ${YEAR - 1} [township]`, township, `/api/disclosure-reports/${YEAR - 1}`, '1000 ms');
    try {
      const direct = await timed(() => computeReport(database.db, first.townshipId, YEAR - 1));
      console.log(
        `computeReport ${YEAR - 1} [one township, direct]   ${direct.ms.toFixed(0)} ms median, ${direct.max.toFixed(0)} ms worst of 7`,
      );
    } catch (error) {
      console.log('computeReport failed:', error);
    }
    // The plans behind the report's facts and the county view's read (key figures for the report).
    const explain = async (label: string, text: string, values: unknown[]) => {
      const plan = await q(`explain (analyze, buffers, format json) ${text}`, values);
      const top = (plan.rows[0] as { 'QUERY PLAN': [{ Plan: Record<string, unknown>; 'Execution Time': number }] })['QUERY PLAN'][0];
      const nodes: string[] = [];
      const walk = (n: Record<string, unknown>) => {
        nodes.push(`${String(n['Node Type'])}${n['Index Name'] ? ` on ${String(n['Index Name'])}` : ''}`);
        for (const c of (n.Plans as Record<string, unknown>[] | undefined) ?? []) walk(c);
      };
      walk(top.Plan);
      console.log(`EXPLAIN ${label}: ${top['Execution Time'].toFixed(2)} ms; ${nodes.join(' > ')}`);
    };
    await explain(
      'report facts: requests of a year',
      `select id, number, applicant_kind, received_on, closed_on, outcome from disclosure_requests
       where township_id = $1 and deleted_at is null and received_on is not null and received_on <= $2 and (closed_on is null or closed_on >= $3)`,
      [first.townshipId, `${YEAR - 1}-12-31`, `${YEAR - 1}-01-01`],
    );
    await explain(
      'report facts: publications of a year',
      `select count(*)::int, count(*) filter (where is_late)::int from pd_publications
       where township_id = $1 and deleted_at is null and published_on between $2 and $3`,
      [first.townshipId, `${YEAR - 1}-01-01`, `${YEAR - 1}-12-31`],
    );
    await explain(
      'county view: snapshots of 20 townships',
      `select township_id, computed_at, rules_key, org_counts from compliance_snapshots
       where township_id = any($1) and year = $2 and computed_at > now() - interval '10 minutes'`,
      [townships.map((t) => t.townshipId), YEAR],
    );
    await app.close();
  },
  10,
);

/**
 * Law study at county scale (issue 10), measured on this machine against the embedded PostgreSQL
 * (never asserted in tests). TOWNSHIPS townships (default 5) of 300 cadres with ten years of history
 * each: 3,000 sessions × 30 attendees (90,000 attendance rows), 12,000 self-study claims, 40 exams
 * with 12,000 scores — generated with generate_series, then ANALYZE. It prints:
 *   - EXPLAIN (ANALYZE, BUFFERS) of the township's first list pages (sessions, self-study, exams), a
 *     sessions page deep in the list by cursor, and the sessions page as it was before (offset,
 *     count(*) over (), two count subqueries per row) for comparison;
 *   - the median of 7 warm runs of each list page (repository, as the route runs it);
 *   - the bulletin of one township for a year (ledger + Word + Excel; budget ≤ 1 s) and one cadre's hours;
 *   - recomputeSessionAttendanceCounts over every session (a full rebuild after a bulk load).
 * Run: `npx tsx bench/law-study-county.ts` (TOWNSHIPS=20 for the whole county: ~1.8 M attendance rows).
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { PermissionCode } from '@yifa/domain';
import type { AuthContext } from '../apps/server/src/platform/auth/auth-context.ts';
import { makeTownship } from '../apps/server/src/test/factories.ts';
import { ledgerOf } from '../apps/server/src/modules/law-study/ledger.ts';
import { renderBulletinDocx, renderBulletinXlsx } from '../apps/server/src/modules/law-study/bulletin.ts';
import { examListQuery, listExams } from '../apps/server/src/modules/law-study/exam-list.ts';
import { listRoll, loadLedgerData, recomputeSessionAttendanceCounts } from '../apps/server/src/modules/law-study/repository.ts';
import { listSelfStudies, selfStudyListQuery } from '../apps/server/src/modules/law-study/self-study-list.ts';
import { listSessions, sessionListQuery } from '../apps/server/src/modules/law-study/session-list.ts';
import { getPersonHours } from '../apps/server/src/modules/law-study/use-cases/get-person-hours.ts';
import { encodeCursor } from '../apps/server/src/platform/db/keyset.ts';
import { timed, withBenchDatabase } from './support.ts';

const TOWNSHIPS = Number(process.env.TOWNSHIPS ?? 5);
const CADRES = 300;
const YEARS = 10;
const FIRST_YEAR = 2016;
const SESSIONS_PER_YEAR = 300;
const ATTENDEES = 30;
const YEAR = FIRST_YEAR + YEARS - 1;
const ms = (t0: number) => performance.now() - t0;

async function main() {
  await withBenchDatabase('law-county', async ({ database }) => {
    const { db, pool } = database;
    let t0 = performance.now();
    const townships: { townshipId: string; orgIds: string[] }[] = [];
    let countyId: string | undefined;
    for (let i = 0; i < TOWNSHIPS; i++) {
      const f = await makeTownship(db, `县域乡${i}`, countyId);
      countyId = f.countyId;
      townships.push({ townshipId: f.townshipId, orgIds: [f.townshipId, ...f.departmentIds, ...f.villageIds] });
    }
    for (const { townshipId, orgIds } of townships) await generateTownship(db, townshipId, orgIds);
    // As autovacuum leaves a settled table: statistics and the visibility map (index-only scans).
    await db.execute(sql`vacuum analyze`);
    const [counts] = (
      await db.execute<{ sessions: number; attendances: number; selfStudies: number; scores: number }>(sql`
        select (select count(*)::int from law_study_sessions) as sessions, (select count(*)::int from law_study_attendances) as attendances,
               (select count(*)::int from law_study_self_studies) as "selfStudies", (select count(*)::int from law_study_exam_scores) as scores`)
    ).rows;
    console.log(
      `\n学法用法 at county scale (${os.cpus().length} cores, Node ${process.version}): ${TOWNSHIPS} townships × ${CADRES} cadres × ${YEARS} years — ` +
        `${counts!.sessions} sessions, ${counts!.attendances} attendance rows, ${counts!.selfStudies} self-study claims, ${counts!.scores} scores; generated in ${(ms(t0) / 1000).toFixed(1)} s`,
    );

    const tid = townships[0]!.townshipId;
    const scope = {
      kind: 'township' as const,
      userId: crypto.randomUUID(),
      townshipId: tid,
      townshipIds: [tid],
      orgIds: null,
      isReadOnly: false,
    };
    // A cursor 1,000 rows into the township's sessions (page 51 of 20).
    const [deep] = (
      await db.execute<{ cursor: string[] }>(sql`
        select array[township_id::text, held_on::text, created_at::text, id::text] as cursor from law_study_sessions
         where township_id = ${tid} and deleted_at is null order by township_id desc, held_on desc, created_at desc, id desc offset 1000 limit 1`)
    ).rows;
    const after = encodeCursor(deep!.cursor);

    const explain = async (name: string, q: { toSQL(): { sql: string; params: unknown[] } } | { sql: string; params: unknown[] }) => {
      const { sql: text, params } = 'toSQL' in q ? q.toSQL() : q;
      const plan = (await pool.query(`explain (analyze, buffers, format json) ${text}`, params)).rows[0]['QUERY PLAN'][0];
      const top = plan.Plan as { 'Node Type': string; 'Shared Hit Blocks': number; 'Shared Read Blocks': number };
      const nodes: string[] = [];
      const walk = (n: { 'Node Type': string; 'Index Name'?: string; Plans?: unknown[]; 'Actual Rows': number }) => {
        nodes.push(`${n['Node Type']}${n['Index Name'] ? ` on ${n['Index Name']}` : ''} (${n['Actual Rows']} rows)`);
        for (const c of n.Plans ?? []) walk(c as typeof n);
      };
      walk(plan.Plan);
      console.log(
        `  ${name.padEnd(44)} ${String(plan['Execution Time'].toFixed(3)).padStart(8)} ms  buffers ${top['Shared Hit Blocks'] + top['Shared Read Blocks']}` +
          `\n      ${nodes.slice(0, 6).join(' → ')}`,
      );
    };
    console.log('\nEXPLAIN (ANALYZE, BUFFERS), township of 300 cadres, page of 20:');
    await explain('sessions, first page (with capped total)', sessionListQuery(db, tid, { pageSize: 20 }));
    await explain(`sessions, year ${YEAR}, first page`, sessionListQuery(db, tid, { pageSize: 20, year: YEAR }));
    await explain('sessions, page 51 by cursor', sessionListQuery(db, tid, { pageSize: 20, after }));
    await explain('self-study, first page (with capped total)', selfStudyListQuery(db, tid, scope, null, { pageSize: 20 }));
    await explain('exams, first page (with capped total)', examListQuery(db, tid, { pageSize: 20 }));
    await explain('BEFORE: sessions page 51 (offset, over, 40 subq.)', {
      sql: `select s.*, count(*) over () as total,
              (select count(*)::int from law_study_attendances a where a.session_id = s.id and a.is_present) as present,
              (select count(*)::int from law_study_attendances a where a.session_id = s.id and not a.is_present) as absent
             from law_study_sessions s where s.township_id = $1 and s.deleted_at is null
            order by s.held_on desc, s.created_at desc limit 20 offset 1000`,
      params: [tid],
    });

    // The ledger's heaviest statement (repository.ts loadLedgerData): the year's attendance grouped per cadre.
    await explain(`ledger: ${YEAR} attendance grouped per cadre`, {
      sql: `select a.person_id, a.is_present, s.hours, extract(quarter from s.held_on)::int, count(*)::int
              from law_study_attendances a join law_study_sessions s on s.id = a.session_id
             where s.township_id = $1 and s.deleted_at is null and s.held_on >= $2 and s.held_on <= $3
             group by a.person_id, a.is_present, s.hours, extract(quarter from s.held_on)`,
      params: [tid, `${YEAR}-01-01`, `${YEAR}-12-31`],
    });

    console.log('\nList pages (repository, median of 7 warm runs):');
    const line = (name: string, r: { ms: number; max: number }) =>
      console.log(`  ${name.padEnd(44)} ${r.ms.toFixed(2).padStart(8)} ms  (worst ${r.max.toFixed(2)} ms)`);
    line('sessions, first page', await timed(() => listSessions(db, tid, { pageSize: 20 })));
    line('sessions, page 51 by cursor', await timed(() => listSessions(db, tid, { pageSize: 20, after })));
    line('self-study, first page', await timed(() => listSelfStudies(db, tid, scope, null, { pageSize: 20 })));
    line('exams, first page', await timed(() => listExams(db, tid, { pageSize: 20 })));

    console.log(`\nThe ${YEAR} bulletin of one township (${CADRES} cadres, ${YEARS} years of history in the tables):`);
    const bulletin = async () => {
      const ledger = await ledgerOf(db, tid, YEAR, null);
      const docx = await renderBulletinDocx(ledger, '县域乡0', YEAR, null, `${YEAR}-12-31`, '年度学时要求为60学时');
      const xlsx = await renderBulletinXlsx(ledger, YEAR, null);
      return { ledger, bytes: docx.length + xlsx.length };
    };
    const ledgerRun = await timed(() => ledgerOf(db, tid, YEAR, null));
    line('  of which the roll', await timed(() => listRoll(db, tid)));
    line('  of which the year’s aggregates (SQL)', await timed(() => loadLedgerData(db, tid, `${YEAR}-01-01`, `${YEAR}-12-31`)));
    const b = await timed(bulletin, 5);
    line('ledger (set-based aggregates)', ledgerRun);
    line('bulletin: ledger + Word + Excel', b);
    console.log(
      `  ${b.ms <= 1000 ? '✓' : '✗'} budget ≤ 1000 ms; ${b.result.ledger.people.length} people, ${b.result.ledger.sessionCount} sessions, ${(b.result.bytes / 1024).toFixed(0)} kB`,
    );
    const [person] = (await db.execute<{ id: string }>(sql`select id from people where township_id = ${tid} limit 1`)).rows;
    const auth = {
      user: { id: crypto.randomUUID(), personId: null },
      permissions: new Set<PermissionCode>(['law-study:session:read']),
      scope,
    } as unknown as AuthContext;
    line("one cadre's hours (the person dialog)", await timed(() => getPersonHours(db, auth, person!.id, YEAR)));

    await db.execute(sql`update law_study_sessions set present_count = 0, absent_count = 0`);
    t0 = performance.now();
    const rebuilt = await recomputeSessionAttendanceCounts(db);
    line(`recomputeSessionAttendanceCounts (${rebuilt} sessions)`, { ms: ms(t0), max: ms(t0) });
    t0 = performance.now();
    const again = await recomputeSessionAttendanceCounts(db);
    line(`  … again, nothing to change (${again} sessions)`, { ms: ms(t0), max: ms(t0) });
  });
}

/** One township's ten years, set-based (the count trigger runs once per statement). */
async function generateTownship(db: Parameters<typeof makeTownship>[0], townshipId: string, orgIds: string[]) {
  const orgs = sql`${`{${orgIds.join(',')}}`}::uuid[]`;
  await db.execute(sql`
    insert into people (township_id, org_id, name, is_civil_servant, is_leader, joined_on)
    select ${townshipId}, (${orgs})[1 + i % ${orgIds.length}], '干部' || lpad(i::text, 3, '0'), true, i < 10, date '2010-01-01'
      from generate_series(0, ${CADRES - 1}) i`);
  const sessions = YEARS * SESSIONS_PER_YEAR;
  await db.execute(sql`
    insert into law_study_sessions (township_id, org_id, kind, title, held_on, hours)
    select ${townshipId}, ${townshipId}, (array['theoryCenterGroup','collective','preMeeting','lecture','trainingClass'])[1 + i % 5],
           '学法活动' || i, date '${sql.raw(`${FIRST_YEAR}-01-01`)}' + (i * ${YEARS * 365} / ${sessions})::int, 1 + i % 4
      from generate_series(0, ${sessions - 1}) i`);
  await db.execute(sql`
    with p as (select id, row_number() over (order by name) - 1 as n from people where township_id = ${townshipId}),
         s as (select id, row_number() over (order by held_on, id) - 1 as n from law_study_sessions where township_id = ${townshipId})
    insert into law_study_attendances (township_id, session_id, person_id, is_present, absence_reason)
    select ${townshipId}, s.id, p.id, (s.n + j) % 11 <> 0, case when (s.n + j) % 11 = 0 then '公出' end
      from s cross join generate_series(0, ${ATTENDEES - 1}) j join p on p.n = (s.n * 7 + j) % ${CADRES}`);
  await db.execute(sql`
    insert into law_study_self_studies (township_id, org_id, person_id, kind, title, studied_on, hours, status)
    select ${townshipId}, p.org_id, p.id, 'online', '网络学法', date '${sql.raw(`${FIRST_YEAR}-01-01`)}' + (k * 91 + p.n % 90)::int, 2,
           case when k % 5 = 0 then 'pending' else 'approved' end
      from (select id, org_id, row_number() over (order by name) as n from people where township_id = ${townshipId}) p
     cross join generate_series(0, ${YEARS * 4 - 1}) k`);
  await db.execute(sql`
    insert into law_study_exams (township_id, org_id, kind, title, held_on, full_mark, pass_mark)
    select ${townshipId}, ${townshipId}, 'general', '考试' || k, date '${sql.raw(`${FIRST_YEAR}-01-01`)}' + (k * 91 + 30)::int, 100, 60
      from generate_series(0, ${YEARS * 4 - 1}) k`);
  await db.execute(sql`
    insert into law_study_exam_scores (township_id, exam_id, person_id, score, is_absent)
    select ${townshipId}, e.id, p.id, case when (p.n + e.n) % 9 = 0 then null else 40 + (p.n * 7 + e.n) % 60 end, (p.n + e.n) % 9 = 0
      from (select id, row_number() over (order by held_on, id) as n from law_study_exams where township_id = ${townshipId}) e
     cross join (select id, row_number() over (order by name) as n from people where township_id = ${townshipId}) p`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// The audit log of ten years: an entry for every generated record (its creation, by the township's
// staff, on its date) and the sign-ins of every cadre, ~2 M entries for the county. The hash chain is
// built for real, exactly as writeAudit links entries (auditHash over the canonical JSON, each entry
// naming its predecessor's hash), continuing from the chain's last entry: `npm run audit:verify`
// recomputes every hash and finds the generated entries intact, not re-sealed.
import type pg from 'pg';
import { AUDIT_APPEND_LOCK, GENESIS_HASH, auditHash } from '../../apps/server/src/platform/audit/write-audit.ts';
import { analyzeTemp, count, spanDays, type GenContext } from './gen-support.ts';
import { RATES, firstYear } from './scale.ts';

const BATCH = 20_000;

/** The records' creation entries; sign-ins make up the rest of each township's share. */
const RECORD_ENTRIES = `
  select created_at as at, township_id, created_by as actor_id, 'org.person.create' as action, 'person' as entity_type, id::text as entity_id,
         jsonb_build_object('name', name) as after from people where township_id in (select id from g_town)
  union all
  select created_at, township_id, created_by, 'law-study.session.create', 'lawStudySession', id::text, jsonb_build_object('title', title, 'heldOn', held_on)
    from law_study_sessions where id in (select id from g_session)
  union all
  select created_at, township_id, created_by, 'law-study.self-study.create', 'lawStudySelfStudy', id::text, jsonb_build_object('title', title, 'hours', hours)
    from law_study_self_studies where township_id in (select id from g_town)
  union all
  select created_at, township_id, created_by, 'law-study.exam.create', 'lawStudyExam', id::text, jsonb_build_object('title', title)
    from law_study_exams where id in (select id from g_exam)
  union all
  select created_at, township_id, created_by, 'publicity.activity.create', 'publicityActivity', id::text, jsonb_build_object('title', title, 'date', date)
    from publicity_activities where id in (select id from g_activity)
  union all
  select created_at, township_id, created_by, 'proactive-disclosure.publication.create', 'proactivePublication', id::text,
         jsonb_build_object('title', title, 'formedOn', formed_on) from pd_publications where id in (select id from g_publication)
  union all
  select created_at, township_id, created_by, 'proactive-disclosure.board-update.create', 'bulletinBoardUpdate', id::text,
         jsonb_build_object('updatedOn', updated_on) from pd_bulletin_board_updates where township_id in (select id from g_town)
  union all
  select created_at, township_id, created_by, 'proactive-disclosure.village-disclosure.create', 'villageAffairsDisclosure', id::text,
         jsonb_build_object('kind', kind, 'periodKey', period_key) from pd_village_disclosures where township_id in (select id from g_town)
  union all
  select created_at, township_id, created_by, 'disclosure-request.register', 'disclosureRequest', id::text, jsonb_build_object('number', number)
    from disclosure_requests where id in (select id from g_request)`;

interface Entry {
  ord: number;
  at: Date;
  township_id: string | null;
  actor_id: string | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  is_success: boolean;
  after: unknown;
}

export async function generateAudit(g: GenContext): Promise<void> {
  const { client, scale } = g;
  const perTownship = Math.round(RATES.auditEntriesPerCadreYear * scale.cadresPerTownship * scale.years);
  await client.query(`
    create temp table g_audit_records as
    select e.at::timestamptz(3) as at, e.township_id, e.actor_id, e.action, e.entity_type, e.entity_id, e.after from (${RECORD_ENTRIES}) e`);
  await analyzeTemp(client);
  // Sign-ins: each township's cadres in turn, spread over the years; one in fifty a wrong password.
  await client.query(`
    create temp table g_audit as
    select (row_number() over (order by at, township_id, entity_id))::int as ord, x.* from (
      select r.at, r.township_id, r.actor_id, u.display_name as actor_name, null::text as ip, r.action, r.entity_type, r.entity_id, true as is_success, r.after
      from g_audit_records r left join users u on u.id = r.actor_id
      union all
      select (timestamp '${firstYear(scale)}-01-01 08:00' + make_interval(secs => (i::bigint * ${spanDays(scale)} * 86400 / l.logins)::double precision))
               at time zone 'Asia/Shanghai', l.township_id, p.user_id, p.name, '10.' || (i % 250) || '.' || (p.k % 250) || '.' || (1 + i % 200),
             'auth.login', 'user', p.user_id::text, i % 50 <> 0, jsonb_build_object('username', 'c' || lpad(t.t::text, 2, '0') || '-' || lpad(p.k::text, 4, '0'))
      from (select t2.id as township_id, greatest(1, ${perTownship} - count(r.at))::int as logins from g_town t2
              left join g_audit_records r on r.township_id = t2.id group by t2.id) l
      join g_town t on t.id = l.township_id
      cross join lateral generate_series(0, l.logins - 1) i
      join g_person p on p.township_id = l.township_id and p.k = (i * 7) % ${scale.cadresPerTownship}) x`);
  await analyzeTemp(client);
  await client.query(`create unique index on g_audit (ord)`);
  const total = (await client.query<{ total: number }>(`select count(*)::int as total from g_audit`)).rows[0]!.total;

  await client.query('begin');
  // Appends are serialised like writeAudit's: nobody else links to the same predecessor meanwhile.
  await client.query(`select pg_advisory_xact_lock($1)`, [AUDIT_APPEND_LOCK]);
  const last = await client.query<{ hash: string }>(`select hash from audit_log order by seq desc limit 1`);
  let prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
  for (let from = 1; from <= total; from += BATCH) {
    const { rows } = await client.query<Entry>(
      `select ord, at, township_id, actor_id, actor_name, ip, action, entity_type, entity_id, is_success, after
       from g_audit where ord >= $1 and ord < $2 order by ord`,
      [from, from + BATCH],
    );
    prevHash = await insertChained(client, rows, prevHash);
  }
  await client.query('commit');
  count(g, 'audit_log', total);
}

async function insertChained(client: pg.ClientBase, rows: Entry[], prevHash: string): Promise<string> {
  const prev: string[] = [];
  const hashes: string[] = [];
  for (const r of rows) {
    const hash = auditHash(prevHash, {
      at: r.at,
      townshipId: r.township_id,
      actorId: r.actor_id,
      actorName: r.actor_name,
      ip: r.ip,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      isSuccess: r.is_success,
      before: null,
      after: r.after,
      detail: null,
    });
    prev.push(prevHash);
    hashes.push(hash);
    prevHash = hash;
  }
  await client.query(
    `insert into audit_log (at, township_id, actor_id, actor_name, ip, action, entity_type, entity_id, is_success, before, after, detail, prev_hash, hash)
     select a.at, a.township_id, a.actor_id, a.actor_name, a.ip, a.action, a.entity_type, a.entity_id, a.is_success, null, a.after, null, h.prev, h.hash
     from g_audit a join unnest($2::int[], $3::text[], $4::text[]) as h(ord, prev, hash) on h.ord = a.ord
     where a.ord >= $1 order by a.ord`,
    [rows[0]!.ord, rows.map((r) => r.ord), prev, hashes],
  );
  return prevHash;
}

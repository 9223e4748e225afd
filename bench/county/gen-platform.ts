// The platform's shared lists: the deadlines of unpublished publications (requests' are made with
// them), each copied from an OPEN deadline of the demo's — a closed template made every copy closed
// and the deadlines list empty — and every cadre's notifications (the nightly scan's warnings).
import { cloneInto } from './sql-clone.ts';
import { actorOf, analyzeTemp, count, onDay, spreadDate, type GenContext } from './gen-support.ts';
import { BENCH_LOGINS } from './gen-organisation.ts';
import { RATES } from './scale.ts';

export async function generatePlatform(g: GenContext): Promise<void> {
  const { client, scale } = g;
  count(
    g,
    'deadlines',
    await cloneInto(
      client,
      'deadlines',
      `g_publication p join lateral (select d.* from deadlines d where d.township_id = (select id from g_demo)
         and d.entity_type = 'proactivePublication' and d.status = 'open' and d.deleted_at is null order by d.id limit 1) tpl on true
       where p.published_on is null`,
      {
        id: 'gen_random_uuid()',
        township_id: 'p.township_id',
        org_id: 'p.org_id',
        entity_id: 'p.id',
        title: `'主动公开：' || p.title_zh`,
        link: 'replace(tpl.link, tpl.entity_id::text, p.id::text)',
        due_date: 'p.due_on',
        computed_at: onDay('p.formed_on', 'p.i'),
        created_at: onDay('p.formed_on', 'p.i'),
        updated_at: onDay('p.formed_on', 'p.i'),
        created_by: actorOf('p.township_id'),
        updated_by: actorOf('p.township_id'),
      },
    ),
  );

  const perCadre = Math.round(RATES.notificationsPerCadreYear * scale.years);
  await client.query(`
    create temp table g_request_k as select township_id, (row_number() over (partition by township_id order by i) - 1)::int as k,
      (count(*) over (partition by township_id))::int as n, id, number from g_request`);
  await client.query(`create index on g_request_k (township_id, k)`);
  await analyzeTemp(client);
  const made = await client.query(`
    insert into notifications (id, township_id, user_id, kind, title, body, link, entity_type, entity_id, dedupe_key, created_at, read_at)
    select gen_random_uuid(), p.township_id, p.user_id, case when j % 3 = 0 then 'deadline.overdue' else 'deadline.dueSoon' end,
           case when j % 3 = 0 then '已逾期：' else '期限将至：' end || '答复政府信息公开申请（' || r.number || '）',
           '请在期限内办理。', '/disclosure-requests/' || r.id, 'disclosureRequest', r.id,
           'deadline.' || case when j % 3 = 0 then 'overdue' else 'dueSoon' end || ':' || r.id || ':' || p.k || ':' || j,
           ${onDay(spreadDate(scale, 'j', perCadre), 'p.k')},
           case when j < ${perCadre} - 2 then ${onDay(`${spreadDate(scale, 'j', perCadre)} + 1`, 'p.k')} end
    from g_person p cross join generate_series(0, ${perCadre - 1}) j
    join g_request_k r on r.township_id = p.township_id and r.k = (p.k * 3 + j) % r.n`);
  // The bench's own logins read their notifications too: the first township's, and the county's.
  const own = await client.query(
    `insert into notifications (id, township_id, user_id, kind, title, body, link, entity_type, entity_id, dedupe_key, created_at, read_at)
     select gen_random_uuid(), n.township_id, u.id, n.kind, n.title, n.body, n.link, n.entity_type, n.entity_id, n.dedupe_key, n.created_at, n.read_at
     from users u join g_person p on p.township_id = (select id from g_town where t = 0) and p.k < 20
     join notifications n on n.user_id = p.user_id
     where u.username in ($1, $2)`,
    [BENCH_LOGINS.townshipAdmin, BENCH_LOGINS.countyReviewer],
  );
  count(g, 'notifications', (made.rowCount ?? 0) + (own.rowCount ?? 0));
}

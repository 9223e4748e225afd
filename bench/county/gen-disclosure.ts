// 依申请公开 and the annual report: requests copied from the demo's (their steps, clock and deadline
// shifted to the new arrival date), reconsiderations of a few, and each past year's report (a draft:
// its tables are computed from the requests).
import { cloneInto } from './sql-clone.ts';
import { actorOf, analyzeTemp, count, mapOrg, onDay, spanDays, templates, type GenContext } from './gen-support.ts';
import { LAST_DAY, LAST_YEAR, RATES, firstYear } from './scale.ts';

export async function generateDisclosureRequests(g: GenContext): Promise<void> {
  const { client, scale } = g;
  const requests = Math.round(RATES.requestsPerCadreYear * scale.cadresPerTownship * scale.years);
  // The last 4 % are still open (copies of the demo's open requests), the rest replied long ago.
  const open = Math.max(1, Math.round(requests * 0.04));
  const replied = requests - open;
  await templates(g, 'disclosure_requests', `x.status = 'replied'`, 't_replied');
  await templates(g, 'disclosure_requests', `x.status <> 'replied'`, 't_open');
  await client.query(`
    create temp table g_request as
    select r.*, r.arrived_on - tpl.arrived_on as shift,
           'YSQ' || to_char(coalesce(tpl.received_on, tpl.arrived_on) + (r.arrived_on - tpl.arrived_on), 'YYYY') || '-' ||
             lpad((row_number() over (partition by r.township_id, to_char(coalesce(tpl.received_on, tpl.arrived_on) + (r.arrived_on - tpl.arrived_on), 'YYYY') order by r.i))::text, 4, '0') as number
    from (select gen_random_uuid() as id, t.id as township_id, i,
                 case when i < ${replied} then date '${firstYear(scale)}-01-01' + (i::bigint * ${spanDays(scale) - 70} / ${replied})::int
                      else date '${LAST_DAY}' - 45 + ((i - ${replied}) * 40 / ${open}) end as arrived_on,
                 case when i < ${replied} then (select id from t_replied where k = i % n) else (select id from t_open where k = i % n) end as tpl_id
          from g_town t cross join generate_series(0, ${requests - 1}) i) r
    join disclosure_requests tpl on tpl.id = r.tpl_id`);
  await analyzeTemp(client);
  const shifted = (column: string) => `tpl.${column} + r.shift`;
  count(
    g,
    'disclosure_requests',
    await cloneInto(client, 'disclosure_requests', `g_request r join disclosure_requests tpl on tpl.id = r.tpl_id`, {
      id: 'r.id',
      township_id: 'r.township_id',
      org_id: mapOrg('r.township_id', 'tpl.org_id'),
      number: 'r.number',
      tracking_secret_hash: 'null',
      arrived_on: 'r.arrived_on',
      confirmed_on: shifted('confirmed_on'),
      received_on: shifted('received_on'),
      applicant_name: `tpl.applicant_name || case when r.i % 7 = 0 then '' else '（' || (r.i % 97 + 1) || '）' end`,
      handler_id: `case when tpl.handler_id is not null then ${actorOf('r.township_id')} end`,
      reply_due_on: shifted('reply_due_on'),
      extension_requested_by: `case when tpl.extension_requested_by is not null then ${actorOf('r.township_id')} end`,
      extension_approved_by: `case when tpl.extension_approved_by is not null then ${actorOf('r.township_id')} end`,
      extension_approved_on: shifted('extension_approved_on'),
      extension_notified_on: shifted('extension_notified_on'),
      letter_issued_at: `tpl.letter_issued_at + make_interval(days => r.shift)`,
      closed_on: shifted('closed_on'),
      delivered_on: shifted('delivered_on'),
      created_at: onDay('r.arrived_on', 'r.i'),
      updated_at: onDay('coalesce(tpl.closed_on + r.shift, r.arrived_on)', 'r.i'),
      created_by: actorOf('r.township_id'),
      updated_by: actorOf('r.township_id'),
    }),
  );
  await client.query('analyze disclosure_requests');
  count(
    g,
    'disclosure_request_events',
    await cloneInto(client, 'disclosure_request_events', `g_request r join disclosure_request_events tpl on tpl.request_id = r.tpl_id`, {
      id: 'gen_random_uuid()',
      township_id: 'r.township_id',
      request_id: 'r.id',
      on: shifted('"on"'),
      created_at: `tpl.created_at - (tpl.created_at::date - (tpl."on" + r.shift)) * interval '1 day'`,
      created_by: actorOf('r.township_id'),
    }),
  );

  // The reply deadline on the platform's list: the demo request's own when it has one, else (a
  // replied request) the first one, met.
  count(
    g,
    'deadlines',
    await cloneInto(
      client,
      'deadlines',
      `g_request r join disclosure_requests q on q.id = r.id
       join lateral (select d.* from deadlines d
                     where d.township_id = (select id from g_demo) and d.entity_type = 'disclosureRequest' and d.deleted_at is null
                     order by (d.entity_id = r.tpl_id) desc, d.id limit 1) tpl
         on q.received_on is not null and (tpl.entity_id = r.tpl_id or q.status = 'replied')`,
      {
        id: 'gen_random_uuid()',
        township_id: 'r.township_id',
        org_id: 'q.org_id',
        entity_id: 'r.id',
        title: `'答复政府信息公开申请（' || r.number || '）'`,
        link: 'replace(tpl.link, tpl.entity_id::text, r.id::text)',
        due_date: 'q.reply_due_on',
        status: `case when q.status = 'replied' then 'met' else tpl.status end`,
        computed_at: onDay('q.received_on', 'r.i'),
        created_at: onDay('q.received_on', 'r.i'),
        updated_at: onDay('coalesce(q.closed_on, q.received_on)', 'r.i'),
        created_by: actorOf('r.township_id'),
        updated_by: actorOf('r.township_id'),
      },
    ),
  );

  await templates(g, 'disclosure_reviews');
  count(
    g,
    'disclosure_reviews',
    await cloneInto(
      client,
      'disclosure_reviews',
      `g_request r join disclosure_requests q on q.id = r.id cross join (select * from disclosure_reviews where id = (select id from t_disclosure_reviews where k = 0)) tpl
       where q.status = 'replied' and r.i % 50 = 7`,
      {
        id: 'gen_random_uuid()',
        township_id: 'r.township_id',
        org_id: 'q.org_id',
        request_id: 'r.id',
        kind: `(array['review', 'litigationDirect', 'litigationAfterReview'])[1 + r.i % 3]`,
        filed_on: 'q.closed_on + 20',
        result: `case when q.closed_on + 70 > date '${LAST_DAY}' then 'pending' else (array['maintained', 'corrected', 'other'])[1 + r.i % 3] end`,
        decided_on: `case when q.closed_on + 70 <= date '${LAST_DAY}' then q.closed_on + 70 end`,
        created_at: onDay('q.closed_on + 20', 'r.i'),
        updated_at: onDay('q.closed_on + 20', 'r.i'),
        created_by: actorOf('r.township_id'),
        updated_by: actorOf('r.township_id'),
      },
    ),
  );
}

export async function generateAnnualReports(g: GenContext): Promise<void> {
  const { client, scale } = g;
  if (scale.years < 2) return;
  await templates(g, 'disclosure_annual_reports');
  count(
    g,
    'disclosure_annual_reports',
    await cloneInto(
      client,
      'disclosure_annual_reports',
      `g_town t cross join generate_series(${firstYear(scale)}, ${LAST_YEAR - 1}) y
       cross join (select * from disclosure_annual_reports where id = (select id from t_disclosure_annual_reports where k = 0)) tpl`,
      {
        id: 'gen_random_uuid()',
        township_id: 't.id',
        org_id: 't.id',
        year: 'y',
        status: `'draft'`,
        published_at: 'null',
        published_by: 'null',
        snapshot: 'null',
        cross_year_explanation: 'null',
        created_at: `make_timestamptz(y + 1, 1, 20, 9, 0, 0, 'Asia/Shanghai')`,
        updated_at: `make_timestamptz(y + 1, 1, 20, 9, 0, 0, 'Asia/Shanghai')`,
        created_by: actorOf('t.id'),
        updated_by: actorOf('t.id'),
      },
    ),
  );
}

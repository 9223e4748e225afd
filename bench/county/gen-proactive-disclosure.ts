// 主动公开: publications over the township's catalogue, bulletin-board updates, village disclosures,
// and the metadata of the files published with half of the publications.
import { cloneInto } from './sql-clone.ts';
import { actorOf, analyzeTemp, count, onDay, spreadDate, templateId, templates, type GenContext } from './gen-support.ts';
import { LAST_DAY, RATES, firstYear } from './scale.ts';

export async function generateProactiveDisclosure(g: GenContext): Promise<void> {
  const { client, scale } = g;
  const publications = Math.round(RATES.publicationsPerCadreYear * scale.cadresPerTownship * scale.years);
  await client.query(`
    create temp table g_catalog as
    select c.township_id, (row_number() over (partition by c.township_id order by c.sort_order, c.id) - 1)::int as k,
           (count(*) over (partition by c.township_id))::int as n, c.id, c.title_zh, c.time_limit_days, c.responsible_org_id
    from pd_catalog_items c join g_town t on t.id = c.township_id where c.deleted_at is null`);
  await client.query(`create index on g_catalog (township_id, k)`);
  await templates(g, 'pd_publications');
  // Due dates count working days; 7/5 calendar days per working day is what a year averages.
  await client.query(`
    create temp table g_publication as
    select p.*, p.formed_on + ceil(c.time_limit_days * 1.4)::int as due_on, c.id as item_id, c.title_zh, c.time_limit_days,
           coalesce(c.responsible_org_id, p.township_id) as org_id,
           -- Every third of the last fortnight's, and always each township's newest (so a tiny scale has
           -- open deadlines too), is not published yet.
           case when (p.formed_on > date '${LAST_DAY}' - 15 and p.i % 3 = 0) or p.i = ${publications - 1} then null
                else least(p.formed_on + (p.i * 7) % (ceil(c.time_limit_days * 1.4)::int + 4), date '${LAST_DAY}') end as published_on
    from (select gen_random_uuid() as id, t.id as township_id, i, ${spreadDate(scale, 'i', publications)} as formed_on,
                 ${templateId('t_pd_publications', 'i')} as tpl_id
          from g_town t cross join generate_series(0, ${publications - 1}) i) p
    join g_catalog c on c.township_id = p.township_id and c.k = p.i % c.n`);
  await analyzeTemp(client);
  count(
    g,
    'pd_publications',
    await cloneInto(client, 'pd_publications', `g_publication p join pd_publications tpl on tpl.id = p.tpl_id`, {
      id: 'p.id',
      township_id: 'p.township_id',
      org_id: 'p.org_id',
      catalog_item_id: 'p.item_id',
      title: `p.title_zh || '（' || to_char(p.formed_on, 'YYYY"年"FMMM"月"') || '，第' || (p.i + 1) || '条）'`,
      index_number: `(select left(o.division_code, 8) from orgs o where o.id = p.township_id) || '-' || to_char(p.formed_on, 'YYYY') || '-' || lpad((p.i % 10000 + 1)::text, 4, '0')`,
      doc_number: `case when p.i % 3 = 0 then '政发〔' || to_char(p.formed_on, 'YYYY') || '〕' || (p.i % 1000 + 1) || '号' end`,
      formed_on: 'p.formed_on',
      published_on: 'p.published_on',
      time_limit_days: 'p.time_limit_days',
      due_date: 'p.due_on',
      due_explanation_zh: `'自' || to_char(p.formed_on, 'YYYY"年"FMMM"月"FMDD"日"') || '（信息形成或变更）次日起算' || p.time_limit_days || '个工作日。截止日期为' || to_char(p.due_on, 'YYYY"年"FMMM"月"FMDD"日"') || '。'`,
      is_provisional: 'false',
      is_late: 'case when p.published_on is null then null else p.published_on > p.due_on end',
      working_days_late: 'case when p.published_on is null then null else greatest(0, (p.published_on - p.due_on) * 5 / 7) end',
      public_file_ids: `'{}'::uuid[]`,
      created_at: onDay('p.formed_on', 'p.i'),
      updated_at: onDay('coalesce(p.published_on, p.formed_on)', 'p.i'),
      created_by: actorOf('p.township_id'),
      updated_by: actorOf('p.township_id'),
    }),
  );

  // Half of the publications carry the published file (metadata only: the bench never downloads it).
  const files = await client.query(`
    with made as (
      insert into files (id, township_id, org_id, created_at, created_by, updated_at, updated_by, sha256, size, content_type, original_name, entity_type, entity_id)
      select gen_random_uuid(), p.township_id, p.org_id, ${onDay('p.published_on', 'p.i')}, ${actorOf('p.township_id')}, ${onDay('p.published_on', 'p.i')},
             ${actorOf('p.township_id')}, encode(sha256(p.id::text::bytea), 'hex'), 20000 + (p.i * 7919) % 900000, 'application/pdf',
             p.title_zh || '.pdf', 'proactivePublication', p.id
      from g_publication p where p.published_on is not null and p.i % ${Math.round(1 / RATES.filesPerPublication)} = 0
      returning id, entity_id)
    update pd_publications x set public_file_ids = array[made.id] from made where x.id = made.entity_id`);
  count(g, 'files', files.rowCount ?? 0);

  // The boards stood from the first year on; each is updated every month.
  await client.query(
    `update pd_bulletin_boards set since_on = date '${firstYear(scale)}-01-01' where township_id in (select id from g_town)`,
  );
  await templates(g, 'pd_bulletin_board_updates');
  count(
    g,
    'pd_bulletin_board_updates',
    await cloneInto(
      client,
      'pd_bulletin_board_updates',
      `(select b.*, (date '${firstYear(scale)}-01-01' + make_interval(months => m))::date + (m * 7) % 20 as on_day, m
          from pd_bulletin_boards b join g_town t on t.id = b.township_id cross join generate_series(0, ${12 * scale.years - 1}) m
          where b.deleted_at is null) b
       join pd_bulletin_board_updates tpl on tpl.id = ${templateId('t_pd_bulletin_board_updates', 'b.m')}
       where b.on_day <= date '${LAST_DAY}'`,
      {
        id: 'gen_random_uuid()',
        township_id: 'b.township_id',
        org_id: 'b.org_id',
        board_id: 'b.id',
        updated_on: 'b.on_day',
        created_at: onDay('b.on_day', 'b.m'),
        updated_at: onDay('b.on_day', 'b.m'),
        created_by: actorOf('b.township_id'),
        updated_by: actorOf('b.township_id'),
      },
    ),
  );

  // 村务公开 and 党务公开 of every village, every month.
  await templates(g, 'pd_village_disclosures');
  count(
    g,
    'pd_village_disclosures',
    await cloneInto(
      client,
      'pd_village_disclosures',
      `(select o.*, dk.disclosure_kind, (date '${firstYear(scale)}-01-01' + make_interval(months => m))::date as month, m
          from g_org o cross join unnest(array['villageAffairs', 'partyAffairs']) as dk(disclosure_kind) cross join generate_series(0, ${12 * scale.years - 1}) m
          where o.kind in ('village', 'community')) v
       join pd_village_disclosures tpl on tpl.id = ${templateId('t_pd_village_disclosures', 'v.m')}
       where v.month + 5 <= date '${LAST_DAY}'`,
      {
        id: 'gen_random_uuid()',
        township_id: 'v.township_id',
        org_id: 'v.id',
        kind: 'v.disclosure_kind',
        period_key: `to_char(v.month, 'YYYY-MM')`,
        year: 'extract(year from v.month)::int',
        disclosed_on: 'v.month + 5',
        created_at: onDay('v.month + 5', 'v.m'),
        updated_at: onDay('v.month + 5', 'v.m'),
        created_by: actorOf('v.township_id'),
        updated_by: actorOf('v.township_id'),
      },
    ),
  );
}

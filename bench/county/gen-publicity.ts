// 普法: each year's campaigns, the offices' duty lists, and publicity activities reaching the villages.
import { cloneInto } from './sql-clone.ts';
import { actorOf, analyzeTemp, count, nthOrg, onDay, spreadDate, templateId, templates, type GenContext } from './gen-support.ts';
import { LAST_YEAR, RATES, firstYear } from './scale.ts';

export async function generatePublicity(g: GenContext): Promise<void> {
  const { client, scale } = g;
  // A new township got this year's national calendar; the earlier years get the same, on their dates.
  count(
    g,
    'publicity_campaigns',
    await cloneInto(
      client,
      'publicity_campaigns',
      `publicity_campaigns tpl join g_town t on t.id = tpl.township_id
       cross join generate_series(${firstYear(scale)}, ${LAST_YEAR - 1}) y`,
      {
        id: 'gen_random_uuid()',
        year: 'y',
        start_date: `(tpl.start_date - make_interval(years => ${LAST_YEAR} - y))::date`,
        end_date: `(tpl.end_date - make_interval(years => ${LAST_YEAR} - y))::date`,
        created_at: `make_timestamptz(y, 1, 5, 9, 0, 0, 'Asia/Shanghai')`,
        updated_at: `make_timestamptz(y, 1, 5, 9, 0, 0, 'Asia/Shanghai')`,
      },
    ),
  );

  await templates(g, 'publicity_duty_items');
  count(
    g,
    'publicity_duty_items',
    await cloneInto(
      client,
      'publicity_duty_items',
      `g_org o cross join generate_series(${firstYear(scale)}, ${LAST_YEAR}) y cross join generate_series(0, ${RATES.dutyItemsPerOfficeYear - 1}) j
       join publicity_duty_items tpl on tpl.id = ${templateId('t_publicity_duty_items', 'o.k * 2 + j')}
       where o.kind = 'department'`,
      {
        id: 'gen_random_uuid()',
        township_id: 'o.township_id',
        org_id: 'o.id',
        year: 'y',
        created_at: `make_timestamptz(y, 1, 10, 9, 0, 0, 'Asia/Shanghai')`,
        updated_at: `make_timestamptz(y, 1, 10, 9, 0, 0, 'Asia/Shanghai')`,
        created_by: actorOf('o.township_id'),
        updated_by: actorOf('o.township_id'),
      },
    ),
  );

  // Activities copy the demo's mix of venues, channels and audiences; a village venue reaches a village.
  const activities = Math.round(RATES.activitiesPerCadreYear * scale.cadresPerTownship * scale.years);
  await templates(g, 'publicity_activities');
  await client.query(`
    create temp table g_activity as
    select a.*, ${nthOrg('a.township_id', `'department'`, 'a.i')} as org_id
    from (select gen_random_uuid() as id, t.id as township_id, i, ${spreadDate(scale, 'i', activities)} as date,
                 ${templateId('t_publicity_activities', 'i')} as tpl_id
          from g_town t cross join generate_series(0, ${activities - 1}) i) a`);
  await analyzeTemp(client);
  count(
    g,
    'publicity_activities',
    await cloneInto(client, 'publicity_activities', `g_activity a join publicity_activities tpl on tpl.id = a.tpl_id`, {
      id: 'a.id',
      township_id: 'a.township_id',
      org_id: 'a.org_id',
      date: 'a.date',
      title: `to_char(a.date, 'FMMM"月"FMDD"日"') || tpl.title`,
      village_id: `case when tpl.village_id is not null then ${nthOrg('a.township_id', `'village', 'community'`, 'a.i')} end`,
      campaign_id: `case when tpl.campaign_id is not null then (select c.id from publicity_campaigns c
        where c.township_id = a.township_id and c.year = extract(year from a.date)::int and c.deleted_at is null order by c.start_date, c.id limit 1) end`,
      duty_item_id: `case when tpl.duty_item_id is not null then (select d.id from publicity_duty_items d
        where d.org_id = a.org_id and d.year = extract(year from a.date)::int and d.deleted_at is null order by d.id limit 1) end`,
      audience_count: '20 + (a.i * 37) % 280',
      materials_count: '(a.i * 11) % 150',
      created_at: onDay('a.date', 'a.i'),
      updated_at: onDay('a.date', 'a.i'),
      created_by: actorOf('a.township_id'),
      updated_by: actorOf('a.township_id'),
    }),
  );
}

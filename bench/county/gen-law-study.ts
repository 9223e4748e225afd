// 学法: collective sessions with their attendance, self-study, exams with scores, appointments.
import { cloneInto } from './sql-clone.ts';
import { actorOf, analyzeTemp, count, onDay, spreadDate, templateId, templates, type GenContext } from './gen-support.ts';
import { RATES, firstYear } from './scale.ts';

export async function generateLawStudy(g: GenContext): Promise<void> {
  const { client, scale } = g;
  const cadres = scale.cadresPerTownship;
  const sessions = Math.round(RATES.sessionsPerCadreYear * cadres * scale.years);
  const attendees = Math.min(RATES.attendeesPerSession, cadres);

  await templates(g, 'law_study_sessions');
  await client.query(`
    create temp table g_session as
    select gen_random_uuid() as id, g.id as township_id, i, ${spreadDate(scale, 'i', sessions)} as held_on,
           ${templateId('t_law_study_sessions', 'i')} as tpl_id
    from g_town g cross join generate_series(0, ${sessions - 1}) i`);
  await analyzeTemp(client);
  count(
    g,
    'law_study_sessions',
    await cloneInto(client, 'law_study_sessions', `g_session s join law_study_sessions tpl on tpl.id = s.tpl_id`, {
      id: 's.id',
      township_id: 's.township_id',
      org_id: 's.township_id',
      kind: `coalesce((select d.code from g_dict d where d.township_id = s.township_id and d.dictionary = 'activityKind' and d.k = s.i % d.n), tpl.kind)`,
      title: `tpl.title || '（' || to_char(s.held_on, 'YYYY') || '年第' || (s.i % ${Math.max(1, Math.round(sessions / scale.years))} + 1) || '期）'`,
      held_on: 's.held_on',
      law_ids: `array(select l.id from g_law l where l.township_id = s.township_id and l.k in (s.i % l.n, (s.i + 3) % l.n))`,
      import_key: 'null',
      created_at: onDay('s.held_on', 's.i'),
      updated_at: onDay('s.held_on', 's.i'),
      created_by: actorOf('s.township_id'),
      updated_by: actorOf('s.township_id'),
    }),
  );
  await client.query(`create index on g_session (township_id, i)`);

  await client.query('analyze law_study_sessions');
  // Each session's attendees: `attendees` distinct cadres of its township, one in ten absent.
  await templates(g, 'law_study_attendances', 'true');
  count(
    g,
    'law_study_attendances',
    await cloneInto(
      client,
      'law_study_attendances',
      `g_session s cross join generate_series(0, ${attendees - 1}) j
       join g_person p on p.township_id = s.township_id and p.k = (s.i * 7 + j) % ${cadres}
       cross join (select * from law_study_attendances where id = (select id from t_law_study_attendances where k = 0)) tpl`,
      {
        id: 'gen_random_uuid()',
        township_id: 's.township_id',
        session_id: 's.id',
        person_id: 'p.id',
        is_present: '(s.i + j) % 10 <> 0',
        absence_reason: `case when (s.i + j) % 10 = 0 then (array['公务外出', '病假', '事假'])[1 + (s.i % 3)] end`,
      },
    ),
  );

  // Self-study claimed by every cadre a couple of times a year; the recent ones await review.
  const perCadre = Math.round(RATES.selfStudiesPerCadreYear * scale.years);
  await templates(g, 'law_study_self_studies');
  count(
    g,
    'law_study_self_studies',
    await cloneInto(
      client,
      'law_study_self_studies',
      `(select p.*, j, least(date '${firstYear(scale)}-01-01' + (j * 365 / ${RATES.selfStudiesPerCadreYear}) + p.k % 60, date '2026-12-05') as studied_on
          from g_person p cross join generate_series(0, ${perCadre - 1}) j) p
       join law_study_self_studies tpl on tpl.id = ${templateId('t_law_study_self_studies', 'p.k + p.j')}`,
      {
        id: 'gen_random_uuid()',
        township_id: 'p.township_id',
        org_id: 'p.org_id',
        person_id: 'p.id',
        kind: `case when (p.k + p.j) % 3 = 0 then 'online' else 'selfStudy' end`,
        title: `tpl.title || '（' || p.j + 1 || '）'`,
        studied_on: 'p.studied_on',
        status: `case when p.studied_on > date '2026-11-20' then 'pending' when (p.k + p.j) % 20 = 0 then 'rejected' else 'approved' end`,
        review_note: `case when (p.k + p.j) % 20 = 0 and p.studied_on <= date '2026-11-20' then '佐证材料不足' end`,
        reviewed_by: `case when p.studied_on <= date '2026-11-20' then ${actorOf('p.township_id')} end`,
        reviewed_at: `case when p.studied_on <= date '2026-11-20' then ${onDay('p.studied_on + 7', 'p.k')} end`,
        import_key: 'null',
        created_at: onDay('p.studied_on', 'p.k'),
        updated_at: onDay('p.studied_on', 'p.k'),
        created_by: 'p.user_id',
        updated_by: 'p.user_id',
      },
    ),
  );

  // Exams, four a year (every fourth one before appointments), every cadre scored or absent.
  const exams = RATES.examsPerTownshipYear * scale.years;
  await templates(g, 'law_study_exams');
  await client.query(`
    create temp table g_exam as
    select gen_random_uuid() as id, g.id as township_id, i, ${spreadDate(scale, 'i', exams)} + 10 as held_on
    from g_town g cross join generate_series(0, ${exams - 1}) i`);
  await analyzeTemp(client);
  count(
    g,
    'law_study_exams',
    await cloneInto(client, 'law_study_exams', `g_exam e join law_study_exams tpl on tpl.id = ${templateId('t_law_study_exams', '0')}`, {
      id: 'e.id',
      township_id: 'e.township_id',
      org_id: 'e.township_id',
      kind: `case when e.i % 4 = 3 then 'preAppointment' else 'general' end`,
      title: `to_char(e.held_on, 'YYYY') || '年第' || (e.i % 4 + 1) || '次法律知识考试'`,
      held_on: 'e.held_on',
      full_mark: '100',
      pass_mark: '60',
      created_at: onDay('e.held_on', 'e.i'),
      updated_at: onDay('e.held_on', 'e.i'),
      created_by: actorOf('e.township_id'),
      updated_by: actorOf('e.township_id'),
    }),
  );
  await templates(g, 'law_study_exam_scores', 'true');
  count(
    g,
    'law_study_exam_scores',
    await cloneInto(
      client,
      'law_study_exam_scores',
      `g_exam e join g_person p on p.township_id = e.township_id
       cross join (select * from law_study_exam_scores where id = (select id from t_law_study_exam_scores where k = 0)) tpl`,
      {
        id: 'gen_random_uuid()',
        township_id: 'e.township_id',
        exam_id: 'e.id',
        person_id: 'p.id',
        is_absent: '(p.k + e.i) % 25 = 0',
        score: `case when (p.k + e.i) % 25 <> 0 then 48 + (p.k * 7 + e.i * 13) % 53 end`,
      },
    ),
  );

  const appointments = RATES.appointmentsPerTownshipYear * scale.years;
  await templates(g, 'law_study_appointments');
  count(
    g,
    'law_study_appointments',
    await cloneInto(
      client,
      'law_study_appointments',
      `g_town t cross join generate_series(0, ${appointments - 1}) i
       join g_person p on p.township_id = t.id and p.k = i % least(6, ${cadres})
       join law_study_appointments tpl on tpl.id = ${templateId('t_law_study_appointments', 'i')}`,
      {
        id: 'gen_random_uuid()',
        township_id: 't.id',
        org_id: 'p.org_id',
        person_id: 'p.id',
        appointed_on: `${spreadDate(scale, 'i', appointments)} + 20`,
        created_at: onDay(`${spreadDate(scale, 'i', appointments)} + 20`, 'i'),
        updated_at: onDay(`${spreadDate(scale, 'i', appointments)} + 20`, 'i'),
        created_by: actorOf('t.id'),
        updated_by: actorOf('t.id'),
      },
    ),
  );
}

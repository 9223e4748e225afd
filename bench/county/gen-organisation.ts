// The county's tree, roll and accounts: townships made by the app's own use case (its villages from
// the division data, its departments, every module's per-township reference data), then the cadres
// with real ciphertext of their personal data, and an account for each of them.
import { isValidIdNumber } from '@yifa/domain';
import type pg from 'pg';
import { SYSTEM_ACTOR } from '../../apps/server/src/platform/audit/write-audit.ts';
import { hashPassword } from '../../apps/server/src/platform/auth/password.ts';
import { listChildren } from '../../apps/server/src/platform/divisions/index.ts';
import type { AppContext } from '../../apps/server/src/platform/http/app-context.ts';
import { sealPersonal } from '../../apps/server/src/modules/organisation/presenter.ts';
import { createTownship } from '../../apps/server/src/modules/organisation/use-cases/create-township.ts';
import { DEMO_DIVISION_CODE } from '../../apps/server/src/platform/seed/demo.ts';
import type { Scale } from './scale.ts';

/** The bench's known logins in the generated county (every generated account has this password). */
export const COUNTY_PASSWORD = 'Bench-County-1';
export const BENCH_LOGINS = {
  townshipAdmin: 'bench-township',
  countyReviewer: 'bench-county',
  systemAdmin: 'bench-sysadmin',
} as const;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN = [
  '建国',
  '志强',
  '丽',
  '敏',
  '伟',
  '芳',
  '军',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明华',
  '红梅',
  '卫东',
  '平',
  '刚',
  '桂英',
  '秀兰',
  '海燕',
  '晓东',
  '文斌',
  '春花',
  '德明',
  '玉兰',
  '国庆',
  '小龙',
];
const DEPARTMENT_POSTS = ['办事员', '科员', '主任', '副主任', '干事', '所长', '副所长', '队员'];
const VILLAGE_POSTS = ['村党支部书记', '村委会主任', '村委委员', '村务监督委员会主任', '网格员'];

/** The first county (other than the demo's) with enough townships, in a fixed order: the same county every run. */
async function pickTownships(count: number): Promise<string[]> {
  const demoCounty = DEMO_DIVISION_CODE.slice(0, 6);
  for (const city of await listChildren('43')) {
    for (const county of await listChildren(city.code)) {
      if (county.code.startsWith(demoCounty)) continue;
      const townships = await listChildren(county.code);
      if (townships.length >= count) return townships.slice(0, count).map((t) => t.code);
    }
  }
  throw new Error(`no county in the division data has ${count} townships`);
}

function idNumber(region: string, i: number): string {
  const birth = `${1960 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
  const base = `${region}${birth}${String(i % 1000).padStart(3, '0')}`;
  for (const c of '0123456789X') if (isValidIdNumber(base + c)) return base + c;
  throw new Error('no check digit');
}

export interface CountyTree {
  countyId: string;
  townshipIds: string[];
}

/**
 * Creates the townships, the roll and the accounts, and fills the session's temp tables the other
 * parts generate from: g_town (t, id), g_org (township_id, kind, k, id), g_person (township_id, k,
 * id, org_id, user_id, name, org_kind).
 */
export async function generateOrganisation(ctx: AppContext, client: pg.ClientBase, scale: Scale): Promise<CountyTree> {
  const codes = await pickTownships(scale.townships);
  const townshipIds: string[] = [];
  for (const code of codes) {
    const township = await createTownship(ctx, SYSTEM_ACTOR, { divisionCode: code });
    townshipIds.push(township.id);
  }
  const {
    rows: [county],
  } = await client.query<{ id: string }>(`select parent_id as id from orgs where id = $1`, [townshipIds[0]]);
  await client.query('begin');
  await client.query(`create temp table g_town as select t - 1 as t, id from unnest($1::uuid[]) with ordinality as u(id, t)`, [
    townshipIds,
  ]);
  await client.query(`
    create temp table g_org as
    select o.township_id, o.kind, o.id,
           -- villages and communities are numbered together: "the k-th village" is one org.
           (row_number() over (partition by o.township_id, case when o.kind = 'community' then 'village' else o.kind end order by o.sort_order, o.id) - 1)::int as k
    from orgs o join g_town g on g.id = o.township_id where o.deleted_at is null`);

  // The roll: leaders at the township, staff in its departments, cadres in its villages.
  const orgRows = (
    await client.query<{ township_id: string; kind: string; id: string }>(
      `select township_id, kind, id from g_org order by township_id, kind, k`,
    )
  ).rows;
  const people: {
    townshipId: string;
    orgId: string;
    name: string;
    post: string;
    isLeader: boolean;
    isCivilServant: boolean;
    seal: ReturnType<typeof sealPersonal>;
    k: number;
    orgKind: string;
  }[] = [];
  let serial = 0;
  for (const townshipId of townshipIds) {
    const departments = orgRows.filter((o) => o.township_id === townshipId && o.kind === 'department');
    const villages = orgRows.filter((o) => o.township_id === townshipId && (o.kind === 'village' || o.kind === 'community'));
    for (let k = 0; k < scale.cadresPerTownship; k++, serial++) {
      const isLeader = k < 6;
      const inVillage = !isLeader && villages.length > 0 && k % 5 >= 3;
      const org = isLeader
        ? { id: townshipId, kind: 'township' }
        : inVillage
          ? villages[k % villages.length]!
          : (departments[k % departments.length] ?? { id: townshipId, kind: 'township' });
      const name = `${SURNAMES[serial % SURNAMES.length]}${GIVEN[Math.floor(serial / SURNAMES.length) % GIVEN.length]}${serial >= SURNAMES.length * GIVEN.length ? String(serial) : ''}`;
      people.push({
        townshipId,
        orgId: org.id,
        name,
        post: isLeader ? '党委委员' : inVillage ? VILLAGE_POSTS[k % VILLAGE_POSTS.length]! : DEPARTMENT_POSTS[k % DEPARTMENT_POSTS.length]!,
        isLeader,
        isCivilServant: !inVillage,
        seal: sealPersonal(ctx.secrets, {
          phone: `139${String(10_000_000 + serial * 7).slice(-8)}`,
          idNumber: idNumber(codes[0]!.slice(0, 6), serial),
        }),
        k,
        orgKind: org.kind,
      });
    }
  }
  const col = <T>(f: (p: (typeof people)[number]) => T) => people.map(f);
  await client.query(
    `create temp table g_person as
     select gen_random_uuid() as id, gen_random_uuid() as user_id, u.*
     from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::bool[], $6::bool[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[])
       as u(township_id, org_id, name, post, is_leader, is_civil_servant, phone_enc, phone_masked, id_number_enc, id_number_masked, id_number_hash, k, org_kind)`,
    [
      col((p) => p.townshipId),
      col((p) => p.orgId),
      col((p) => p.name),
      col((p) => p.post),
      col((p) => p.isLeader),
      col((p) => p.isCivilServant),
      col((p) => p.seal.phoneEnc),
      col((p) => p.seal.phoneMasked),
      col((p) => p.seal.idNumberEnc),
      col((p) => p.seal.idNumberMasked),
      col((p) => p.seal.idNumberHash),
      col((p) => p.k),
      col((p) => p.orgKind),
    ],
  );
  await client.query(`create index on g_person (township_id, k)`);
  await client.query(`
    insert into people (id, township_id, org_id, name, post, is_leader, is_civil_servant, phone_enc, phone_masked,
                        id_number_enc, id_number_masked, id_number_hash, joined_on, created_at, updated_at)
    select id, township_id, org_id, name, post, is_leader, is_civil_servant, phone_enc, phone_masked,
           id_number_enc, id_number_masked, id_number_hash, date '2016-01-04' + (k * 13 % 3000), timestamptz '2017-01-03 09:00+08', timestamptz '2017-01-03 09:00+08'
    from g_person`);

  const passwordHash = await hashPassword(COUNTY_PASSWORD);
  await client.query(
    `insert into users (id, township_id, org_id, person_id, username, display_name, password_hash, must_change_password, created_at, updated_at)
     select p.user_id, p.township_id, p.org_id, p.id, 'c' || lpad(g.t::text, 2, '0') || '-' || lpad(p.k::text, 4, '0'), p.name, $1, false,
            timestamptz '2017-01-03 09:00+08', timestamptz '2017-01-03 09:00+08'
     from g_person p join g_town g on g.id = p.township_id`,
    [passwordHash],
  );
  await client.query(`
    insert into user_roles (user_id, role_id)
    select p.user_id, r.id from g_person p
    join roles r on r.township_id is null and r.deleted_at is null
      and r.code = case when p.is_leader then 'leader' when p.org_kind in ('village', 'community') then 'villageCadre' else 'officeStaff' end`);
  // The bench's own logins: a township administrator of the first township, the county's reviewer, a system administrator.
  await client.query(
    `with made as (
       insert into users (township_id, org_id, person_id, username, display_name, password_hash, must_change_password)
       values ($2, $2, null, $3, '压测乡镇管理员', $1, false),
              (null, $4, null, $5, '压测县级审阅人', $1, false),
              (null, null, null, $6, '压测系统管理员', $1, false)
       returning id, username)
     insert into user_roles (user_id, role_id)
     select made.id, r.id from made join roles r on r.township_id is null and r.deleted_at is null
       and r.code = case made.username when $3 then 'townshipAdmin' when $5 then 'countyReviewer' else 'systemAdmin' end`,
    [passwordHash, townshipIds[0], BENCH_LOGINS.townshipAdmin, county!.id, BENCH_LOGINS.countyReviewer, BENCH_LOGINS.systemAdmin],
  );
  await client.query('commit');
  return { countyId: county!.id, townshipIds };
}

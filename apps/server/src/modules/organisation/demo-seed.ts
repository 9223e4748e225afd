import { isValidIdNumber } from '@yifa/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../platform/audit/write-audit.ts';
import type { Secrets } from '../../platform/crypto/secrets.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { AppContext } from '../../platform/http/app-context.ts';
import { sealPersonal } from './presenter.ts';
import type { OrgRow } from './repository.ts';
import { orgs, people, roles, userRoles, users } from './tables.ts';
import { createTownship } from './use-cases/create-township.ts';

/**
 * The demo township's org tree, cadres and accounts (platform/seed/demo.ts runs it on the first
 * start, then every module's demo seeder). Clearly marked: is_demo on every org, "【演示】" in its name.
 */

const CADRES: [name: string, post: string, org: string, isLeader: boolean][] = [
  ['王建国', '党委书记', 'township', true],
  ['李明华', '党委副书记、乡长', 'township', true],
  ['张卫东', '人大主席', 'township', true],
  ['刘红梅', '党委委员、纪委书记', 'township', true],
  ['陈志强', '副乡长', 'township', true],
  ['杨丽', '党委委员、组织委员', 'township', true],
  ['赵刚', '司法所所长', '司法所', false],
  ['周敏', '司法助理员', '司法所', false],
  ['吴平', '党政办主任', '党政综合办公室', false],
  ['郑芳', '办事员', '党政综合办公室', false],
  ['孙磊', '综治中心主任', '综治中心', false],
  ['钱静', '应急办主任', '应急管理办公室', false],
  ['冯涛', '财政所所长', '财政所', false],
  ['何勇', '执法队队长', '综合行政执法队', false],
  ['胡军', '执法队员', '综合行政执法队', false],
];

function demoIdNumber(i: number): string {
  const base = `43090319${(70 + (i % 25)).toString()}${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}${String(100 + i).slice(-3)}`;
  for (const c of '0123456789X') if (isValidIdNumber(base + c)) return base + c;
  throw new Error('no check digit');
}

/** Creates the demo township from its division code (its own transaction, like any township). */
export function createDemoTownship(ctx: AppContext, divisionCode: string): Promise<OrgRow> {
  return createTownship(ctx, SYSTEM_ACTOR, { divisionCode }, { isDemo: true });
}

/**
 * Marks the demo township's name, puts its cadres on the roll (with made-up but valid personal
 * data, encrypted as any) and opens one account per key role, all with the demo password.
 */
export async function seedOrganisationDemo(
  tx: Tx,
  secrets: Secrets,
  township: OrgRow,
  passwordHash: string,
): Promise<{ townshipName: string; accounts: { username: string; role: string }[] }> {
  const townshipId = township.id;
  const accounts: { username: string; role: string }[] = [];
  const townshipName = `【演示】${township.name}`;
  await tx.update(orgs).set({ name: townshipName }).where(eq(orgs.id, townshipId));
  const children = await tx
    .select()
    .from(orgs)
    .where(and(eq(orgs.townshipId, townshipId), isNull(orgs.deletedAt)));
  const orgByName = (name: string) => (name === 'township' ? township : children.find((o) => o.name === name)) ?? township;
  const firstVillage = children.find((o) => o.kind === 'village') ?? township;
  const personIds: Record<string, string> = {};
  let i = 0;
  for (const [name, post, orgName, isLeader] of CADRES) {
    const org = orgByName(orgName);
    const [p] = await tx
      .insert(people)
      .values({
        townshipId,
        orgId: org.id,
        name,
        post,
        isLeader,
        isCivilServant: org.kind !== 'village',
        joinedOn: '2020-03-01',
        ...sealPersonal(secrets, { phone: `1387370${String(1000 + i).slice(-4)}`, idNumber: demoIdNumber(i) }),
      })
      .returning();
    personIds[name] = p!.id;
    i++;
  }
  const [vp] = await tx
    .insert(people)
    .values({
      townshipId,
      orgId: firstVillage.id,
      name: '黄建军',
      post: '村党总支书记、村委会主任',
      ...sealPersonal(secrets, { phone: '13873702001', idNumber: demoIdNumber(99) }),
    })
    .returning();
  personIds['黄建军'] = vp!.id;

  const roleRows = await tx.select().from(roles).where(isNull(roles.townshipId));
  const roleId = (code: string) => roleRows.find((r) => r.code === code)!.id;
  const county = await tx.select().from(orgs).where(eq(orgs.id, township.parentId!));
  const make = async (
    username: string,
    displayName: string,
    roleCode: string,
    orgId: string,
    tId: string | null,
    personId: string | null,
  ) => {
    const [u] = await tx
      .insert(users)
      .values({ username, displayName, townshipId: tId, orgId, personId, passwordHash, mustChangePassword: false })
      .returning();
    await tx.insert(userRoles).values({ userId: u!.id, roleId: roleId(roleCode) });
    // "法律顾问（周敏）", never a label repeated as "法律顾问（法律顾问）".
    const roleName = roleRows.find((r) => r.code === roleCode)!.name;
    accounts.push({ username, role: roleName === displayName ? roleName : `${roleName}（${displayName}）` });
  };
  await make('demo-admin', '吴平', 'townshipAdmin', orgByName('党政综合办公室').id, townshipId, personIds['吴平']!);
  await make('demo-leader', '李明华', 'leader', townshipId, townshipId, personIds['李明华']!);
  await make('demo-sfs', '赵刚', 'officeStaff', orgByName('司法所').id, townshipId, personIds['赵刚']!);
  await make('demo-village', '黄建军', 'villageCadre', firstVillage.id, townshipId, personIds['黄建军']!);
  await make('demo-adviser', '周敏', 'legalAdviser', townshipId, townshipId, null);
  await make('demo-county', '区司法局审阅人', 'countyReviewer', county[0]!.id, null, null);
  return { townshipName, accounts };
}

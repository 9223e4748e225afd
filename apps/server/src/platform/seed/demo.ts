import { createDemoTownship, hasAnyOrg, seedOrganisationDemo } from '../../modules/organisation/index.ts';
import { SYSTEM_ACTOR, writeAudit, type Actor } from '../audit/write-audit.ts';
import { hashPassword } from '../auth/password.ts';
import type { Tx } from '../db/client.ts';
import type { AppContext } from '../http/app-context.ts';

/**
 * The demo township (clearly marked: is_demo on every org, "【演示】" in its name), made on the first
 * start only so that a new install can be explored at once. Real townships are created by the
 * system administrator from their division code.
 */
export const DEMO_DIVISION_CODE = '430903209000'; // 益阳市赫山区笔架山乡
export const DEMO_PASSWORD = 'Demo-2026';

export type DemoSeeder = (tx: Tx, townshipId: string, actor: Actor) => Promise<void>;
const demoSeeders: { name: string; seed: DemoSeeder }[] = [];
export function registerDemoSeeder(name: string, seed: DemoSeeder): void {
  if (!demoSeeders.some((s) => s.name === name)) demoSeeders.push({ name, seed });
}

export interface DemoResult {
  townshipName: string;
  password: string;
  accounts: { username: string; role: string }[];
}

export async function seedDemoIfFirstStart(ctx: AppContext): Promise<DemoResult | null> {
  if (await hasAnyOrg(ctx.db)) return null;
  const township = await createDemoTownship(ctx, DEMO_DIVISION_CODE);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result = await ctx.db.transaction(async (tx) => {
    // The organisation module first (the tree, the roll, the accounts), then every module's records.
    const org = await seedOrganisationDemo(tx, ctx.secrets, township, passwordHash);
    for (const s of demoSeeders) await s.seed(tx, township.id, SYSTEM_ACTOR);
    await writeAudit(tx, SYSTEM_ACTOR, {
      action: 'demo.seed',
      entityType: 'org',
      entityId: township.id,
      townshipId: township.id,
      after: { accounts: org.accounts.length },
    });
    return org;
  });
  return { townshipName: result.townshipName, password: DEMO_PASSWORD, accounts: result.accounts };
}

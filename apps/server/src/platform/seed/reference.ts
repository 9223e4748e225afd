import { BUILTIN_ROLES } from '@yifa/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { roles } from '../../modules/organisation/tables.ts';
import type { DbOrTx } from '../db/client.ts';

/**
 * Reference data for every environment (architecture.md "Seed data"), idempotent: built-in roles
 * follow the catalogue of this version on every start. Other reference parts (calendar,
 * dictionaries) register themselves in `referenceSeeders`.
 */
export type ReferenceSeeder = (db: DbOrTx) => Promise<void>;
const referenceSeeders: { name: string; seed: ReferenceSeeder }[] = [];

export function registerReferenceSeeder(name: string, seed: ReferenceSeeder): void {
  if (!referenceSeeders.some((s) => s.name === name)) referenceSeeders.push({ name, seed });
}

export async function seedReference(db: DbOrTx): Promise<void> {
  for (const role of BUILTIN_ROLES) {
    const existing = await db
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.code, role.code), isNull(roles.townshipId), isNull(roles.deletedAt)));
    const values = {
      name: role.zh,
      nameEn: role.en,
      dataScope: role.dataScope,
      permissions: [...role.permissions].sort(),
      isBuiltin: true,
    };
    if (existing[0]) await db.update(roles).set(values).where(eq(roles.id, existing[0].id));
    else await db.insert(roles).values({ townshipId: null, code: role.code, ...values });
  }
  for (const s of referenceSeeders) await s.seed(db);
}

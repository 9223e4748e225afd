import type { DbOrTx } from '../db/client.ts';

/**
 * Reference data for every environment (architecture.md "Seed data"), idempotent, run at every
 * start: each part (the organisation module's built-in roles, the calendar, dictionaries, the
 * modules' pick lists) registers itself in `referenceSeeders` (seed/register-all.ts).
 */
export type ReferenceSeeder = (db: DbOrTx) => Promise<void>;
const referenceSeeders: { name: string; seed: ReferenceSeeder }[] = [];

export function registerReferenceSeeder(name: string, seed: ReferenceSeeder): void {
  if (!referenceSeeders.some((s) => s.name === name)) referenceSeeders.push({ name, seed });
}

export async function seedReference(db: DbOrTx): Promise<void> {
  for (const s of referenceSeeders) await s.seed(db);
}

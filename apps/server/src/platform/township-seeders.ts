import type { Actor } from './audit/write-audit.ts';
import type { Tx } from './db/client.ts';

/**
 * Per-township reference data (dictionaries, compliance defaults …) is seeded when a township is
 * created, inside the same transaction. Platform parts and modules register a seeder here.
 */
export type TownshipSeeder = (tx: Tx, townshipId: string, actor: Actor) => Promise<void>;

const seeders: { name: string; seed: TownshipSeeder }[] = [];

export function registerTownshipSeeder(name: string, seed: TownshipSeeder): void {
  if (!seeders.some((s) => s.name === name)) seeders.push({ name, seed });
}

export async function runTownshipSeeders(tx: Tx, townshipId: string, actor: Actor): Promise<void> {
  for (const s of seeders) await s.seed(tx, townshipId, actor);
}

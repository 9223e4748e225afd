import { registerDictionarySeeders } from '../dictionaries/seed-dictionaries.ts';
import { seedCalendar } from '../calendar/seed-calendar.ts';
import { MODULES } from '../../modules/registry.ts';
import { registerTownshipSeeder } from '../township-seeders.ts';
import { registerDemoSeeder } from './demo.ts';
import { registerReferenceSeeder } from './reference.ts';

/**
 * Registers every reference seeder and township seeder of the platform and the modules.
 * Called once by the server start, the test setup and the CLI tools, before seeding.
 * Each part adds one line here.
 */
export function registerAllSeeders(): void {
  registerDictionarySeeders();
  registerReferenceSeeder('calendar', async (db) => {
    await seedCalendar(db);
  });
  // The modules' declared seeders (docs/modules.md).
  for (const mod of MODULES) {
    if (mod.seedReference) registerReferenceSeeder(mod.name, mod.seedReference);
    if (mod.seedTownship) registerTownshipSeeder(mod.name, mod.seedTownship);
    if (mod.seedDemo) registerDemoSeeder(mod.name, mod.seedDemo);
  }
}

import { registerDictionarySeeders } from '../dictionaries/seed-dictionaries.ts';
import { seedCalendar } from '../calendar/seed-calendar.ts';
import { registerReferenceSeeder } from './reference.ts';

/**
 * Registers every reference seeder and township seeder of the platform and the modules.
 * Called once by the server start, the test setup and the CLI tools, before seeding.
 * Each part adds one line here.
 */
export function registerAllSeeders(): void {
  // (platform parts and modules add their registration calls here)
  registerDictionarySeeders();
  registerReferenceSeeder('calendar', async (db) => { await seedCalendar(db); });
}

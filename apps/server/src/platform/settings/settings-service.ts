import { DEFAULT_SETTINGS, ZSettings, type Settings } from '@yifa/domain';
import { inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.ts';
import { settings as settingsTable } from './tables.ts';

/**
 * Reads settings with a short cache: they are read on every request (idle timeout) and change
 * rarely. Several app processes see a change within `ttlMs`.
 */
export interface SettingsService {
  get(): Promise<Settings>;
  invalidate(): void;
}

export function createSettingsService(db: Db, ttlMs = 5000): SettingsService {
  let cached: { value: Settings; at: number } | null = null;
  return {
    async get() {
      if (cached && Date.now() - cached.at < ttlMs) return cached.value;
      const value = await readSettings(db);
      cached = { value, at: Date.now() };
      return value;
    },
    invalidate() {
      cached = null;
    },
  };
}

export async function readSettings(db: DbOrTx): Promise<Settings> {
  const rows = await db
    .select()
    .from(settingsTable)
    .where(inArray(settingsTable.key, ['security', 'files']));
  const merged: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS);
  for (const row of rows) merged[row.key] = { ...(merged[row.key] as object), ...(row.value as object) };
  const parsed = ZSettings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

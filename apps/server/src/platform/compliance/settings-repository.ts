import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { complianceRuleSettings } from './tables.ts';

export type ComplianceSettingsRow = typeof complianceRuleSettings.$inferSelect;

/** Settings rows are per township; callers pass townships already checked against the caller's scope. */
export async function findSettings(db: DbOrTx, townshipId: string, ruleCode: string, year: number): Promise<ComplianceSettingsRow | null> {
  const rows = await db
    .select()
    .from(complianceRuleSettings)
    .where(
      and(
        eq(complianceRuleSettings.townshipId, townshipId),
        eq(complianceRuleSettings.ruleCode, ruleCode),
        eq(complianceRuleSettings.year, year),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function listSettings(db: DbOrTx, townshipIds: string[], year: number): Promise<ComplianceSettingsRow[]> {
  if (townshipIds.length === 0) return [];
  return db
    .select()
    .from(complianceRuleSettings)
    .where(and(inArray(complianceRuleSettings.townshipId, townshipIds), eq(complianceRuleSettings.year, year)));
}

export async function upsertSettings(
  tx: DbOrTx,
  row: { townshipId: string; ruleCode: string; year: number; isEnabled: boolean; params: unknown; updatedBy: string },
): Promise<ComplianceSettingsRow> {
  const set = { isEnabled: row.isEnabled, params: row.params, updatedAt: new Date(), updatedBy: row.updatedBy };
  const [saved] = await tx
    .insert(complianceRuleSettings)
    .values({ ...row })
    .onConflictDoUpdate({ target: [complianceRuleSettings.townshipId, complianceRuleSettings.ruleCode, complianceRuleSettings.year], set })
    .returning();
  if (!saved) throw new Error('settings upsert returned nothing');
  return saved;
}

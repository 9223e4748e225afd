import { DEFAULT_CAMPAIGNS } from '@yifa/domain/publicity';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { publicityCampaigns } from './tables.ts';

/**
 * The national publicity calendar of `year` for a township (township seeder, and the demo): the
 * themed days a township's annual 普法 plan always contains. Skipped when the year has campaigns.
 */
export async function seedCampaigns(tx: Tx, townshipId: string, year: number): Promise<void> {
  const existing = await tx
    .select({ id: publicityCampaigns.id })
    .from(publicityCampaigns)
    .where(and(eq(publicityCampaigns.townshipId, townshipId), eq(publicityCampaigns.year, year), isNull(publicityCampaigns.deletedAt)))
    .limit(1);
  if (existing.length) return;
  await tx.insert(publicityCampaigns).values(
    DEFAULT_CAMPAIGNS.map((c) => ({
      townshipId,
      orgId: townshipId,
      year,
      theme: c.theme,
      name: `${year}年${c.nameZh}`,
      startDate: `${year}-${c.start}`,
      endDate: `${year}-${c.end}`,
    })),
  );
}

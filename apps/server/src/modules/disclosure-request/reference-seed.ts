import { and, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../platform/db/client.ts';
import { recomputeRepeatLinks } from './repository.ts';
import { disclosureRequestRepeatLinks, disclosureRequests } from './tables.ts';

/**
 * Repeat requests (条例第四十四条) are found at registration and stored as links since migration 0016.
 * Requests registered before it have none: on the first start after the upgrade (no link stored at
 * all, yet at least two live requests) they are linked once. Afterwards a start costs two index probes.
 */
export async function seedDisclosureRequestReference(db: DbOrTx): Promise<void> {
  const [state] = await db
    .select({
      hasLinks: sql<boolean>`exists (${db.select({ one: sql`1` }).from(disclosureRequestRepeatLinks)})`,
      livePairs: sql<number>`(select count(*)::int from (${db
        .select({ one: sql`1` })
        .from(disclosureRequests)
        .where(and(isNull(disclosureRequests.deletedAt)))
        .limit(2)}) two)`,
    })
    .from(sql`(select 1) as probe`);
  if (state && !state.hasLinks && state.livePairs >= 2) await recomputeRepeatLinks(db as Db);
}

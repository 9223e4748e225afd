import { STATUTORY_CATALOG } from '@yifa/domain/proactive-disclosure';
import { writeAudit, type Actor } from '../../platform/audit/write-audit.ts';
import { todayInChina } from '../../platform/calendar/today.ts';
import type { Tx } from '../../platform/db/client.ts';
import { pdCatalogItems } from './tables.ts';
import { ensureBoards } from './boards.ts';
import { seedGuideSettings } from './guide-defaults.ts';

/**
 * Every new township starts with the statutory catalogue (《政府信息公开条例》第二十条 15 items,
 * 第二十一条 8 township items, 20 working days each per 第二十六条), a notice board for itself and
 * each village, and the guide's placeholders (第十二条).
 */
export async function seedProactiveDisclosureTownship(tx: Tx, townshipId: string, actor: Actor): Promise<void> {
  await tx
    .insert(pdCatalogItems)
    .values(
      STATUTORY_CATALOG.map((item, i) => ({
        townshipId,
        orgId: townshipId,
        code: item.code,
        titleZh: item.titleZh,
        titleEn: item.titleEn,
        category: item.category,
        legalBasis: item.legalBasis,
        timeLimitDays: item.timeLimitDays,
        sortOrder: (i + 1) * 10,
        isStatutory: true,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })),
    )
    .onConflictDoNothing();
  await writeAudit(tx, actor, {
    action: 'proactive-disclosure.catalog.seed',
    entityType: 'disclosureCatalogItem',
    entityId: null,
    townshipId,
    after: { items: STATUTORY_CATALOG.length },
  });
  await ensureBoards(tx, actor, townshipId, todayInChina());
  await seedGuideSettings(tx, actor, townshipId);
}

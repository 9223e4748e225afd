import type { Actor } from '../../platform/audit/write-audit.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { findGuideSettings } from './repository.ts';
import { pdGuideSettings } from './tables.ts';

/** Placeholders a new township starts from (条例第十二条 lists what the guide must give); the office fills them in. */
export async function seedGuideSettings(
  tx: DbOrTx,
  actor: Actor,
  townshipId: string,
  values: Partial<typeof pdGuideSettings.$inferInsert> = {},
): Promise<void> {
  if (await findGuideSettings(tx, townshipId)) return;
  await tx.insert(pdGuideSettings).values({
    townshipId,
    orgId: townshipId,
    officeName: '党政综合办公室（政务公开办公室）',
    address: '（请填写办公地址）',
    officeHours: '工作日上午8:30—12:00，下午14:30—17:30（法定节假日除外）',
    phone: '（请填写联系电话）',
    createdBy: actor.userId,
    updatedBy: actor.userId,
    ...values,
  });
}

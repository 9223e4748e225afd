import type { GuideSettingsInput } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit, type Actor } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { writableTownshipOf } from '../policy.ts';
import { findGuideSettings, type GuideSettingsRow } from '../repository.ts';
import { pdGuideSettings } from '../tables.ts';

export const GUIDE_ENTITY = 'disclosureGuideSettings';

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

export async function saveGuideSettings(ctx: AppContext, auth: AuthContext, input: GuideSettingsInput): Promise<GuideSettingsRow> {
  const townshipId = writableTownshipOf(auth);
  return ctx.db.transaction(async (tx) => {
    await seedGuideSettings(tx, actorOf(auth), townshipId);
    const current = (await findGuideSettings(tx, townshipId))!;
    if (current.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const { version, ...fields } = input;
    const [row] = await tx
      .update(pdGuideSettings)
      .set({
        ...fields,
        fax: fields.fax ?? null,
        email: fields.email ?? null,
        onlineContact: fields.onlineContact ?? null,
        postalCode: fields.postalCode ?? null,
        feesNote: fields.feesNote ?? null,
        extraNote: fields.extraNote ?? null,
        version: version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(pdGuideSettings.id, current.id), eq(pdGuideSettings.version, version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'proactive-disclosure.guide.save',
      entityType: GUIDE_ENTITY,
      entityId: row.id,
      townshipId,
      before: current,
      after: row,
    });
    return row;
  });
}

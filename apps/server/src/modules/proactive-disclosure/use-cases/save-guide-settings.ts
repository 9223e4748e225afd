import type { BodyOf } from '@yifa/domain';
import type { GuideSettings, proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize, resolveTownship } from '../../../platform/policy/index.ts';
import { GUIDE_ENTITY } from '../entities.ts';
import { seedGuideSettings } from '../guide-defaults.ts';
import { guideSettingsPolicy } from '../policy.ts';
import { presentGuideSettings } from '../presenter.ts';
import { findGuideSettings } from '../repository.ts';
import { pdGuideSettings } from '../tables.ts';

/** Saves the guide's settings (条例第十二条: the office, address, hours, contacts the guide must give). */
export async function saveGuideSettings(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof proactiveDisclosureApi.saveGuideSettings>,
): Promise<GuideSettings> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  authorize(guideSettingsPolicy, auth, { townshipId, orgId: townshipId }, 'update');
  const row = await ctx.db.transaction(async (tx) => {
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
  return presentGuideSettings(auth, row);
}

import type { publicityApi } from '@yifa/domain/publicity';
import { type BodyOf } from '@yifa/domain';
import { shiftToYear, type RollCampaignsResult } from '@yifa/domain/publicity';
import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize, resolveTownship } from '../../../platform/policy/index.ts';
import { calendarPolicy } from '../policy.ts';
import { publicityCampaigns } from '../tables.ts';

/**
 * Copies a year's campaigns to another year, same months and days (29 February → 28 February).
 * A campaign whose theme and name already exist in the target year is skipped, so rolling twice
 * adds nothing.
 */
export async function rollCampaigns(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof publicityApi.rollCampaigns>,
): Promise<RollCampaignsResult> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  authorize(calendarPolicy, auth, { townshipId, orgId: townshipId }, 'plan');
  return ctx.db.transaction(async (tx) => {
    const ofYear = (year: number) =>
      tx
        .select()
        .from(publicityCampaigns)
        .where(and(eq(publicityCampaigns.townshipId, townshipId), eq(publicityCampaigns.year, year), isNull(publicityCampaigns.deletedAt)));
    const [source, target] = await Promise.all([ofYear(input.fromYear), ofYear(input.toYear)]);
    const taken = new Set(target.map((c) => `${c.theme}|${c.name}`));
    const fresh = source.filter((c) => !taken.has(`${c.theme}|${c.name}`));
    if (fresh.length) {
      await tx.insert(publicityCampaigns).values(
        fresh.map((c) => ({
          townshipId,
          orgId: townshipId,
          year: input.toYear,
          theme: c.theme,
          name: c.name,
          notes: c.notes,
          startDate: shiftToYear(c.startDate, input.toYear),
          endDate: shiftToYear(c.endDate, input.toYear),
          createdBy: auth.user.id,
          updatedBy: auth.user.id,
        })),
      );
    }
    const result = { created: fresh.length, skipped: source.length - fresh.length };
    await writeAudit(tx, actorOf(auth), {
      action: 'publicity.campaign.roll',
      entityType: 'publicityCampaign',
      entityId: townshipId,
      townshipId,
      after: { ...input, ...result },
    });
    return result;
  });
}

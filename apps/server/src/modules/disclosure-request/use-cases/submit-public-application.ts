import type { ApplicantInput } from '@yifa/domain/disclosure-request';
import { SYSTEM_ACTOR } from '../../../platform/audit/write-audit.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { orgsOfTownship } from '../../organisation/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { insertRequest } from '../insert-request.ts';
import type { RequestRow } from '../repository.ts';
import { hashTrackingSecret, newTrackingSecret } from '../tracking-secret.ts';

/**
 * The office that handles applications (条例第四条: 政府信息公开工作机构): the township's 党政综合办公室
 * when it has one, else the township itself.
 */
async function ogiOffice(ctx: AppContext, townshipId: string): Promise<string> {
  const rows = await orgsOfTownship(ctx.db, townshipId, { kinds: ['department'], order: 'sortOrder' });
  return rows.find((o) => o.name.includes('党政综合办'))?.id ?? townshipId;
}

/**
 * An application made online by a member of the public (no account). It arrives awaiting confirmation:
 * the receipt date is the day staff confirm it with the applicant (条例第三十一条第（三）项). Only an HMAC of
 * the tracking secret is stored.
 */
export async function submitPublicApplication(
  ctx: AppContext,
  townshipId: string,
  applicant: ApplicantInput,
): Promise<{ row: RequestRow; secret: string }> {
  const secret = newTrackingSecret();
  const orgId = await ogiOffice(ctx, townshipId);
  const row = await ctx.db.transaction((tx) =>
    insertRequest(
      tx,
      ctx.secrets,
      { ...SYSTEM_ACTOR, name: '网络申请', townshipId },
      {
        townshipId,
        orgId,
        channel: 'online',
        arrivedOn: todayInChina(),
        confirmedOn: null,
        applicant,
        trackingSecretHash: hashTrackingSecret(ctx, secret),
        handlerId: null,
      },
    ),
  );
  return { row, secret };
}

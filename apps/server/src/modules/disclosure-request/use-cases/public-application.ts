import crypto from 'node:crypto';
import type { ApplicantInput } from '@yifa/domain';
import { SYSTEM_ACTOR } from '../../../platform/audit/write-audit.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { orgsOfTownship } from '../../organisation/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { findByTracking, type RequestRow } from '../repository.ts';
import { insertRequest } from './register-request.ts';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newSecret(): string {
  const chars = Array.from({ length: 12 }, () => SECRET_ALPHABET[crypto.randomInt(SECRET_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

const hashSecret = (ctx: AppContext, secret: string) => ctx.secrets.fingerprint(`disclosure-request-tracking:${secret.toUpperCase()}`);

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
  const secret = newSecret();
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
        trackingSecretHash: hashSecret(ctx, secret),
        handlerId: null,
      },
    ),
  );
  return { row, secret };
}

export async function trackPublicApplication(
  ctx: AppContext,
  townshipId: string,
  number: string,
  secret: string,
): Promise<RequestRow | null> {
  return findByTracking(ctx.db, townshipId, number, hashSecret(ctx, secret));
}

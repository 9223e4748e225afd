import type { BodyOf, QueryOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { findOrgInTownship } from '../../organisation/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { insertRequest } from '../insert-request.ts';
import type { RequestRow } from '../repository.ts';
import { assertStepDate } from '../request-step.ts';

/** Staff register an application received in person, by post, online or by fax (条例第二十九条、第三十一条). */
export async function registerRequest(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof disclosureRequestApi.register>,
  input: BodyOf<typeof disclosureRequestApi.register>,
): Promise<RequestRow> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'write');
  // 条例第三十一条: the application arrived by today, and is received (confirmed) on or after it arrived.
  assertStepDate([], 'arrived', input.arrivedOn, 'arrivedOn');
  if (input.confirmedOn) assertStepDate([{ kind: 'arrived', date: input.arrivedOn }], 'received', input.confirmedOn, 'confirmedOn');
  return ctx.db.transaction(async (tx) => {
    const orgId = input.orgId ?? auth.user.orgId ?? townshipId;
    const org = await findOrgInTownship(tx, orgId, townshipId);
    if (!org || (auth.scope.orgIds !== null && !auth.scope.orgIds.includes(org.id))) {
      throw new AppError('RECORD.NOT_FOUND', { invalidParams: [{ name: 'body.orgId', code: 'unknown', reason: '承办机构不存在' }] });
    }
    return insertRequest(tx, ctx.secrets, actorOf(auth), {
      townshipId,
      orgId: org.id,
      channel: input.channel,
      arrivedOn: input.arrivedOn,
      confirmedOn: input.confirmedOn ?? null,
      applicant: input.applicant,
      trackingSecretHash: null,
      handlerId: auth.user.id,
    });
  });
}

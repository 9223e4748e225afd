import { receiptDateOf, type ApplicantInput, type ReceiptChannel, type RegisterRequest } from '@yifa/domain';
import { writeAudit, type Actor } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { Secrets } from '../../../platform/crypto/secrets.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { findOrgInTownship } from '../../organisation/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { canWriteTownship } from '../../../platform/scope/data-scope.ts';
import { requestAuditView, sealApplicant } from '../presenter.ts';
import { assertStepDate } from './request-step.ts';
import { nextNumber, type RequestRow } from '../repository.ts';
import { disclosureRequestEvents, disclosureRequests } from '../tables.ts';
import { syncClock } from './sync-clock.ts';

export interface NewRequest {
  townshipId: string;
  orgId: string;
  channel: ReceiptChannel;
  arrivedOn: string;
  confirmedOn: string | null;
  applicant: ApplicantInput;
  trackingSecretHash: string | null;
  handlerId: string | null;
}

/** Inserts a request with its receipt date per 条例第三十一条, its 'received' event when received, and its deadlines. */
export async function insertRequest(tx: Tx, secrets: Secrets, actor: Actor, input: NewRequest): Promise<RequestRow> {
  const { receivedOn, ruleZh } = receiptDateOf(input.channel, input.arrivedOn, input.confirmedOn);
  const a = input.applicant;
  const number = await nextNumber(tx, input.townshipId, Number((receivedOn ?? input.arrivedOn).slice(0, 4)));
  const [row] = await tx
    .insert(disclosureRequests)
    .values({
      townshipId: input.townshipId,
      orgId: input.orgId,
      number,
      trackingSecretHash: input.trackingSecretHash,
      channel: input.channel,
      arrivedOn: input.arrivedOn,
      confirmedOn: receivedOn && input.confirmedOn ? input.confirmedOn : null,
      receivedOn,
      receiptRuleZh: ruleZh,
      status: receivedOn ? 'inProgress' : 'awaitingConfirmation',
      applicantKind: a.applicantKind,
      applicantName: a.applicantName,
      contactPerson: a.contactPerson,
      creditCode: a.applicantKind === 'natural' ? null : a.creditCode,
      email: a.email,
      ...sealApplicant(secrets, { ...a, idNumber: a.applicantKind === 'natural' ? a.idNumber : null }),
      description: a.description,
      forms: a.forms,
      deliveryMethod: a.deliveryMethod,
      handlerId: input.handlerId,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    })
    .returning();
  if (receivedOn) {
    await tx.insert(disclosureRequestEvents).values({
      townshipId: input.townshipId,
      requestId: row!.id,
      kind: 'received',
      on: receivedOn,
      data: { channel: input.channel, arrivedOn: input.arrivedOn },
      createdBy: actor.userId,
    });
  }
  const synced = await syncClock(tx, actor, row!);
  await writeAudit(tx, actor, {
    action: 'disclosure-request.register',
    entityType: 'disclosureRequest',
    entityId: row!.id,
    townshipId: input.townshipId,
    after: requestAuditView(synced),
  });
  return synced;
}

/** Staff register an application received in person, by post, online or by fax (条例第二十九条、第三十一条). */
export async function registerRequest(ctx: AppContext, auth: AuthContext, input: RegisterRequest): Promise<RequestRow> {
  const townshipId = auth.user.townshipId;
  if (!townshipId || !canWriteTownship(auth.scope, townshipId)) throw new AppError('AUTH.FORBIDDEN', { detail: 'no township' });
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

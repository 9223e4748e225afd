import { type ReceiptChannel } from '@yifa/domain/disclosure-request';
import { receiptDateOf, type ApplicantInput } from '@yifa/domain/disclosure-request';
import { writeAudit, type Actor } from '../../platform/audit/write-audit.ts';
import type { Secrets } from '../../platform/crypto/secrets.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requestAuditView, sealApplicant } from './presenter.ts';
import { linkRepeats } from './repeat-links.ts';
import { nextNumber, type RequestRow } from './repository.ts';
import { disclosureRequestEvents, disclosureRequests } from './tables.ts';
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

/**
 * Inserts a request with its receipt date per 条例第三十一条, its 'received' event when received, its
 * links to the township's similar requests (条例第四十四条, repeat-links.ts) and its deadlines.
 */
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
  await linkRepeats(tx, row!);
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

import { maskAddress, maskIdNumber, maskPersonal, maskPhone } from '@yifa/domain';
import {
  type ApplicantKind,
  type OutcomeCode,
  type ReceiptChannel,
  type ReviewKind,
  type ReviewResult,
} from '@yifa/domain/disclosure-request';
import {
  isCarriedOver,
  requestWorkflow,
  type ApplicantInput,
  type ClockView,
  type DeliveryMethod,
  type DisclosureRequestDetail,
  type DisclosureRequestSummary,
  type DisclosureReview,
  type InformationForm,
  type RequestFacts,
  type RequestStatus,
} from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import type { Secrets } from '../../platform/crypto/secrets.ts';
import { requestPolicy, reviewPolicy } from './policy.ts';
import type { RequestEventRow, RequestListRow, RequestRow, ReviewRow } from './repository.ts';

/** Encrypts the applicant's personal data, with a masked copy and an HMAC of the ID number (个人信息保护法第五十一条). */
export function sealApplicant(secrets: Secrets, a: Pick<ApplicantInput, 'idNumber' | 'phone' | 'address'>) {
  return {
    idNumberEnc: a.idNumber ? secrets.encrypt(a.idNumber) : null,
    idNumberMasked: a.idNumber ? maskIdNumber(a.idNumber) : null,
    idNumberHash: a.idNumber ? secrets.fingerprint(a.idNumber) : null,
    phoneEnc: a.phone ? secrets.encrypt(a.phone) : null,
    phoneMasked: a.phone ? maskPhone(a.phone) : null,
    addressEnc: a.address ? secrets.encrypt(a.address) : null,
    addressMasked: a.address ? maskAddress(a.address) : null,
  };
}

/** A row of the list (its overdue flag computed in SQL), or the record itself (the detail). */
export function presentSummary(row: RequestListRow | RequestRow, today: string): DisclosureRequestSummary {
  return {
    id: row.id,
    number: row.number,
    orgId: row.orgId,
    channel: row.channel as ReceiptChannel,
    arrivedOn: row.arrivedOn,
    receivedOn: row.receivedOn,
    status: row.status as RequestStatus,
    applicantKind: row.applicantKind as ApplicantKind,
    applicantName: row.applicantName,
    description: row.description,
    replyDueOn: row.replyDueOn,
    isOverdue: 'isOverdue' in row ? row.isOverdue : row.status !== 'replied' && !!row.replyDueOn && row.replyDueOn < today,
    isCarriedOver: isCarriedOver(row, today),
    isRepeatCandidate: row.isRepeatCandidate,
    outcome: row.outcome as OutcomeCode | null,
    closedOn: row.closedOn,
    version: row.version,
  };
}

export function presentReview(r: ReviewRow, auth: AuthContext): DisclosureReview {
  return {
    id: r.id,
    requestId: r.requestId,
    kind: r.kind as ReviewKind,
    filedOn: r.filedOn,
    authority: r.authority,
    result: r.result as ReviewResult,
    decidedOn: r.decidedOn,
    note: r.note,
    version: r.version,
    abilities: reviewPolicy.abilities(auth, r),
  };
}

export interface DetailExtras {
  events: RequestEventRow[];
  reviews: ReviewRow[];
  clock: { reply: ClockView | null; clarificationNotice: ClockView | null; correction: ClockView | null };
  /** What the clerk must be told about the clock (a late clarification notice, an extension approved too late). */
  warningsZh: string[];
  repeats: { id: string; number: string; description: string }[];
  proofFileIds: string[];
  /** What the workflow knows of the request (request-facts.ts). */
  facts: RequestFacts;
}

/**
 * Personal data (PERSONAL_FIELD_MASKS: ID number, phone, address, email) from the masked copies, or in
 * clear when `secrets` is given (the caller checked the permission and audits the view). The email is
 * stored in clear, so it is masked here (个人信息保护法第五十一条).
 */
export function presentDetail(
  auth: AuthContext,
  row: RequestRow,
  today: string,
  x: DetailExtras,
  secrets: Secrets | null,
): DisclosureRequestDetail {
  const reveal = (enc: string | null, masked: string | null) => (secrets ? (enc ? secrets.decrypt(enc) : null) : masked);
  return {
    ...presentSummary(row, today),
    confirmedOn: row.confirmedOn,
    receiptRuleZh: row.receiptRuleZh,
    contactPerson: row.contactPerson,
    idNumber: reveal(row.idNumberEnc, row.idNumberMasked),
    creditCode: row.creditCode,
    phone: reveal(row.phoneEnc, row.phoneMasked),
    address: reveal(row.addressEnc, row.addressMasked),
    email: secrets ? row.email : maskPersonal('email', row.email),
    isMasked: !secrets,
    forms: row.forms as InformationForm[],
    deliveryMethod: row.deliveryMethod as DeliveryMethod,
    isOnline: row.trackingSecretHash !== null,
    clock: x.clock,
    warningsZh: x.warningsZh,
    extension: {
      days: row.extensionDays,
      reason: row.extensionReason,
      isApproved: row.extensionApprovedOn !== null,
      approvedOn: row.extensionApprovedOn,
      notifiedOn: row.extensionNotifiedOn,
    },
    reply: {
      outcome: row.outcome as OutcomeCode | null,
      reasons: row.reasons,
      publishedLocation: row.publishedLocation,
      responsibleAgency: row.responsibleAgency,
      letterText: row.letterText,
      isIssued: row.letterIssuedAt !== null,
    },
    delivery: {
      method: row.deliveredBy as DeliveryMethod | null,
      deliveredOn: row.deliveredOn,
      note: row.deliveryNote,
      proofFileIds: x.proofFileIds,
    },
    events: x.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      on: e.on,
      data: e.data as Record<string, unknown>,
      createdAt: e.createdAt.toISOString(),
    })),
    reviews: x.reviews.map((r) => presentReview(r, auth)),
    repeats: x.repeats,
    abilities: requestPolicy.abilities(auth, row),
    allowedSteps: requestWorkflow.allowedSteps(row.status as RequestStatus, x.facts),
    openConsultationId: x.facts.openConsultationId,
  };
}

/** What the audit log keeps of a request: never the clear personal data. */
export function requestAuditView(r: RequestRow) {
  return {
    number: r.number,
    status: r.status,
    channel: r.channel,
    arrivedOn: r.arrivedOn,
    receivedOn: r.receivedOn,
    applicantKind: r.applicantKind,
    applicantName: r.applicantName,
    idNumber: r.idNumberMasked,
    phone: r.phoneMasked,
    address: r.addressMasked,
    replyDueOn: r.replyDueOn,
    extensionDays: r.extensionDays,
    extensionApprovedOn: r.extensionApprovedOn,
    outcome: r.outcome,
    closedOn: r.closedOn,
    deliveredOn: r.deliveredOn,
  };
}

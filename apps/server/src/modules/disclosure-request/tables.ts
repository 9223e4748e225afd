import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

/**
 * An application for government information (依申请公开, 《政府信息公开条例》第二十七条至第四十五条).
 * Personal data of the applicant (ID number, phone, address) is encrypted with a masked copy
 * (个人信息保护法第五十一条). The receipt date that starts the clock follows 第三十一条 and is stored with
 * the rule applied, next to the arrival date.
 */
export const disclosureRequests = pgTable(
  'disclosure_requests',
  {
    id: idColumn(),
    ...businessColumns(),
    /** Tracking number shown to the applicant, e.g. YSQ2026-0007. */
    number: text('number').notNull(),
    /** HMAC of the secret given to an online applicant; never the secret itself. */
    trackingSecretHash: text('tracking_secret_hash'),
    channel: text('channel').notNull(),
    arrivedOn: date('arrived_on').notNull(),
    confirmedOn: date('confirmed_on'),
    /** 第三十一条: null while an online / ordinary-mail / fax application awaits confirmation. */
    receivedOn: date('received_on'),
    receiptRuleZh: text('receipt_rule_zh').notNull(),
    status: text('status').notNull(),
    applicantKind: text('applicant_kind').notNull(),
    applicantName: text('applicant_name').notNull(),
    contactPerson: text('contact_person'),
    idNumberEnc: text('id_number_enc'),
    idNumberMasked: text('id_number_masked'),
    idNumberHash: text('id_number_hash'),
    creditCode: text('credit_code'),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    addressEnc: text('address_enc'),
    addressMasked: text('address_masked'),
    email: text('email'),
    description: text('description').notNull(),
    forms: text('forms').array().notNull(),
    deliveryMethod: text('delivery_method').notNull(),
    handlerId: uuid('handler_id'),
    /** The module's copy of the platform deadline, for lists and the overdue count. */
    replyDueOn: date('reply_due_on'),
    clockTextZh: text('clock_text_zh'),
    extensionDays: integer('extension_days'),
    extensionReason: text('extension_reason'),
    extensionRequestedBy: uuid('extension_requested_by'),
    extensionApprovedBy: uuid('extension_approved_by'),
    extensionApprovedOn: date('extension_approved_on'),
    extensionNotifiedOn: date('extension_notified_on'),
    outcome: text('outcome'),
    reasons: text('reasons'),
    publishedLocation: text('published_location'),
    responsibleAgency: text('responsible_agency'),
    /** Draft of the reply letter (告知书), editable until issued; frozen when issued. */
    letterText: text('letter_text'),
    letterIssuedAt: timestamp('letter_issued_at', { withTimezone: true }),
    closedOn: date('closed_on'),
    deliveredBy: text('delivered_by'),
    deliveredOn: date('delivered_on'),
    deliveryNote: text('delivery_note'),
  },
  (t) => [
    check(
      'disclosure_requests_status_check',
      sql`${t.status} in ('awaitingConfirmation', 'inProgress', 'awaitingCorrection', 'consulting', 'replied')`,
    ),
    uniqueIndex('disclosure_requests_number_uq').on(t.townshipId, t.number),
    index('disclosure_requests_township_received_idx').on(t.townshipId, t.receivedOn),
    index('disclosure_requests_township_status_idx')
      .on(t.townshipId, t.status)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/**
 * What happened to a request, in order: the events the statutory clock is computed from
 * (received, clarificationRequested, correctionReceived, reviewedComplete, consultationStarted,
 * consultationAnswered, extended, replied) and the other steps shown in its history.
 */
export const disclosureRequestEvents = pgTable(
  'disclosure_request_events',
  {
    id: idColumn(),
    townshipId: uuid('township_id').notNull(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => disclosureRequests.id),
    kind: text('kind').notNull(),
    on: date('on').notNull(),
    data: jsonb('data').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [index('disclosure_request_events_request_idx').on(t.requestId, t.createdAt)],
);

/** Administrative reconsideration and litigation about a request (annual report table 4). */
export const disclosureReviews = pgTable(
  'disclosure_reviews',
  {
    id: idColumn(),
    ...businessColumns(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => disclosureRequests.id),
    kind: text('kind').notNull(),
    filedOn: date('filed_on').notNull(),
    authority: text('authority'),
    result: text('result').notNull(),
    decidedOn: date('decided_on'),
    note: text('note'),
  },
  (t) => [
    check('disclosure_reviews_kind_check', sql`${t.kind} in ('review', 'litigationDirect', 'litigationAfterReview')`),
    check('disclosure_reviews_result_check', sql`${t.result} in ('maintained', 'corrected', 'other', 'pending')`),
    index('disclosure_reviews_township_filed_idx').on(t.townshipId, t.filedOn),
    index('disclosure_reviews_request_idx').on(t.requestId),
  ],
);

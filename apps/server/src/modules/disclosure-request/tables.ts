import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
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
    /**
     * In a stored repeat link with a live request (either side, disclosure_request_repeat_links): the
     * list's 重复申请 flag and filter. Kept by registration and deletion (repeat-links.ts) under the
     * township's repeat lock; rebuilt by recomputeRepeatLinks.
     */
    isRepeatCandidate: boolean('is_repeat_candidate').notNull().default(false),
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
    // The list's order (requestListOrder), led by the township so a township's page and the county's
    // are one index range each; also the repeat check's window (township, arrival dates).
    index('disclosure_requests_list_idx')
      .on(t.townshipId, t.arrivedOn, t.number, t.id)
      .where(sql`${t.deletedAt} is null`),
    // The 重复申请 filter: the list's order over the requests flagged as repeats only.
    index('disclosure_requests_repeat_list_idx')
      .on(t.townshipId, t.arrivedOn, t.number, t.id)
      .where(sql`${t.deletedAt} is null and ${t.isRepeatCandidate}`),
    // The overdue count and filter: open requests only, a small set however long the history.
    index('disclosure_requests_open_due_idx')
      .on(t.townshipId, t.replyDueOn)
      .where(sql`${t.deletedAt} is null and ${t.status} <> 'replied'`),
  ],
);

/**
 * A request that asks for the same information as an earlier one of the same township within 12
 * months (《政府信息公开条例》第四十四条: candidates for proactive disclosure). Found once, when the
 * later one is registered (repeat-links.ts), and stored, so no list compares descriptions.
 * `earlierId` is the one registered before; both are shown as repeats of each other.
 */
export const disclosureRequestRepeatLinks = pgTable(
  'disclosure_request_repeat_links',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => disclosureRequests.id),
    earlierId: uuid('earlier_id')
      .notNull()
      .references(() => disclosureRequests.id),
    townshipId: uuid('township_id').notNull(),
    /** Bigram Jaccard index of the two normalised descriptions (≥ REPEAT_SIMILARITY_THRESHOLD). */
    similarity: real('similarity').notNull(),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.earlierId] }),
    check('disclosure_request_repeat_links_not_self', sql`${t.requestId} <> ${t.earlierId}`),
    index('disclosure_request_repeat_links_earlier_idx').on(t.earlierId),
    // The list's 重复申请 filter reads the links of the scope's townships once.
    index('disclosure_request_repeat_links_township_idx').on(t.townshipId),
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

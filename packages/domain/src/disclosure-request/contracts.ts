import { z } from 'zod';
import { ZDateOfRecord, ZIsoDate } from '../calendar/types.ts';
import { pageQueryFields, zKeysetPage } from '../platform/paging.ts';
import { isValidIdNumber, isValidPhone } from '../platform/personal-data.ts';
import { zAbilities } from '../platform/abilities.ts';
import { isValidCreditCode } from './credit-code.ts';
import { REQUEST_ABILITIES, REQUEST_STEPS, DISCLOSURE_REVIEW_ABILITIES } from './workflow.ts';
import {
  APPLICANT_KIND_CODES,
  OUTCOME_CODES,
  RECEIPT_CHANNEL_CODES,
  REVIEW_KIND_CODES,
  REVIEW_RESULT_CODES,
  type ApplicantKind,
  type OutcomeCode,
  type ReceiptChannel,
  type ReviewKind,
  type ReviewResult,
} from './outcomes.ts';

// zod contracts of the disclosure-request module: request schemas are .strict(); Chinese messages for the user.

export const REQUEST_STATUSES = {
  awaitingConfirmation: { zh: '待确认', en: 'Awaiting confirmation' },
  inProgress: { zh: '办理中', en: 'In progress' },
  awaitingCorrection: { zh: '待补正', en: 'Awaiting correction' },
  consulting: { zh: '征求意见中', en: 'Consulting' },
  replied: { zh: '已答复', en: 'Replied' },
} as const;
export type RequestStatus = keyof typeof REQUEST_STATUSES;
export const REQUEST_STATUS_CODES = Object.keys(REQUEST_STATUSES) as RequestStatus[];

/** 条例第二十九条第二款第（三）项: the form wanted and how it is to be delivered; 第四十条. */
export const INFORMATION_FORMS = {
  paper: { zh: '纸质文本', en: 'Paper' },
  electronic: { zh: '电子数据', en: 'Electronic data' },
  viewCopy: { zh: '查阅、抄录', en: 'Inspect and copy' },
} as const;
export const DELIVERY_METHODS = {
  pickUp: { zh: '当面领取', en: 'Collect in person' },
  post: { zh: '邮寄', en: 'Post' },
  email: { zh: '电子邮件', en: 'Email' },
  fax: { zh: '传真', en: 'Fax' },
} as const;
export type InformationForm = keyof typeof INFORMATION_FORMS;
export type DeliveryMethod = keyof typeof DELIVERY_METHODS;
const FORM_CODES = Object.keys(INFORMATION_FORMS) as [InformationForm, ...InformationForm[]];
const DELIVERY_CODES = Object.keys(DELIVERY_METHODS) as [DeliveryMethod, ...DeliveryMethod[]];

const text = (max: number, label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const ZEmailFormat = z.email();

/** What 条例第二十九条第二款 requires of an application; shared by the staff and the public form. */
export const ZApplicantInput = z
  .object({
    applicantKind: z.enum(APPLICANT_KIND_CODES as [ApplicantKind, ...ApplicantKind[]], { error: '请选择申请人类型' }),
    applicantName: text(100, '申请人姓名或名称'),
    /** A natural person's citizen ID number (GB 11643). */
    idNumber: optionalText(18, '身份证件号码').transform((v) => (v ? v.toUpperCase() : null)),
    /** An organisation's unified social credit code (GB 32100). */
    creditCode: optionalText(18, '统一社会信用代码').transform((v) => (v ? v.toUpperCase() : null)),
    /** An organisation's contact person or legal representative. */
    contactPerson: optionalText(50, '联系人'),
    phone: optionalText(20, '联系电话'),
    address: optionalText(200, '通信地址'),
    // A text with a maximum first (the form reads its limit from it), then the address format.
    email: optionalText(100, '电子邮箱').refine((v) => v === null || ZEmailFormat.safeParse(v).success, '电子邮箱格式不正确'),
    description: text(2000, '所需政府信息的名称、文号或便于查询的其他特征性描述'),
    forms: z
      .array(z.enum(FORM_CODES, { error: '信息的形式要求不正确' }))
      .min(1, '请至少选择一种信息形式')
      .max(3),
    deliveryMethod: z.enum(DELIVERY_CODES, { error: '请选择获取信息的方式' }),
  })
  .superRefine((v, ctx) => {
    // 条例第二十九条第二款第（一）项: identity proof and contact details.
    if (v.applicantKind === 'natural') {
      if (!v.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '自然人申请须填写身份证件号码' });
      else if (!isValidIdNumber(v.idNumber))
        ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码不正确（校验位不符）' });
    } else if (!v.creditCode) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '法人或其他组织申请须填写统一社会信用代码' });
    else if (!isValidCreditCode(v.creditCode))
      ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '统一社会信用代码不正确（校验位不符）' });
    if (v.phone && !isValidPhone(v.phone)) ctx.addIssue({ code: 'custom', path: ['phone'], message: '联系电话格式不正确' });
    if (!v.phone && !v.address && !v.email)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: '请至少填写一种联系方式（电话、地址或电子邮箱）' });
    if (v.deliveryMethod === 'post' && !v.address)
      ctx.addIssue({ code: 'custom', path: ['address'], message: '选择邮寄的，请填写通信地址' });
    if (v.deliveryMethod === 'email' && !v.email)
      ctx.addIssue({ code: 'custom', path: ['email'], message: '选择电子邮件的，请填写电子邮箱' });
  });
export type ApplicantInput = z.infer<typeof ZApplicantInput>;

/** Staff register an application received in person, by post, online or by fax (条例第三十一条). */
export const ZRegisterRequest = z
  .object({
    orgId: z.uuid('编号格式不正确').optional(),
    channel: z.enum(RECEIPT_CHANNEL_CODES as [ReceiptChannel, ...ReceiptChannel[]], { error: '请选择申请渠道' }),
    /** The day it arrived (handed in, signed for, or arrived by post / fax / online). */
    arrivedOn: ZDateOfRecord,
    /** Ordinary mail, online, fax: the day the office confirmed with the applicant (第三十一条第（二）（三）项). */
    confirmedOn: ZDateOfRecord.optional().nullable(),
    applicant: ZApplicantInput,
  })
  .strict();
export type RegisterRequest = z.infer<typeof ZRegisterRequest>;

export const ZConfirmReceipt = z.object({ confirmedOn: ZDateOfRecord, version: z.number().int() }).strict();
export const ZRequestClarification = z
  .object({
    noticeOn: ZDateOfRecord,
    correctBy: ZIsoDate,
    /** 条例第三十条: one consolidated notice saying what is to be corrected. */
    itemsToCorrect: text(1000, '需要补正的事项'),
    version: z.number().int(),
  })
  .strict()
  .refine((v) => v.correctBy > v.noticeOn, { path: ['correctBy'], message: '补正期限须晚于通知日期' });
export const ZRecordCorrection = z
  .object({ receivedOn: ZDateOfRecord, description: optionalText(2000, '补正后的描述'), version: z.number().int() })
  .strict();
export const ZReviewComplete = z.object({ on: ZDateOfRecord, version: z.number().int() }).strict();
export const ZStartConsultation = z
  .object({
    party: z.enum(['thirdParty', 'agency'], { error: '请选择征求意见对象' }),
    partyName: text(100, '征求意见对象'),
    startedOn: ZDateOfRecord,
    version: z.number().int(),
  })
  .strict();
export const ZAnswerConsultation = z
  .object({
    answeredOn: ZDateOfRecord,
    answerSummary: optionalText(1000, '意见摘要'),
    /** 第三十二条: a reasoned objection of the third party. */
    isObjection: z.boolean().optional().default(false),
    version: z.number().int(),
  })
  .strict();
export const ZRequestExtension = z
  .object({
    days: z
      .number({ error: '延长天数必须是数字' })
      .int('延长天数必须是整数')
      .min(1, '至少延长1个工作日')
      .max(20, '延长不得超过20个工作日（条例第三十三条第二款）'),
    reason: text(500, '延长理由'),
    version: z.number().int(),
  })
  .strict();
export const ZApproveExtension = z
  .object({
    approvedOn: ZDateOfRecord,
    /** The applicant must be told (第三十三条第二款). */
    applicantNotifiedOn: ZDateOfRecord,
    version: z.number().int(),
  })
  .strict();
export const ZSaveReplyDraft = z
  .object({
    outcome: z.enum(OUTCOME_CODES as [OutcomeCode, ...OutcomeCode[]], { error: '请选择答复结果' }),
    reasons: optionalText(2000, '理由'),
    publishedLocation: optionalText(500, '已公开信息的获取途径'),
    responsibleAgency: optionalText(200, '负责公开该信息的机关'),
    /** The letter text, edited by staff; null = regenerate from the template. */
    letterText: optionalText(20000, '告知书正文'),
    version: z.number().int(),
  })
  .strict();
export const ZIssueReply = z.object({ repliedOn: ZDateOfRecord, version: z.number().int() }).strict();
export const ZRecordDelivery = z
  .object({
    method: z.enum(DELIVERY_CODES, { error: '请选择送达方式' }),
    deliveredOn: ZDateOfRecord,
    proofFileIds: z.array(z.uuid('编号格式不正确')).max(10).default([]),
    note: optionalText(500, '备注'),
    version: z.number().int(),
  })
  .strict();
export const ZCloseNoCorrection = z.object({ closedOn: ZDateOfRecord, version: z.number().int() }).strict();

const reviewFields = {
  kind: z.enum(REVIEW_KIND_CODES as [ReviewKind, ...ReviewKind[]], { error: '请选择类别' }),
  filedOn: ZDateOfRecord,
  authority: optionalText(100, '复议机关或法院'),
  result: z.enum(REVIEW_RESULT_CODES as [ReviewResult, ...ReviewResult[]], { error: '请选择结果' }),
  decidedOn: ZDateOfRecord.optional().nullable(),
  note: optionalText(500, '备注'),
};
function checkReview(v: { result: ReviewResult; filedOn: string; decidedOn?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (v.result === 'pending' && v.decidedOn) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: '尚未审结的不应填写审结日期' });
  if (v.result !== 'pending' && !v.decidedOn) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: '请填写审结日期' });
  if (v.decidedOn && v.decidedOn < v.filedOn) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: '审结日期不能早于提起日期' });
}
export const ZSaveReview = z.object(reviewFields).strict().superRefine(checkReview);
export const ZUpdateReview = z
  .object({ ...reviewFields, version: z.number().int() })
  .strict()
  .superRefine(checkReview);
export type SaveReview = z.infer<typeof ZSaveReview>;

export const ZRequestListQuery = z
  .object({
    status: z.enum(REQUEST_STATUS_CODES as [RequestStatus, ...RequestStatus[]]).optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    q: z.string().trim().max(100).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    repeats: z.enum(['true', 'false']).optional(),
    ...pageQueryFields(),
  })
  .strict();
export type RequestListQuery = z.infer<typeof ZRequestListQuery>;

// ── Responses (complete: Fastify's serializer drops a field a schema does not name) ──────────
const ZOutcome = z.enum(OUTCOME_CODES as [OutcomeCode, ...OutcomeCode[]]);
const ZDelivery = z.enum(DELIVERY_CODES);

export const ZRequestSummary = z.object({
  id: z.string(),
  number: z.string(),
  orgId: z.string(),
  channel: z.enum(RECEIPT_CHANNEL_CODES as [ReceiptChannel, ...ReceiptChannel[]]),
  arrivedOn: z.string(),
  receivedOn: z.string().nullable(),
  status: z.enum(REQUEST_STATUS_CODES as [RequestStatus, ...RequestStatus[]]),
  applicantKind: z.enum(APPLICANT_KIND_CODES as [ApplicantKind, ...ApplicantKind[]]),
  applicantName: z.string(),
  description: z.string(),
  replyDueOn: z.string().nullable(),
  isOverdue: z.boolean(),
  /** Open at 31 December of the year it was received in: carried over (结转, carry-over.ts). */
  isCarriedOver: z.boolean(),
  /** Linked to a similar application of the same township within 12 months (条例第四十四条; stored links, found at registration). */
  isRepeatCandidate: z.boolean(),
  outcome: ZOutcome.nullable(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
});
export type DisclosureRequestSummary = z.infer<typeof ZRequestSummary>;

/** One page of the list (keyset paging), with the count of overdue requests in the caller's scope. */
export const ZRequestPage = zKeysetPage(ZRequestSummary).extend({ overdueCount: z.number().int() });
export type DisclosureRequestPage = z.infer<typeof ZRequestPage>;

export const ZRequestEvent = z.object({
  id: z.string(),
  /** received, reviewedComplete, clarificationRequested, correctionReceived, consultationStarted, consultationAnswered, extended, replied, delivered. */
  kind: z.string(),
  on: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string().meta({ format: 'date-time' }),
});
export type DisclosureRequestEvent = z.infer<typeof ZRequestEvent>;

export const ZReview = z.object({
  id: z.string(),
  requestId: z.string(),
  kind: z.enum(REVIEW_KIND_CODES as [ReviewKind, ...ReviewKind[]]),
  filedOn: z.string(),
  authority: z.string().nullable(),
  result: z.enum(REVIEW_RESULT_CODES as [ReviewResult, ...ReviewResult[]]),
  decidedOn: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  abilities: zAbilities(DISCLOSURE_REVIEW_ABILITIES),
});
export type DisclosureReview = z.infer<typeof ZReview>;

export const ZClockView = z.object({
  dueDate: z.string().nullable(),
  isProvisional: z.boolean(),
  explanationZh: z.string(),
  isOpen: z.boolean(),
});
export type ClockView = z.infer<typeof ZClockView>;

export const ZRequestDetail = ZRequestSummary.extend({
  confirmedOn: z.string().nullable(),
  receiptRuleZh: z.string(),
  contactPerson: z.string().nullable(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  /** Personal data masked (the default), or shown in clear (`unmasked=true`, audited). */
  isMasked: z.boolean(),
  forms: z.array(z.enum(FORM_CODES)),
  deliveryMethod: ZDelivery,
  isOnline: z.boolean(),
  clock: z.object({ reply: ZClockView.nullable(), clarificationNotice: ZClockView.nullable(), correction: ZClockView.nullable() }),
  /** What the clerk must be told about the clock, in Chinese: a clarification notice sent after the 7 working
   * days of 条例第三十条, an extension approved after the reply was due (第三十三条第二款). */
  warningsZh: z.array(z.string()),
  extension: z.object({
    days: z.number().int().nullable(),
    reason: z.string().nullable(),
    isApproved: z.boolean(),
    approvedOn: z.string().nullable(),
    notifiedOn: z.string().nullable(),
  }),
  reply: z.object({
    outcome: ZOutcome.nullable(),
    reasons: z.string().nullable(),
    publishedLocation: z.string().nullable(),
    responsibleAgency: z.string().nullable(),
    letterText: z.string().nullable(),
    isIssued: z.boolean(),
  }),
  delivery: z.object({
    method: ZDelivery.nullable(),
    deliveredOn: z.string().nullable(),
    note: z.string().nullable(),
    proofFileIds: z.array(z.string()),
  }),
  events: z.array(ZRequestEvent),
  reviews: z.array(ZReview),
  repeats: z.array(z.object({ id: z.string(), number: z.string(), description: z.string() })),
  /** What the caller may do to this request (policy.ts on the server). */
  abilities: zAbilities(REQUEST_ABILITIES),
  /** The steps the workflow allows now (workflow.ts); a step also needs its ability (REQUEST_STEP_ABILITY). */
  allowedSteps: z.array(z.enum(REQUEST_STEPS)),
  /** The `consultationStarted` event id of the latest unanswered consultation: the path of its answer. */
  openConsultationId: z.string().nullable(),
});
export type DisclosureRequestDetail = z.infer<typeof ZRequestDetail>;

/** `?unmasked=true` shows the applicant's personal data in clear (needs the ability; audited). */
export const ZRequestViewQuery = z.object({ unmasked: z.enum(['true', 'false']).optional() }).strict();

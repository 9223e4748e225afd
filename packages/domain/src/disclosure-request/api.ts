import { z } from 'zod';
import { defineRoute, MEDIA_TYPES, ZIdParams, ZOk, zFileDownload } from '../platform/route-contract.ts';
import {
  ZAnswerConsultation,
  ZApproveExtension,
  ZCloseNoCorrection,
  ZConfirmReceipt,
  ZIssueReply,
  ZRecordCorrection,
  ZRecordDelivery,
  ZRegisterRequest,
  ZRequestClarification,
  ZRequestDetail,
  ZRequestExtension,
  ZRequestListQuery,
  ZRequestPage,
  ZRequestViewQuery,
  ZReview,
  ZReviewComplete,
  ZSaveReplyDraft,
  ZSaveReview,
  ZStartConsultation,
  ZUpdateReview,
} from './contracts.ts';

const READ = 'disclosure-request:request:read';
const WRITE = 'disclosure-request:request:write';
const tag = 'disclosure-request';
const base = '/disclosure-requests';

/** A step on one request: POST `/disclosure-requests/:id/<path>`; the answer is the request as it now stands. */
const step = <B extends z.ZodType>(path: string, summary: string, body: B) =>
  defineRoute({
    method: 'POST',
    path: `${base}/:id/${path}`,
    access: WRITE,
    summary,
    tag,
    params: ZIdParams,
    body,
    response: ZRequestDetail,
  });

/** The township a registration belongs to (the caller's own unless a county-wide user names it). */
export const ZRegisterQuery = z.object({ townshipId: z.uuid('编号格式不正确').optional() }).strict();
export const ZConsultationParams = z
  .object({
    id: z.uuid('编号格式不正确'),
    /** The id of the `consultationStarted` event (the detail's `openConsultationId`). */
    consultationId: z.uuid('编号格式不正确'),
  })
  .strict();

/** The HTTP surface of the disclosure-request module (依申请公开), declared once for the server and the web. */
export const disclosureRequestApi = {
  list: defineRoute({
    method: 'GET',
    path: base,
    access: READ,
    summary: '依申请公开列表（申请人个人信息不显示；含逾期数、结转和重复申请标记）',
    tag,
    query: ZRequestListQuery,
    response: ZRequestPage,
  }),
  view: defineRoute({
    method: 'GET',
    path: `${base}/:id`,
    access: READ,
    summary: '一件申请：期限说明、办理经过、复议诉讼、相似申请、可办理环节；unmasked=true 显示完整个人信息（需权限，留痕）',
    tag,
    params: ZIdParams,
    query: ZRequestViewQuery,
    response: ZRequestDetail,
  }),
  register: defineRoute({
    method: 'POST',
    path: base,
    access: WRITE,
    summary: '登记申请（当面、邮寄、网络、传真；收到申请之日依条例第三十一条）',
    tag,
    query: ZRegisterQuery,
    body: ZRegisterRequest,
    response: ZRequestDetail,
    status: 201,
  }),
  confirmReceipt: step('confirm-receipt', '确认收到网络、传真或平常信函申请（条例第三十一条）', ZConfirmReceipt),
  reviewComplete: step('review-complete', '审查：申请内容明确，无需补正', ZReviewComplete),
  clarification: step('clarification', '发出补正通知（条例第三十条）', ZRequestClarification),
  correction: step('correction', '登记补正后的申请（答复期限重新起算）', ZRecordCorrection),
  closeNoCorrection: step('close-no-correction', '逾期不补正，不再处理（条例第三十条）', ZCloseNoCorrection),
  consultation: step('consultations', '征求第三方或其他机关意见（条例第三十二条、第三十四条）', ZStartConsultation),
  answerConsultation: defineRoute({
    method: 'POST',
    path: `${base}/:id/consultations/:consultationId/answer`,
    access: WRITE,
    summary: '登记征求意见的回复（consultationId：详情中 openConsultationId，即发起征求意见的记录编号）',
    tag,
    params: ZConsultationParams,
    body: ZAnswerConsultation,
    response: ZRequestDetail,
  }),
  extensionRequest: step('extension-request', '申请延长答复期限（条例第三十三条第二款）', ZRequestExtension),
  extensionApproval: defineRoute({
    method: 'POST',
    path: `${base}/:id/extension-approval`,
    access: 'disclosure-request:request:approve-extension',
    summary: '批准延长答复期限并记录告知申请人日期',
    tag,
    params: ZIdParams,
    body: ZApproveExtension,
    response: ZRequestDetail,
  }),
  replyDraft: step('reply-draft', '保存答复结果与告知书草稿', ZSaveReplyDraft),
  reply: step('reply', '出具答复（告知书定稿，办结）', ZIssueReply),
  delivery: step('delivery', '登记送达（方式、日期、凭证）', ZRecordDelivery),
  letter: defineRoute({
    method: 'GET',
    path: `${base}/:id/letter.docx`,
    access: READ,
    summary: '答复告知书（Word，公文格式）',
    tag,
    params: ZIdParams,
    response: zFileDownload(MEDIA_TYPES.docx),
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: `${base}/:id`,
    access: WRITE,
    summary: '删除申请（软删除；已答复的不能删除）',
    tag,
    params: ZIdParams,
    response: ZOk,
  }),
  addReview: defineRoute({
    method: 'POST',
    path: `${base}/:id/reviews`,
    access: WRITE,
    summary: '登记行政复议或行政诉讼（条例第五十一条）',
    tag,
    params: ZIdParams,
    body: ZSaveReview,
    response: ZReview,
    status: 201,
  }),
  updateReview: defineRoute({
    method: 'PATCH',
    path: '/disclosure-reviews/:id',
    access: WRITE,
    summary: '修改行政复议或行政诉讼（结果、审结日期）',
    tag,
    params: ZIdParams,
    body: ZUpdateReview,
    response: ZReview,
  }),
};

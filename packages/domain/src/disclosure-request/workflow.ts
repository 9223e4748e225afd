import { defineWorkflow, type StepRefusal } from '../platform/workflow.ts';
import type { RequestStatus } from './contracts.ts';

/**
 * What the workflow needs to know of a request besides its status, all derived from the stored
 * request and its events (the server's `requestFacts`).
 */
export interface RequestFacts {
  /** The receipt date is known (条例第三十一条): every handling step comes after it. */
  isReceived: boolean;
  /** The 7 working days to send a clarification notice still run (条例第三十条): no notice, no other step yet. */
  isNoticeDue: boolean;
  /** The extension of 第三十三条第二款: none, asked for, or approved (only once). */
  extension: 'none' | 'requested' | 'approved';
  /** An outcome and a letter text are saved (the draft the reply freezes). */
  hasDraft: boolean;
  /** The id of the `consultationStarted` event of the latest unanswered consultation: answering needs it. */
  openConsultationId: string | null;
  /** The delivery of the issued letter is recorded. */
  isDelivered: boolean;
}

/** The steps of a request, in the order the page offers them. */
export const REQUEST_STEPS = [
  'confirmReceipt',
  'reviewComplete',
  'clarification',
  'correction',
  'closeNoCorrection',
  'consultation',
  'answerConsultation',
  'extensionRequest',
  'extensionApproval',
  'replyDraft',
  'reply',
  'delivery',
  'delete',
  'addReview',
] as const;
export type RequestStep = (typeof REQUEST_STEPS)[number];

/** The ability of the request's policy a step needs besides being allowed (the head of the office approves extensions). */
export const REQUEST_STEP_ABILITY: Record<RequestStep, RequestAbility> = {
  confirmReceipt: 'step',
  reviewComplete: 'step',
  clarification: 'step',
  correction: 'step',
  closeNoCorrection: 'step',
  consultation: 'step',
  answerConsultation: 'step',
  extensionRequest: 'step',
  extensionApproval: 'approveExtension',
  replyDraft: 'step',
  reply: 'step',
  delivery: 'step',
  delete: 'delete',
  addReview: 'step',
};

/** What the caller may do to a request (the server's policy decides; the detail carries it). */
export const REQUEST_ABILITIES = ['step', 'approveExtension', 'viewPersonal', 'delete'] as const;
export type RequestAbility = (typeof REQUEST_ABILITIES)[number];
/** What the caller may do to a reconsideration or lawsuit recorded on a request. */
export const DISCLOSURE_REVIEW_ABILITIES = ['update'] as const;

const WRONG_STATE = 'DISCLOSURE_REQUEST.WRONG_STATE';
const refuse = (reasonZh: string, code = WRONG_STATE): StepRefusal => ({ code, reasonZh });

const REPLIED = refuse('申请已答复办结，不能再办理此环节');
const NOT_RECEIVED = refuse('申请尚未确认收到（条例第三十一条），不能办理此环节');
const AWAITING_CORRECTION = refuse('申请正等待补正（条例第三十条），请先登记补正或按逾期不补正处理');

/** An open request that was received and is not waiting for a correction: the clock runs. */
function handling(state: RequestStatus, f: RequestFacts): StepRefusal | null {
  if (state === 'replied') return REPLIED;
  if (!f.isReceived) return NOT_RECEIVED;
  if (state === 'awaitingCorrection') return AWAITING_CORRECTION;
  return null;
}

/**
 * The steps of one application (《政府信息公开条例》第二十九条至第四十五条) and when each may be taken.
 * The server refuses a step with `assertStep`; the detail response lists `allowedSteps`; the web offers those.
 */
export const requestWorkflow = defineWorkflow<RequestStep, RequestStatus, RequestFacts>({
  // 第三十一条第（二）（三）项: an online, fax or ordinary-mail application is received when confirmed.
  confirmReceipt: (s) => (s === 'awaitingConfirmation' ? null : refuse('申请已确认收到')),
  // Clear and complete: no clarification notice; only while the 7 working days of 第三十条 run.
  reviewComplete: (s, f) => {
    if (s === 'replied') return REPLIED;
    if (!f.isReceived) return NOT_RECEIVED;
    return f.isNoticeDue ? null : refuse('已发出补正通知或已进入其他办理环节，无需再确认审查');
  },
  // 第三十条: one consolidated notice at a time.
  clarification: handling,
  correction: (s) => (s === 'awaitingCorrection' ? null : refuse('申请不在等待补正环节')),
  // 第三十条: the applicant did not correct in time (the date set is checked against the day given).
  closeNoCorrection: (s) => (s === 'awaitingCorrection' ? null : refuse('申请不在等待补正环节')),
  // 第三十二条、第三十四条.
  consultation: handling,
  answerConsultation: (s, f) => {
    if (s === 'replied') return REPLIED;
    return f.openConsultationId ? null : refuse('没有等待回复的征求意见');
  },
  // 第三十三条第二款: one extension of at most 20 working days, asked for while the clock runs.
  extensionRequest: (s, f) =>
    handling(s, f) ??
    (f.extension === 'approved' ? refuse('答复期限只能延长一次（条例第三十三条第二款）', 'DISCLOSURE_REQUEST.ALREADY_EXTENDED') : null),
  // 第三十三条第二款: approved by the head of the OGI office (the date against the due date is checked with the day given).
  extensionApproval: (s, f) => {
    if (s === 'replied') return REPLIED;
    if (f.extension === 'approved') return refuse('答复期限只能延长一次（条例第三十三条第二款）', 'DISCLOSURE_REQUEST.ALREADY_EXTENDED');
    if (f.extension === 'none') return refuse('尚无待批准的延期申请', 'DISCLOSURE_REQUEST.NO_EXTENSION_REQUESTED');
    return f.isReceived ? null : NOT_RECEIVED;
  },
  // 第三十六条至第三十九条: the outcome and the letter.
  replyDraft: handling,
  reply: (s, f) => handling(s, f) ?? (f.hasDraft ? null : refuse('请先保存答复结果和告知书', 'DISCLOSURE_REQUEST.REPLY_INCOMPLETE')),
  // 第四十条: the letter reaches the applicant; recorded once.
  delivery: (s, f) => {
    if (s !== 'replied') return refuse('告知书尚未出具，不能登记送达');
    return f.isDelivered ? refuse('已登记送达') : null;
  },
  // A replied request is kept (the report counts it; 第五十条).
  delete: (s) => (s === 'replied' ? refuse('已答复的申请不能删除') : null),
  // 第五十一条: reconsideration or litigation contests a reply.
  addReview: (s) => (s === 'replied' ? null : refuse('申请尚未答复，不能登记行政复议或行政诉讼')),
});

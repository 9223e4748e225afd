/**
 * The order of the dates of record of a disclosure request (依申请公开). Each step is dated on or after
 * the steps it must follow, and never after today in China time: a correction dated before the
 * clarification notice would leave the request awaiting correction for ever and without a due date.
 *
 * - 条例第三十一条: receipt (收到申请) is on or after the application arrived; everything else follows it.
 * - 第三十条: the clarification notice follows the receipt (or the last corrected application, for a
 *   second notice); the corrected application follows the notice.
 * - 第三十二条、第三十四条: a consultation's answer follows its start.
 * - 第三十三条第二款: the extension is approved before the applicant is told of it.
 * - the reply follows every step of the handling; the delivery follows the reply.
 * - 第五十一条: a reconsideration or lawsuit about the reply is filed after it, and decided after it was filed.
 */
import { formatDateZh } from '../calendar/iso-date.ts';
import type { IsoDate } from '../calendar/types.ts';

export type StepKind =
  | 'arrived'
  | 'received'
  | 'clarificationRequested'
  | 'correctionReceived'
  | 'reviewedComplete'
  | 'consultationStarted'
  | 'consultationAnswered'
  | 'extended'
  | 'extensionNotified'
  | 'replied'
  | 'delivered'
  | 'reviewFiled'
  | 'reviewDecided';

export const STEP_LABELS_ZH: Record<StepKind, string> = {
  arrived: '申请到达',
  received: '收到申请',
  clarificationRequested: '发出补正通知',
  correctionReceived: '收到补正后的申请',
  reviewedComplete: '审查认定申请内容明确',
  consultationStarted: '征求意见',
  consultationAnswered: '收到征求意见的回复',
  extended: '批准延长答复期限',
  extensionNotified: '告知申请人延期',
  replied: '出具答复',
  delivered: '送达',
  reviewFiled: '提起行政复议或诉讼',
  reviewDecided: '行政复议或诉讼审结',
};

/** The steps each step must not precede (the latest of them binds). */
const MUST_FOLLOW: Record<StepKind, StepKind[]> = {
  arrived: [],
  received: ['arrived'],
  clarificationRequested: ['received', 'correctionReceived'],
  correctionReceived: ['received', 'clarificationRequested'],
  reviewedComplete: ['received', 'correctionReceived'],
  consultationStarted: ['received', 'correctionReceived'],
  consultationAnswered: ['received', 'consultationStarted'],
  extended: ['received', 'correctionReceived'],
  extensionNotified: ['extended'],
  replied: [
    'received',
    'clarificationRequested',
    'correctionReceived',
    'reviewedComplete',
    'consultationStarted',
    'consultationAnswered',
    'extended',
  ],
  delivered: ['replied'],
  reviewFiled: ['replied'],
  reviewDecided: ['reviewFiled'],
};

export interface RecordedStep {
  kind: string;
  date: IsoDate;
}

export type StepDateProblem =
  | { code: 'inFuture'; reasonZh: string; today: IsoDate }
  | { code: 'beforeEarlierStep'; reasonZh: string; earlier: { kind: StepKind; date: IsoDate } };

/**
 * Why `date` cannot be the date of `step` given the steps already recorded (`history`), or null when it
 * can. For a consultation's answer, pass only the start of that consultation among the consultations.
 */
export function checkStepDate(history: readonly RecordedStep[], step: StepKind, date: IsoDate, today: IsoDate): StepDateProblem | null {
  if (date > today) return { code: 'inFuture', today, reasonZh: `${STEP_LABELS_ZH[step]}的日期不能晚于今天（${formatDateZh(today)}）` };
  const earlierKinds = MUST_FOLLOW[step] as string[];
  // The latest binds; of two on the same day, the one recorded last (the history is in the order recorded).
  let latest: { kind: StepKind; date: IsoDate } | null = null;
  for (const h of history) {
    if (earlierKinds.includes(h.kind) && (!latest || h.date >= latest.date)) latest = { kind: h.kind as StepKind, date: h.date };
  }
  if (latest && date < latest.date) {
    return {
      code: 'beforeEarlierStep',
      earlier: latest,
      reasonZh: `${STEP_LABELS_ZH[step]}的日期不能早于${STEP_LABELS_ZH[latest.kind]}的日期（${formatDateZh(latest.date)}）`,
    };
  }
  return null;
}

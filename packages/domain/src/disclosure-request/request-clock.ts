/**
 * The statutory clock of a disclosure request (依申请公开), as ONE pure function: the request's events
 * in, the platform DeadlineRules out, each computed with computeDeadline so that the due date and its
 * explanation are the ones the platform stores (upsertDeadline).
 *
 * - reply: 20 working days after receipt (《政府信息公开条例》第三十三条第二款); the receipt date is the
 *   one 第三十一条 fixes for the channel.
 * - clarification notice (补正): within 7 working days of receipt, one consolidated notice (第三十条).
 *   While the applicant has not answered, the reply clock does not run; when the corrected application
 *   is received the reply period starts again from that day (a reset, not a pause: 第三十条).
 * - consultation of a third party (第三十二条) or another agency (第三十四条): the time is not counted
 *   (第三十三条第三款) until the answer, at most the 15 working days the law allows the consulted party.
 * - one extension of at most 20 working days, approved by the head of the office (第三十三条第二款), and
 *   only within the period: an extension approved after the reply was due is recorded for the file but
 *   does not move the due date (the request stays late), and is reported in `lateExtension`.
 * - a clarification notice sent after its 7 working days still restarts the clock on the corrected
 *   application (第三十条 gives no other effect), but it is late and reported in `lateClarificationNotices`.
 */
import { computeDeadline, type DeadlineResult } from '../calendar/compute-deadline.ts';
import { addWorkingDays } from '../calendar/day-counting.ts';
import { daysBetween, formatDateZh } from '../calendar/iso-date.ts';
import type { DeadlinePause, DeadlineRule } from '../calendar/deadline-rule.ts';
import type { IsoDate } from '../calendar/types.ts';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.ts';

/** 第三十三条第二款. */
export const REPLY_WORKING_DAYS = 20;
/** 第三十三条第二款: one extension, at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** 第三十条. */
export const CLARIFICATION_NOTICE_WORKING_DAYS = 7;
/** 第三十二条 (third party), 第三十四条 (other agencies). */
export const CONSULTATION_WORKING_DAYS = 15;

export type ConsultedParty = 'thirdParty' | 'agency';

export type ClockEvent =
  | { kind: 'received'; date: IsoDate }
  | { kind: 'clarificationRequested'; date: IsoDate; correctBy: IsoDate }
  | { kind: 'correctionReceived'; date: IsoDate }
  /** Staff found the application clear: no clarification notice will be sent. */
  | { kind: 'reviewedComplete'; date: IsoDate }
  | { kind: 'consultationStarted'; date: IsoDate; id: string; party: ConsultedParty }
  | { kind: 'consultationAnswered'; date: IsoDate; id: string }
  | { kind: 'extended'; date: IsoDate; days: number }
  | { kind: 'replied'; date: IsoDate };

export interface ClockDeadline {
  rule: DeadlineRule;
  result: DeadlineResult;
  /** False once met or no longer relevant: the server closes the platform deadline. */
  isOpen: boolean;
}

export interface RequestClock {
  /** Null before receipt (an online application awaiting confirmation, 第三十一条第（三）项). */
  reply: ClockDeadline | null;
  /** 7 working days to send the clarification notice (第三十条). */
  clarificationNotice: ClockDeadline | null;
  /** The date the township set for the applicant's correction, while awaiting it. */
  correction: ClockDeadline | null;
  isAwaitingCorrection: boolean;
  /** A consultation is running (no answer yet, its 15 working days not over). */
  consultationsOpen: number;
  /** The working days of extension applied to the reply period (0 when none, or when it came too late). */
  extensionDays: number;
  /** An extension approved after the reply was due (第三十三条第二款 allows it only within the period): not applied. */
  lateExtension: { approvedOn: IsoDate; dueOn: IsoDate } | null;
  /** Clarification notices sent after the 7 working days of 第三十条 (counted from the receipt they answer). */
  lateClarificationNotices: { noticeOn: IsoDate; dueOn: IsoDate }[];
  /** What the clerk must be told about the clock, in Chinese (late notice, late extension). */
  warningsZh: string[];
}

export class RequestClockError extends Error {
  constructor(public readonly reason: 'extensionTwice' | 'extensionTooLong' | 'noReceipt') {
    super(reason);
  }
}

const PARTY_ZH: Record<ConsultedParty, string> = {
  thirdParty: '征求第三方意见（条例第三十二条）',
  agency: '征求其他机关意见（条例第三十四条）',
};

/** Events of the same day keep the order in which they were recorded. */
function sorted(events: ClockEvent[]): ClockEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map((x) => x.e);
}

export function computeRequestClock(cal: WorkingDayCalendar, input: ClockEvent[]): RequestClock {
  const events = sorted(input);
  const received = events.find((e) => e.kind === 'received');
  if (!received) {
    if (events.length > 0) throw new RequestClockError('noReceipt');
    return {
      reply: null,
      clarificationNotice: null,
      correction: null,
      isAwaitingCorrection: false,
      consultationsOpen: 0,
      extensionDays: 0,
      lateExtension: null,
      lateClarificationNotices: [],
      warningsZh: [],
    };
  }
  const replied = events.find((e) => e.kind === 'replied');

  // 第三十条: the reply period starts again from the receipt of the (last) corrected application.
  let start: IsoDate = received.date;
  let startLabelZh = '收到申请';
  let pendingClarification: Extract<ClockEvent, { kind: 'clarificationRequested' }> | null = null;
  let lastClarification: Extract<ClockEvent, { kind: 'clarificationRequested' }> | null = null;
  let clarificationSent = false;
  let otherStepBeforeNotice = false;
  const consultations = new Map<string, { from: IsoDate; party: ConsultedParty; to: IsoDate | null }>();
  let extension: Extract<ClockEvent, { kind: 'extended' }> | null = null;
  let extensions = 0;
  const lateClarificationNotices: { noticeOn: IsoDate; dueOn: IsoDate }[] = [];

  for (const e of events) {
    switch (e.kind) {
      case 'clarificationRequested': {
        // 第三十条: within 7 working days of the receipt of the application it answers.
        const dueOn = addWorkingDays(cal, start, CLARIFICATION_NOTICE_WORKING_DAYS).dueDate;
        if (e.date > dueOn) lateClarificationNotices.push({ noticeOn: e.date, dueOn });
        pendingClarification = e;
        lastClarification = e;
        clarificationSent = true;
        break;
      }
      case 'correctionReceived':
        pendingClarification = null;
        start = e.date;
        startLabelZh = '收到补正后的申请';
        break;
      case 'reviewedComplete':
        otherStepBeforeNotice = true;
        break;
      case 'consultationStarted':
        consultations.set(e.id, { from: e.date, party: e.party, to: null });
        otherStepBeforeNotice = true;
        break;
      case 'consultationAnswered': {
        const c = consultations.get(e.id);
        if (c) c.to = e.date;
        break;
      }
      case 'extended':
        extensions += 1;
        if (extensions > 1) throw new RequestClockError('extensionTwice');
        if (e.days < 1 || e.days > MAX_EXTENSION_WORKING_DAYS) throw new RequestClockError('extensionTooLong');
        extension = e;
        otherStepBeforeNotice = true;
        break;
      default:
        break;
    }
  }

  // 第三十三条第三款: consultation time is not counted, until the answer or the 15 working days allowed.
  let consultationsOpen = 0;
  const pauses: DeadlinePause[] = [...consultations.values()]
    .filter((c) => c.from >= start)
    .map((c) => {
      const limit = addWorkingDays(cal, c.from, CONSULTATION_WORKING_DAYS).dueDate;
      const to = c.to !== null && c.to < limit ? c.to : limit;
      if (c.to === null) consultationsOpen += 1;
      return { from: c.from, to, reasonZh: PARTY_ZH[c.party] };
    });

  const isAwaitingCorrection = pendingClarification !== null && !replied;
  if (isAwaitingCorrection && pendingClarification) {
    // The clock does not run while the applicant corrects; it restarts on the corrected application.
    pauses.push({ from: pendingClarification.date, to: null, reasonZh: '等待申请人补正（条例第三十条）' });
  }

  const baseRule = (upTo: IsoDate | null): DeadlineRule => {
    const counted = upTo === null ? pauses : pauses.filter((p) => p.from <= upTo);
    return {
      basis: 'workingDays',
      days: REPLY_WORKING_DAYS,
      startDate: start,
      startLabelZh,
      ...(counted.length ? { pauses: counted } : {}),
    };
  };
  // 第三十三条第二款: the extension must be approved within the period, as it stood on the day of approval.
  let lateExtension: RequestClock['lateExtension'] = null;
  if (extension && extension.date >= start) {
    const dueOn = computeDeadline(cal, baseRule(extension.date)).dueDate;
    if (dueOn !== null && extension.date > dueOn) lateExtension = { approvedOn: extension.date, dueOn };
  }
  const extensionDays = extension && !lateExtension ? extension.days : 0;
  const replyRule: DeadlineRule = {
    ...baseRule(null),
    ...(extensionDays
      ? { extensions: [{ days: extensionDays, reasonZh: '经信息公开工作机构负责人同意延长（条例第三十三条第二款）' }] }
      : {}),
  };
  const reply: ClockDeadline = { rule: replyRule, result: computeDeadline(cal, replyRule), isOpen: !replied };

  const noticeRule: DeadlineRule = {
    basis: 'workingDays',
    days: CLARIFICATION_NOTICE_WORKING_DAYS,
    startDate: received.date,
    startLabelZh: '收到申请',
  };
  const clarificationNotice: ClockDeadline = {
    rule: noticeRule,
    result: computeDeadline(cal, noticeRule),
    isOpen: !clarificationSent && !otherStepBeforeNotice && !replied,
  };

  let correction: ClockDeadline | null = null;
  if (lastClarification) {
    const days = Math.max(0, daysBetween(lastClarification.date, lastClarification.correctBy));
    const rule: DeadlineRule = { basis: 'calendarDays', days, startDate: lastClarification.date, startLabelZh: '发出补正通知' };
    correction = { rule, result: computeDeadline(cal, rule), isOpen: isAwaitingCorrection };
  }

  const warningsZh = [
    ...lateClarificationNotices.map(
      (n) =>
        `补正通知于${formatDateZh(n.noticeOn)}发出，已超过条例第三十条规定的7个工作日（应于${formatDateZh(n.dueOn)}前发出），记为逾期告知补正`,
    ),
    ...(lateExtension
      ? [
          `延期于${formatDateZh(lateExtension.approvedOn)}批准，答复期限已于${formatDateZh(lateExtension.dueOn)}届满（条例第三十三条第二款只允许在期限内延长），答复期限不予延长，仍按逾期计`,
        ]
      : []),
  ];
  return {
    reply,
    clarificationNotice,
    correction,
    isAwaitingCorrection,
    consultationsOpen,
    extensionDays,
    lateExtension,
    lateClarificationNotices,
    warningsZh,
  };
}

/**
 * 第三十三条第二款: an extension approved on `approvedOn` must fall within the reply period as the clock
 * stands before it (pauses of 第三十三条第三款 included). Returns the due date it missed, or null.
 */
export function extensionTooLate(clock: RequestClock, approvedOn: IsoDate): { dueOn: IsoDate; reasonZh: string } | null {
  const dueOn = clock.reply?.result.dueDate ?? null;
  if (dueOn === null || approvedOn <= dueOn) return null;
  return { dueOn, reasonZh: `答复期限已于${formatDateZh(dueOn)}届满，不能再延长：条例第三十三条第二款只允许在答复期限内经负责人同意延长` };
}

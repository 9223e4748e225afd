/**
 * HTTP contracts of the working-day calendar (工作日历) and of the deadline calculator (期限计算器).
 * The calendar itself (CalendarYear, ZCalendarYear, computeDeadline) lives in ../calendar; these are the
 * request and response shapes of /api/calendar/*.
 */
import { z } from 'zod';
import { ZDeadlineExtension, ZDeadlinePause, ZDeadlineRule } from '../calendar/deadline-rule.ts';
import { ZCalendarDay, ZCalendarYearSource, ZCalendarYearStatus, ZIsoDate } from '../calendar/types.ts';

export const ZCalendarYearParam = z.coerce
  .number({ error: '年份必须是数字' })
  .int({ error: '年份必须是整数' })
  .min(1949, { error: '年份不能早于1949年' })
  .max(2200, { error: '年份不能晚于2200年' });

/** One stored year in the list: official only when complete and confirmed (year-confirmation.ts), else provisional. */
export const ZCalendarYearSummary = z.object({
  year: z.number(),
  source: ZCalendarYearSource,
  status: ZCalendarYearStatus,
  notice: z.string().nullable(),
  noticeDate: z.string().nullable(),
  holidayCount: z.number(),
  makeUpWorkdayCount: z.number(),
  isOfficial: z.boolean(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type CalendarYearSummary = z.infer<typeof ZCalendarYearSummary>;

export const ZCalendarYearList = z.object({
  items: z.array(ZCalendarYearSummary),
  /** Years around today (last, this and next year) that have no schedule yet: deadlines into them are provisional. */
  missingYears: z.array(z.number()),
});
export type CalendarYearList = z.infer<typeof ZCalendarYearList>;

const ZDayOut = z.object({ date: z.string(), name: z.string() });

/** The completeness check against 《全国年节及纪念日放假办法》 and what still keeps a year from being official. */
export const ZYearConfirmation = z.object({
  lawZh: z.string().nullable(),
  statutoryDays: z.array(ZDayOut),
  missingStatutoryDays: z.array(ZDayOut),
  isComplete: z.boolean(),
  /** Chinese reasons the year cannot be official besides missingStatutoryDays (notice number, date, parser warnings). */
  problems: z.array(z.string()),
  canBeOfficial: z.boolean(),
});
export type YearConfirmationView = z.infer<typeof ZYearConfirmation>;

export const ZCalendarYearDetail = ZCalendarYearSummary.extend({
  holidays: z.array(ZDayOut),
  makeUpWorkdays: z.array(ZDayOut),
  confirmation: ZYearConfirmation,
});
export type CalendarYearDetail = z.infer<typeof ZCalendarYearDetail>;

/**
 * Replaces one year's schedule (manual entry, or saving a previewed notice import). The year comes from
 * the path; the full check (dates inside the year, make-up days on weekends, no day both off and worked)
 * is ZCalendarYear's, run by the server so that its failures carry CALENDAR.* codes.
 */
export const ZSaveCalendarYearRequest = z
  .object({
    source: z.enum(['manual', 'notice-import'], { error: '来源只能是 manual 或 notice-import' }).default('manual'),
    /**
     * Required, no default: 'official' is refused (CALENDAR.YEAR_NOT_CONFIRMED) unless the year is complete and
     * confirmed; 'provisional' (暂定) is the explicit choice to save it anyway.
     */
    status: ZCalendarYearStatus,
    notice: z.string().trim().max(200, { error: '通知名称过长' }).nullable().optional(),
    noticeDate: ZIsoDate.nullable().optional(),
    /** The pasted notice when source is notice-import: the server re-reads it, and refuses 'official' on any warning. */
    noticeText: z.string().trim().max(20000, { error: '通知文本过长' }).optional(),
    holidays: z.array(ZCalendarDay).max(120, { error: '放假日期过多' }),
    makeUpWorkdays: z.array(ZCalendarDay).max(30, { error: '调休上班日期过多' }),
  })
  .strict();
export type SaveCalendarYearRequest = z.infer<typeof ZSaveCalendarYearRequest>;

/** What recomputing the stored open deadlines after a calendar change did. */
export const ZRecomputeSummary = z.object({ checked: z.number(), changed: z.number(), failed: z.number() });
export type RecomputeSummary = z.infer<typeof ZRecomputeSummary>;

export const ZSaveCalendarYearResult = z.object({ year: ZCalendarYearDetail, recompute: ZRecomputeSummary });
export type SaveCalendarYearResult = z.infer<typeof ZSaveCalendarYearResult>;

export const ZDeleteCalendarYearResult = z.object({ ok: z.literal(true), recompute: ZRecomputeSummary });

export const ZNoticePreviewRequest = z
  .object({
    year: ZCalendarYearParam,
    text: z.string().trim().min(20, { error: '请粘贴通知全文' }).max(20000, { error: '通知文本过长' }),
  })
  .strict();
export type NoticePreviewRequest = z.infer<typeof ZNoticePreviewRequest>;

export const ZNoticePreview = z.object({
  year: z.number(),
  notice: z.string().nullable(),
  /** The date under the signature (国务院办公厅 2025年11月4日), when found. */
  noticeDate: z.string().nullable(),
  holidays: z.array(ZDayOut),
  makeUpWorkdays: z.array(ZDayOut),
  warnings: z.array(z.string()),
  confirmation: ZYearConfirmation,
  /** Compared with the stored year, if any: what saving would change. */
  existing: z
    .object({
      source: ZCalendarYearSource,
      addedDates: z.array(z.string()),
      removedDates: z.array(z.string()),
      changedDates: z.array(z.string()),
    })
    .nullable(),
});
export type NoticePreview = z.infer<typeof ZNoticePreview>;

// ── The explanation stored with every deadline (mirrors ../calendar/explanation-steps.ts) ─────────
const ZBasis = z.enum(['workingDays', 'calendarDays']);
export const ZExplanationStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), date: z.string(), labelZh: z.string().nullable(), basis: ZBasis, days: z.number() }),
  z.object({ kind: z.literal('extension'), days: z.number(), reasonZh: z.string() }),
  z.object({
    kind: z.literal('restDays'),
    from: z.string(),
    to: z.string(),
    count: z.number(),
    names: z.array(z.string()),
    hasHoliday: z.boolean(),
  }),
  z.object({ kind: z.literal('makeUpWorkday'), date: z.string(), name: z.string() }),
  z.object({
    kind: z.literal('pause'),
    from: z.string(),
    to: z.string().nullable(),
    reasonZh: z.string(),
    daysPaused: z.number().nullable(),
    effect: z.enum(['counted', 'running', 'beforeStart', 'notReached']),
  }),
  z.object({ kind: z.literal('lastDayMoved'), from: z.string(), to: z.string(), count: z.number(), names: z.array(z.string()) }),
  z.object({
    kind: z.literal('clockStopped'),
    since: z.string(),
    reasonZh: z.string(),
    daysCounted: z.number(),
    daysRemaining: z.number(),
  }),
  z.object({
    kind: z.literal('calendarMissing'),
    years: z.array(z.number()),
    entered: z.array(z.number()).optional(),
    statutory: z.array(z.number()).optional(),
  }),
  z.object({ kind: z.literal('due'), date: z.string(), totalDays: z.number() }),
]);

export const ZDeadlineExplanation = z.object({
  rule: ZDeadlineRule,
  steps: z.array(ZExplanationStep),
  textZh: z.string(),
  textEn: z.string(),
});

/**
 * The calculator's query: a flat rule. Pauses and extensions travel as JSON text (a GET keeps the
 * calculator bookmarkable); the server parses them with ZDeadlinePause / ZDeadlineExtension.
 */
export const ZComputeDeadlineQuery = z
  .object({
    basis: z.enum(['workingDays', 'calendarDays'], { error: '期限单位只能是工作日或自然日' }),
    days: z.coerce.number({ error: '期限天数必须是数字' }).int({ error: '期限天数必须是整数' }).min(0).max(3660),
    startDate: ZIsoDate,
    startLabelZh: z.string().trim().min(1).max(50).optional(),
    pauses: z.string().max(10000).optional(),
    extensions: z.string().max(5000).optional(),
  })
  .strict();
export type ComputeDeadlineQuery = z.infer<typeof ZComputeDeadlineQuery>;

/** The JSON carried in ZComputeDeadlineQuery.pauses / .extensions. */
export const ZComputePauses = z.array(ZDeadlinePause).max(50);
export const ZComputeExtensions = z.array(ZDeadlineExtension).max(20);

export const ZComputeDeadlineResult = z.object({
  dueDate: z.string().nullable(),
  missingYears: z.array(z.number()),
  isProvisional: z.boolean(),
  explanation: ZDeadlineExplanation,
});
export type ComputeDeadlineResult = z.infer<typeof ZComputeDeadlineResult>;

/**
 * The statutory working-day calendar (工作日 / 法定节假日 / 调休), as entered from each year's
 * 国务院办公厅关于YYYY年部分节假日安排的通知.
 *
 * WHY a status: the days off of a year are final only once its notice is entered completely and confirmed
 * (《全国年节及纪念日放假办法》 2024 Arts. 2‑3 give the festivals, the notice gives the dates and swaps).
 * A stored year is official or provisional (year-confirmation.ts decides which it may be); a provisional or
 * absent year is counted on what is known and the result is always flagged (see `missingYears`).
 */
import { z } from 'zod';
import { dayOfWeekOf, isRealIsoDate, yearOf } from './iso-date.ts';

/** A calendar date 'YYYY-MM-DD' (China Standard Time; never an instant). */
export type IsoDate = string;

export interface CalendarDay {
  date: IsoDate;
  /** Festival name as the notice gives it, e.g. 春节, 国庆节、中秋节. */
  name: string;
}

export type CalendarYearSource = 'chinese-days' | 'manual' | 'notice-import';

/**
 * official: complete and confirmed with its notice (year-confirmation.ts), deadlines on it are final;
 * provisional (暂定): saved by an explicit choice while incomplete or unconfirmed, deadlines on it are flagged.
 */
export type CalendarYearStatus = 'official' | 'provisional';

export interface CalendarYear {
  year: number;
  /** Every day off of the year's schedule (statutory days plus 调休 days off, weekends inside the break included). */
  holidays: CalendarDay[];
  /** Saturdays/Sundays that are working days because of a swap (notice: "…上班"). */
  makeUpWorkdays: CalendarDay[];
  source: CalendarYearSource;
  /** The notice it was entered from (document number or title), when known. */
  notice?: string | null;
  /** The notice's date (its source confirmation, with the number). */
  noticeDate?: IsoDate | null;
  /** Required, never defaulted: an unconfirmed year taken for official silently fixes wrong due dates. */
  status: CalendarYearStatus;
}

/**
 * The dates Yifa accepts at all. WHY a range: a typo such as 1000-01-01 or 9999-12-31 is no record of a
 * township's work, and walking the working-day calendar across centuries is refused (日期跨度过大).
 */
export const MIN_ISO_DATE: IsoDate = '1900-01-01';
export const MAX_ISO_DATE: IsoDate = '2200-12-31';

export const ZIsoDate = z
  .string({ error: '日期必须是文本' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD', abort: true })
  .refine(isRealIsoDate, { error: '不是有效的日期', abort: true })
  .refine((d) => d >= MIN_ISO_DATE && d <= MAX_ISO_DATE, { error: '日期须在1900年至2200年之间', abort: true });

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in China Standard Time, whatever the machine's time zone: dates of record are China dates
 * (at 07:30 Beijing time UTC still says yesterday).
 */
export function todayInChina(now: Date = new Date()): IsoDate {
  return CHINA_DATE.format(now);
}

/**
 * A date of record: the day something happened (held, received, replied, published, took up a post).
 * It cannot be after today in China — a record of the future is a typo. Planned dates and deadlines
 * (a campaign's dates, a correction period, a proposed appointment) use ZIsoDate instead.
 */
export const ZDateOfRecord = ZIsoDate.refine((d) => d <= todayInChina(), { error: '日期不能晚于今天' });

export const ZCalendarDay = z.object({
  date: ZIsoDate,
  name: z.string({ error: '名称必须是文本' }).trim().min(1, { error: '请填写节日名称' }).max(50, { error: '节日名称过长' }),
});

export const ZCalendarYearSource = z.enum(['chinese-days', 'manual', 'notice-import'], {
  error: '来源只能是 chinese-days、manual 或 notice-import',
});

export const ZCalendarYearStatus = z.enum(['official', 'provisional'], { error: '状态只能是 official（正式）或 provisional（暂定）' });

export const ZCalendarYear = z
  .object({
    year: z
      .number({ error: '年份必须是数字' })
      .int({ error: '年份必须是整数' })
      .min(1949, { error: '年份不能早于1949年' })
      .max(2200, { error: '年份不能晚于2200年' }),
    holidays: z.array(ZCalendarDay, { error: '放假日期必须是列表' }),
    makeUpWorkdays: z.array(ZCalendarDay, { error: '调休上班日期必须是列表' }),
    source: ZCalendarYearSource,
    notice: z.string({ error: '通知名称必须是文本' }).max(200, { error: '通知名称过长' }).nullish(),
    noticeDate: ZIsoDate.nullish(),
    status: ZCalendarYearStatus,
  })
  .superRefine((value, ctx) => {
    const holidayDates = new Set<string>();
    value.holidays.forEach((day, i) => {
      if (!isRealIsoDate(day.date)) return; // already reported by ZIsoDate
      if (yearOf(day.date) !== value.year) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: `${day.date}不在${value.year}年内` });
      }
      if (holidayDates.has(day.date)) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: `放假日期${day.date}重复` });
      }
      holidayDates.add(day.date);
    });
    const workdayDates = new Set<string>();
    value.makeUpWorkdays.forEach((day, i) => {
      if (!isRealIsoDate(day.date)) return;
      if (yearOf(day.date) !== value.year) {
        ctx.addIssue({ code: 'custom', path: ['makeUpWorkdays', i, 'date'], message: `${day.date}不在${value.year}年内` });
      }
      if (workdayDates.has(day.date)) {
        ctx.addIssue({ code: 'custom', path: ['makeUpWorkdays', i, 'date'], message: `调休上班日期${day.date}重复` });
      }
      workdayDates.add(day.date);
      const dow = dayOfWeekOf(day.date);
      if (dow !== 0 && dow !== 6) {
        // A make-up working day only exists where a weekend day is worked (notice: "…（周六）上班").
        ctx.addIssue({ code: 'custom', path: ['makeUpWorkdays', i, 'date'], message: `调休上班日${day.date}必须是周六或周日` });
      }
      if (holidayDates.has(day.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['makeUpWorkdays', i, 'date'],
          message: `${day.date}不能既是放假日又是调休上班日`,
        });
      }
    });
  });

/** Compile-time check that the schema and the hand-written interface agree. */
type ZCalendarYearOutput = z.infer<typeof ZCalendarYear>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const calendarYearShapeMatches: Same<ZCalendarYearOutput, CalendarYear> = true;
void calendarYearShapeMatches;

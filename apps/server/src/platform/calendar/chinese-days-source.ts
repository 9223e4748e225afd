/**
 * Seed source for the working-day calendar table: the years the `chinese-days` package (1.5.7) really
 * knows, as CalendarYear rows with source 'chinese-days'. An administrator can still correct a year or
 * enter a new one from the State Council notice (rules.md §10: the schedule is loaded yearly, not computed).
 *
 * WHY we read day by day: the package exposes no raw tables, only `getDayDetail(date)`, which returns the
 * festival entry ("Spring Festival,春节,4") for a day off or a make-up workday of the notice, and a plain
 * English weekday name ("Friday") for every other day. Trap (stack-notes.md): for a year it has no data
 * for (2027 in 1.5.7) it silently answers with plain weekdays — 2027-01-01 comes out a working day — so
 * only years with at least one festival entry are emitted; absent years stay absent and deadlines running
 * into them are flagged by the domain calendar (missingYears).
 */
import { addDays, assessYearConfirmation, isWeekend, ZCalendarYear, type CalendarDay, type CalendarYear } from '@yifa/domain/calendar';
import cd from 'chinese-days';
import { chineseDaysAlmanac } from './lunar-almanac.ts';
import { todayInChina } from './today.ts';

/**
 * The notices whose number and date are on record (rules.md §10; the gazette), so that a seeded year can be
 * official. A seeded year without one stays provisional until an administrator confirms it with its notice.
 */
export const KNOWN_NOTICES: Readonly<Record<number, { notice: string; noticeDate: string }>> = {
  2025: { notice: '国办发明电〔2024〕12号', noticeDate: '2024-11-12' },
  // https://www.gov.cn/gongbao/2025/issue_12406/material/gwygb202532.pdf (国务院公报 2025 年第 32 号)
  2026: { notice: '国办发明电〔2025〕7号', noticeDate: '2025-11-04' },
};

/** chinese-days documents data from 2004; the upper bound only limits the scan. */
export const CHINESE_DAYS_FIRST_YEAR = 2004;
export const CHINESE_DAYS_SCAN_LAST_YEAR = 2100;

/** The notices' own names (chinese-days abbreviates a few). */
const OFFICIAL_NAME: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/** "Spring Festival,春节,4" → "春节"; null for a plain weekday/weekend answer ("Friday"). */
function festivalName(detailName: string): string | null {
  const parts = detailName.split(',');
  const zh = parts[1]?.trim();
  if (parts.length < 2 || !zh) return null;
  return OFFICIAL_NAME[zh] ?? zh;
}

function yearFromChineseDays(year: number): CalendarYear | null {
  const holidays: CalendarDay[] = [];
  const makeUpWorkdays: CalendarDay[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    const detail = cd.getDayDetail(date);
    const name = festivalName(detail.name);
    if (name === null) continue;
    if (!detail.work) holidays.push({ date, name });
    else if (isWeekend(date)) makeUpWorkdays.push({ date, name });
    else throw new Error(`chinese-days 将工作日 ${date} 标为调休上班日（${detail.name}），数据异常`);
  }
  if (holidays.length === 0 && makeUpWorkdays.length === 0) return null;
  const known = KNOWN_NOTICES[year];
  const notice = known?.notice ?? null;
  const noticeDate = known?.noticeDate ?? null;
  // Official only by the same check as an administrator's save: complete and confirmed with its notice.
  const { canBeOfficial } = assessYearConfirmation(
    { year, holidays, notice, noticeDate, parserWarnings: [] },
    chineseDaysAlmanac,
    todayInChina(),
  );
  // Validate like any other year entered (dates in the year, no day both off and worked…): fail the seed loudly.
  return ZCalendarYear.parse({
    year,
    holidays,
    makeUpWorkdays,
    source: 'chinese-days',
    notice,
    noticeDate,
    status: canBeOfficial ? 'official' : 'provisional',
  });
}

/** Every year chinese-days has real holiday data for, ascending. */
export function calendarYearsFromChineseDays(fromYear = CHINESE_DAYS_FIRST_YEAR, toYear = CHINESE_DAYS_SCAN_LAST_YEAR): CalendarYear[] {
  const years: CalendarYear[] = [];
  for (let y = fromYear; y <= toYear; y += 1) {
    const year = yearFromChineseDays(y);
    if (year !== null) years.push(year);
  }
  return years;
}

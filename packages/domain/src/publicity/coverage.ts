import type { IsoDate } from '../calendar/types.ts';
import type { DutyItemState } from './contracts.ts';

/*
 * Pure rules of publicity coverage. Every date is a China calendar day stored as 'YYYY-MM-DD' (the
 * day the activity took place in China Standard Time): an activity on 31 December belongs to that
 * year whatever the server's time zone, because nothing here converts to an instant.
 */

export const yearOfDay = (d: IsoDate): number => Number(d.slice(0, 4));
export const monthOfDay = (d: IsoDate): number => Number(d.slice(5, 7));
/** 1 = January–March … 4 = October–December. */
export const quarterOfDay = (d: IsoDate): number => Math.floor((monthOfDay(d) - 1) / 3) + 1;
export const monthsOfQuarter = (q: number): number[] => [q * 3 - 2, q * 3 - 1, q * 3];

export const isDayWithin = (d: IsoDate, start: IsoDate, end: IsoDate): boolean => d >= start && d <= end;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same month and day in another year; 29 February becomes 28 February in a common year. */
export function shiftToYear(d: IsoDate, year: number): IsoDate {
  const m = monthOfDay(d);
  const day = Math.min(Number(d.slice(8, 10)), lastDay(year, m));
  return `${year}-${pad(m)}-${pad(day)}`;
}

/**
 * The national publicity calendar a township starts each year with (campaignTheme codes). Windows
 * are the usual ones and editable per township:
 * - 宪法宣传周: the week around National Constitution Day, 4 December (《全国人民代表大会常务委员会
 *   关于设立国家宪法日的决定》2014; 宪法宣传周 since 2018), seeded 1–7 December;
 * - 全民国家安全教育日: 15 April (《国家安全法》第十四条), seeded as April;
 * - 国际禁毒日: 26 June, seeded as June (禁毒宣传月);
 * - 反诈, 扫黑除恶, 平安建设: year-round (常态化) campaigns.
 */
export const DEFAULT_CAMPAIGNS: readonly { theme: string; nameZh: string; start: string; end: string }[] = [
  { theme: 'nationalSecurity', nameZh: '全民国家安全教育日宣传', start: '04-01', end: '04-30' },
  { theme: 'antiDrug', nameZh: '“6·26”国际禁毒日宣传', start: '06-01', end: '06-30' },
  { theme: 'constitutionWeek', nameZh: '“宪法宣传周”活动', start: '12-01', end: '12-07' },
  { theme: 'antiFraud', nameZh: '反电信网络诈骗宣传', start: '01-01', end: '12-31' },
  { theme: 'antiGang', nameZh: '常态化扫黑除恶宣传', start: '01-01', end: '12-31' },
  { theme: 'safeTownship', nameZh: '平安建设宣传', start: '01-01', end: '12-31' },
];

export const CONSTITUTION_WEEK_THEME = 'constitutionWeek';
export const DEFAULT_CONSTITUTION_WEEK = { start: '12-01', end: '12-07' } as const;

/**
 * The constitution-week window of a year: the span of that year's constitutionWeek campaigns (as
 * the township set them), or 1–7 December when the township has none.
 */
export function constitutionWeekWindow(
  year: number,
  campaigns: readonly { theme: string; startDate: IsoDate; endDate: IsoDate }[],
): { start: IsoDate; end: IsoDate } {
  const mine = campaigns.filter((c) => c.theme === CONSTITUTION_WEEK_THEME && yearOfDay(c.startDate) === year);
  if (mine.length === 0) return { start: `${year}-${DEFAULT_CONSTITUTION_WEEK.start}`, end: `${year}-${DEFAULT_CONSTITUTION_WEEK.end}` };
  return {
    start: mine.map((c) => c.startDate).sort()[0]!,
    end: mine
      .map((c) => c.endDate)
      .sort()
      .at(-1)!,
  };
}

/**
 * A duty-list item is done when an activity linked to it took place in its year and in one of its
 * planned months (any month when none is planned). Not done: 'pending' while the last planned
 * month has not ended by `today`, 'missed' after it.
 */
export function dutyItemState(
  item: { year: number; plannedMonths: readonly number[] },
  activityDates: readonly IsoDate[],
  today: IsoDate,
): DutyItemState {
  const months = item.plannedMonths.length ? item.plannedMonths : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const isDone = activityDates.some((d) => yearOfDay(d) === item.year && months.includes(monthOfDay(d)));
  if (isDone) return 'done';
  const lastMonth = Math.max(...months);
  const periodEnd = `${item.year}-${pad(lastMonth)}-${pad(lastDay(item.year, lastMonth))}`;
  return today > periodEnd ? 'missed' : 'pending';
}

/** Activities per village and quarter of `year` (villages without activities get zeros). */
export function villageQuarterMatrix(
  year: number,
  villageIds: readonly string[],
  activities: readonly { villageId: string | null; date: IsoDate }[],
): Map<string, number[]> {
  const m = new Map(villageIds.map((id) => [id, [0, 0, 0, 0]]));
  for (const a of activities) {
    if (!a.villageId || yearOfDay(a.date) !== year) continue;
    const row = m.get(a.villageId);
    if (row) row[quarterOfDay(a.date) - 1]! += 1;
  }
  return m;
}

/** Activities per venue type and month of `year`. */
export function venueMonthMatrix(
  year: number,
  venueTypes: readonly string[],
  activities: readonly { venueType: string; date: IsoDate }[],
): Map<string, number[]> {
  const m = new Map(venueTypes.map((c) => [c, Array.from({ length: 12 }, () => 0)]));
  for (const a of activities) {
    if (yearOfDay(a.date) !== year) continue;
    let row = m.get(a.venueType);
    if (!row) {
      row = Array.from({ length: 12 }, () => 0);
      m.set(a.venueType, row);
    }
    row[monthOfDay(a.date) - 1]! += 1;
  }
  return m;
}

export interface SummarisableActivity {
  date: IsoDate;
  venueType: string;
  channel: string;
  campaignId: string | null;
  audienceCount: number;
  materialsCount: number;
}

/** Sums per key: activities, people reached, materials handed out (the figures a report quotes). */
export function sumBy<T extends SummarisableActivity>(
  activities: readonly T[],
  key: (a: T) => string | null,
): Map<string, { activities: number; people: number; materials: number }> {
  const m = new Map<string, { activities: number; people: number; materials: number }>();
  for (const a of activities) {
    const k = key(a);
    if (k === null) continue;
    const s = m.get(k) ?? { activities: 0, people: 0, materials: 0 };
    s.activities += 1;
    s.people += a.audienceCount;
    s.materials += a.materialsCount;
    m.set(k, s);
  }
  return m;
}

/** The planned months as the Chinese of a duty list: 全年, 第一季度, 4月、5月 … */
export function plannedPeriodZh(months: readonly number[]): string {
  if (months.length === 0 || months.length === 12) return '全年';
  const sorted = [...months].sort((a, b) => a - b);
  const quarters = [1, 2, 3, 4].filter((q) => monthsOfQuarter(q).every((m) => sorted.includes(m)));
  const rest = sorted.filter((m) => !quarters.some((q) => monthsOfQuarter(q).includes(m)));
  const qZh = ['', '第一季度', '第二季度', '第三季度', '第四季度'];
  return [...quarters.map((q) => qZh[q]!), ...rest.map((m) => `${m}月`)].join('、');
}

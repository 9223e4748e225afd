import type { IsoDate } from '../calendar/types.ts';

/**
 * Periods of the notice boards (公开栏) and of village / party affairs disclosure (村务公开、党务公开).
 * 《村民委员会组织法》第三十条: general matters at least once a quarter, matters involving money
 * every month; the township's own board follows the same rhythm by default. All dates are China
 * dates (YYYY-MM-DD): an update on the 31st belongs to that month whatever the server's zone.
 */
export const BOARD_RHYTHMS = ['monthly', 'quarterly'] as const;
export type BoardRhythm = (typeof BOARD_RHYTHMS)[number];

export interface DisclosurePeriod {
  /** '2026-03' (monthly) or '2026-Q1' (quarterly). */
  key: string;
  start: IsoDate;
  end: IsoDate;
  labelZh: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The China calendar date of an instant (UTC+8, no daylight saving). */
export function chinaDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function periodKeyOf(date: IsoDate, rhythm: BoardRhythm): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return rhythm === 'monthly' ? `${year}-${pad(month)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

export function periodOfKey(key: string): DisclosurePeriod {
  const m = /^(\d{4})-(?:(\d{2})|Q([1-4]))$/.exec(key);
  if (!m) throw new RangeError(`不是有效的公开期间：${key}`);
  const year = Number(m[1]);
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new RangeError(`不是有效的公开期间：${key}`);
    return {
      key,
      start: `${year}-${pad(month)}-01`,
      end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
      labelZh: `${year}年${month}月`,
    };
  }
  const q = Number(m[3]);
  const first = (q - 1) * 3 + 1;
  return {
    key,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`,
    labelZh: `${year}年第${q}季度`,
  };
}

export function periodsOfYear(year: number, rhythm: BoardRhythm): DisclosurePeriod[] {
  const keys =
    rhythm === 'monthly' ? Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`) : [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return keys.map(periodOfKey);
}

/**
 * The periods of `year` a board had to be updated in and was not: a period counts once it has
 * ended before `today` (the running period still has time) and if it ended on or after `since`
 * (the day the board was set up). `updates` are the China dates of its updates.
 */
export function missingPeriods(input: { year: number; rhythm: BoardRhythm; since: IsoDate; today: IsoDate; updates: readonly IsoDate[] }): {
  due: DisclosurePeriod[];
  missing: DisclosurePeriod[];
} {
  const covered = new Set(input.updates.map((d) => periodKeyOf(d, input.rhythm)));
  const due = periodsOfYear(input.year, input.rhythm).filter((p) => p.end < input.today && p.end >= input.since);
  return { due, missing: due.filter((p) => !covered.has(p.key)) };
}

/**
 * Hour crediting and the yearly target (学时), pure: the township's commitments (2021 report):
 * "全乡公务员每年学习法律知识不少于60学时"; absences credit nothing; only approved self-study counts.
 * Dates are China calendar dates ('YYYY-MM-DD' strings, never Date objects): a session on
 * 31 December counts in its year whatever the server's time zone.
 */

/** Hours are kept in tenths: 0.5 h steps are common and float sums must not turn 60 into 59.999. */
export const toTenths = (hours: number): number => Math.round(hours * 10);
export const fromTenths = (tenths: number): number => tenths / 10;

/** The calendar year of a China date string. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export type Quarter = 1 | 2 | 3 | 4;

/** First and last day (inclusive) of a year or one of its quarters. */
export function periodRange(year: number, quarter?: Quarter | null): { from: string; to: string } {
  if (!quarter) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = daysInMonth(year, lastMonth);
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export function isWithin(isoDate: string, range: { from: string; to: string }): boolean {
  return isoDate >= range.from && isoDate <= range.to;
}

export interface AttendanceForCredit {
  isPresent: boolean;
}

/** Hours one attendance earns: the session's hours when present, nothing when absent. */
export function creditedHours(attendance: AttendanceForCredit, sessionHours: number): number {
  return attendance.isPresent ? sessionHours : 0;
}

export type SelfStudyStatus = 'pending' | 'approved' | 'rejected';

/** Self-study and online study count only once the ledger office approved them. */
export function creditedSelfStudyHours(claim: { status: SelfStudyStatus; hours: number }): number {
  return claim.status === 'approved' ? claim.hours : 0;
}

export interface HoursTargetParams {
  /** Hours a year (default 60). */
  annualHours: number;
  /** A cadre who joined (or left) during the year gets the share of the year they were on the roll. */
  prorateForJoiners: boolean;
}

/**
 * The hours a cadre must reach in `year`. Pro-rating (when the setting says so) counts calendar
 * days on the roll, joining day included, and rounds up to the next tenth (never lets a cadre off
 * by rounding). Someone not on the roll that year has a target of 0.
 */
export function hoursTarget(params: HoursTargetParams, year: number, joinedOn: string | null, leftOn: string | null = null): number {
  if (!params.prorateForJoiners) return params.annualHours;
  const { from, to } = periodRange(year);
  const start = joinedOn && joinedOn > from ? joinedOn : from;
  const end = leftOn && leftOn < to ? previousDay(leftOn) : to;
  if (start > end) return 0;
  const days = dayNumber(end) - dayNumber(start) + 1;
  const total = dayNumber(to) - dayNumber(from) + 1;
  if (days === total) return params.annualHours;
  return fromTenths(Math.ceil((toTenths(params.annualHours) * days) / total));
}

/** Exactly on the target passes ("不少于"). */
export function meetsTarget(actualHours: number, targetHours: number): boolean {
  return toTenths(actualHours) >= toTenths(targetHours);
}

/** "不少于及格分" passes: exactly the pass mark passes; an absentee (no score) fails. */
export function isPassingScore(score: number | null, passMark: number): boolean {
  return score !== null && Math.round(score * 100) >= Math.round(passMark * 100);
}

// ── China calendar date arithmetic on strings (no time zone involved) ─────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Days since 0000-03-01 (civil calendar), for differences between dates. */
export function dayNumber(isoDate: string): number {
  let y = Number(isoDate.slice(0, 4));
  let m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  if (m <= 2) {
    y -= 1;
    m += 12;
  }
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * (m - 3) + 2) / 5) + d - 1;
}

function previousDay(isoDate: string): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  if (d > 1) return `${y}-${pad(m)}-${pad(d - 1)}`;
  if (m > 1) return `${y}-${pad(m - 1)}-${pad(daysInMonth(y, m - 1))}`;
  return `${y - 1}-12-31`;
}

/** Is this a real calendar date 'YYYY-MM-DD'? */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

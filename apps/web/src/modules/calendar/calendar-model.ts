import { type CalendarYearList, type CalendarYearSummary } from '@yifa/domain';
import { addDays, dayOfWeekOf, daysBetween } from '@yifa/domain/calendar';

/** A row of the year list: a stored year, or a year around today that has no schedule yet. */
export interface YearRow {
  year: number;
  summary: CalendarYearSummary | null;
}

/** Stored and missing years in one list, newest first. */
export function yearRows(list: CalendarYearList): YearRow[] {
  const rows: YearRow[] = [
    ...list.items.map((summary) => ({ year: summary.year, summary })),
    ...list.missingYears.map((year) => ({ year, summary: null })),
  ];
  return rows.sort((a, b) => b.year - a.year);
}

/** Which year to show first: this year when stored, else the newest stored one. */
export function defaultYear(list: CalendarYearList, thisYear: number): number | null {
  if (list.items.some((y) => y.year === thisYear)) return thisYear;
  const stored = list.items.map((y) => y.year).sort((a, b) => b - a);
  return stored[0] ?? null;
}

export type DayKind = 'holiday' | 'makeUpWorkday';

export interface DayEntry {
  date: string;
  name: string;
}

export interface DayRun {
  kind: DayKind;
  name: string;
  from: string;
  to: string;
  count: number;
}

/**
 * Consecutive days of the same kind and name as one run ("春节 2月15日至23日, 9 days"): a year's
 * notice gives its breaks as runs, and a clerk checks them that way.
 */
export function dayRuns(holidays: DayEntry[], makeUpWorkdays: DayEntry[]): DayRun[] {
  const all = [
    ...holidays.map((d) => ({ ...d, kind: 'holiday' as const })),
    ...makeUpWorkdays.map((d) => ({ ...d, kind: 'makeUpWorkday' as const })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const runs: DayRun[] = [];
  for (const day of all) {
    const last = runs[runs.length - 1];
    if (last && last.kind === day.kind && last.name === day.name && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      last.count += 1;
    } else {
      runs.push({ kind: day.kind, name: day.name, from: day.date, to: day.date, count: 1 });
    }
  }
  return runs;
}

/** Every date from `from` to `to`, both included (at most a year: a typo must not build a huge list). */
export function datesBetween(from: string, to: string): string[] {
  const n = daysBetween(from, to);
  if (n < 0 || n > 366) return [];
  return Array.from({ length: n + 1 }, (_, i) => addDays(from, i));
}

export interface MonthCell {
  date: string;
  day: number;
  isWeekend: boolean;
}

/** The weeks of a month, Monday first (as Chinese wall calendars print them); null pads the edges. */
export function monthWeeks(year: number, month: number): (MonthCell | null)[][] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const weeks: (MonthCell | null)[][] = [];
  let week: (MonthCell | null)[] = Array.from({ length: (dayOfWeekOf(first) + 6) % 7 }, () => null);
  for (let date = first; Number(date.slice(5, 7)) === month && Number(date.slice(0, 4)) === year; date = addDays(date, 1)) {
    const dow = dayOfWeekOf(date);
    week.push({ date, day: Number(date.slice(8)), isWeekend: dow === 0 || dow === 6 });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** What a year's schedule says of each date. */
export function dayIndex(holidays: DayEntry[], makeUpWorkdays: DayEntry[]): Map<string, { kind: DayKind; name: string }> {
  const index = new Map<string, { kind: DayKind; name: string }>();
  for (const d of holidays) index.set(d.date, { kind: 'holiday', name: d.name });
  for (const d of makeUpWorkdays) index.set(d.date, { kind: 'makeUpWorkday', name: d.name });
  return index;
}

/**
 * The one day-by-day walk behind every counting function, so that `addWorkingDays`, `addCalendarDays`
 * and `computeDeadline` (and therefore the page and the server) can never disagree.
 *
 * Counting method (民事诉讼法 2023 Art. 85, applied by 行政复议法 2023 Art. 88 ¶1 and used for every
 * administrative period, rules.md §10):
 * - the starting day (the day of the triggering event) is not counted: counting begins the next day;
 * - working-day periods count only working days (Mon–Fri that are not days off, plus make-up Saturdays/
 *   Sundays — 政府信息公开条例 Arts. 30, 33; 行政处罚法 Art. 85; 行政复议法 Art. 88 ¶2);
 * - calendar-day periods count every day, but when the last day is a rest day (a weekend day that is not
 *   a make-up workday, or a day off of the notice) the period ends on the first working day after it
 *   (民事诉讼法 Art. 85 ¶3; courts treat weekends as 法定休假日 for this rule);
 * - paused days do not count (政府信息公开条例 Art. 33 ¶3: time consulting a third party or another
 *   agency is excluded). A pause still running stops the clock: there is no due date yet.
 */
import { fromDayNumber, toDayNumber, yearOf } from './iso-date.ts';
import type { DeadlinePause } from './deadline-rule.ts';
import type { IsoDate } from './types.ts';
import { dayInfo, type DayInfo, type WorkingDayCalendar } from './working-day-calendar.ts';

/** Name used for ordinary Saturdays/Sundays in explanations. */
export const WEEKEND_NAME_ZH = '周末';

/** Consecutive rest days, grouped so that an explanation stays short. */
export interface RestRun {
  from: IsoDate;
  to: IsoDate;
  count: number;
  /** Distinct names in order, e.g. ['周末', '元旦']; ['周末'] for a plain weekend. */
  names: string[];
  hasHoliday: boolean;
}

export type WalkEvent =
  { kind: 'restDays'; run: RestRun } | { kind: 'makeUpWorkday'; date: IsoDate; name: string } | { kind: 'pauseEntered'; index: number };

export interface WalkOutcome {
  dueDate: IsoDate | null;
  /** Calendar-day basis: the last day of the period before the last-day rule moved it. */
  nominalLastDay: IsoDate | null;
  events: WalkEvent[];
  /** Per pause (same index as the input): days of the period's unit paused before the due date. */
  pausedDays: number[];
  lastDayMove: { from: IsoDate; to: IsoDate; run: RestRun } | null;
  clockStopped: { pauseIndex: number; since: IsoDate; counted: number; remaining: number } | null;
  missingYears: number[];
  /** Of missingYears: stored provisional years, and years counted on the statutory days of the Measures. */
  enteredProvisionalYears: number[];
  statutoryYears: number[];
}

export function assertDayCount(n: number, max: number): void {
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new RangeError(`期限天数必须是0到${max}之间的整数，收到：${n}`);
  }
}

function covering(pauses: readonly DeadlinePause[], date: IsoDate): number[] {
  const out: number[] = [];
  pauses.forEach((p, i) => {
    if (p.from <= date && (p.to === null || date <= p.to)) out.push(i);
  });
  return out;
}

class Walk {
  readonly events: WalkEvent[] = [];
  readonly pausedDays: number[];
  readonly missing = new Map<number, DayInfo['yearBasis']>();
  private readonly entered = new Set<number>();
  private run: RestRun | null = null;

  constructor(
    private readonly cal: WorkingDayCalendar,
    readonly pauses: readonly DeadlinePause[],
  ) {
    this.pausedDays = pauses.map(() => 0);
  }

  info(date: IsoDate): DayInfo {
    const info = dayInfo(this.cal, date);
    if (!info.isYearOfficial) this.missing.set(yearOf(date), info.yearBasis);
    return info;
  }

  enterPause(index: number): void {
    this.closeRun();
    if (!this.entered.has(index)) {
      this.entered.add(index);
      this.events.push({ kind: 'pauseEntered', index });
    }
  }

  addRestDay(info: DayInfo): void {
    const name = info.reason === 'holiday' ? (info.name ?? '节假日') : WEEKEND_NAME_ZH;
    if (this.run === null) {
      this.run = { from: info.date, to: info.date, count: 0, names: [], hasHoliday: false };
    }
    this.run.to = info.date;
    this.run.count += 1;
    if (!this.run.names.includes(name)) this.run.names.push(name);
    if (info.reason === 'holiday') this.run.hasHoliday = true;
  }

  /** Ends the current run of rest days; returns it without recording it when `record` is false. */
  closeRun(record = true): RestRun | null {
    const run = this.run;
    this.run = null;
    if (run !== null && record) this.events.push({ kind: 'restDays', run });
    return run;
  }

  missingYears(basis?: DayInfo['yearBasis']): number[] {
    return [...this.missing]
      .filter(([, b]) => basis === undefined || b === basis)
      .map(([y]) => y)
      .sort((a, b) => a - b);
  }

  missingByBasis(): Pick<WalkOutcome, 'missingYears' | 'enteredProvisionalYears' | 'statutoryYears'> {
    return {
      missingYears: this.missingYears(),
      enteredProvisionalYears: this.missingYears('provisional'),
      statutoryYears: this.missingYears('statutory'),
    };
  }
}

/** Walks `total` working days after `start`, skipping paused days. */
export function walkWorkingDays(
  cal: WorkingDayCalendar,
  start: IsoDate,
  total: number,
  pauses: readonly DeadlinePause[] = [],
): WalkOutcome {
  const walk = new Walk(cal, pauses);
  let dn = toDayNumber(start);
  let counted = 0;
  while (counted < total) {
    dn += 1;
    const date = fromDayNumber(dn);
    const hit = covering(pauses, date);
    const first = hit[0];
    if (first !== undefined) {
      const open = hit.find((i) => pauses[i]?.to === null);
      walk.enterPause(open ?? first);
      if (open !== undefined) {
        return stopped(walk, open, pauses, counted, total);
      }
      if (walk.info(date).isWorkingDay) walk.pausedDays[first] = (walk.pausedDays[first] ?? 0) + 1;
      continue;
    }
    const info = walk.info(date);
    if (!info.isWorkingDay) {
      walk.addRestDay(info);
      continue;
    }
    walk.closeRun();
    if (info.reason === 'makeUpWorkday') walk.events.push({ kind: 'makeUpWorkday', date, name: info.name ?? '' });
    counted += 1;
  }
  walk.closeRun();
  return {
    dueDate: fromDayNumber(dn),
    nominalLastDay: null,
    events: walk.events,
    pausedDays: walk.pausedDays,
    lastDayMove: null,
    clockStopped: null,
    ...walk.missingByBasis(),
  };
}

/** Walks `total` calendar days after `start` (paused days not counted), then applies the last-day rule. */
export function walkCalendarDays(
  cal: WorkingDayCalendar,
  start: IsoDate,
  total: number,
  pauses: readonly DeadlinePause[] = [],
): WalkOutcome {
  const walk = new Walk(cal, pauses);
  let dn = toDayNumber(start);
  let counted = 0;
  while (counted < total) {
    dn += 1;
    const date = fromDayNumber(dn);
    const hit = covering(pauses, date);
    const first = hit[0];
    if (first !== undefined) {
      const open = hit.find((i) => pauses[i]?.to === null);
      walk.enterPause(open ?? first);
      if (open !== undefined) return stopped(walk, open, pauses, counted, total);
      walk.pausedDays[first] = (walk.pausedDays[first] ?? 0) + 1;
      continue;
    }
    counted += 1;
  }
  const nominalLastDay = fromDayNumber(dn);
  // Last-day rule: only the last day's status matters, so only from here on is the calendar consulted.
  for (;;) {
    const date = fromDayNumber(dn);
    const hit = covering(pauses, date);
    const first = hit[0];
    if (first !== undefined) {
      // A pause beginning on the (moved) last day: the period had not yet expired, so the clock stops.
      const open = hit.find((i) => pauses[i]?.to === null);
      walk.enterPause(open ?? first);
      if (open !== undefined) return stopped(walk, open, pauses, total, total);
      walk.pausedDays[first] = (walk.pausedDays[first] ?? 0) + 1;
      dn += 1;
      continue;
    }
    const info = walk.info(date);
    if (info.isWorkingDay) break;
    walk.addRestDay(info);
    dn += 1;
  }
  const run = walk.closeRun(false);
  const dueDate = fromDayNumber(dn);
  return {
    dueDate,
    nominalLastDay,
    events: walk.events,
    pausedDays: walk.pausedDays,
    lastDayMove: run === null ? null : { from: nominalLastDay, to: dueDate, run },
    clockStopped: null,
    ...walk.missingByBasis(),
  };
}

function stopped(walk: Walk, pauseIndex: number, pauses: readonly DeadlinePause[], counted: number, total: number): WalkOutcome {
  walk.closeRun();
  const pause = pauses[pauseIndex];
  return {
    dueDate: null,
    nominalLastDay: null,
    events: walk.events,
    pausedDays: walk.pausedDays,
    lastDayMove: null,
    clockStopped: { pauseIndex, since: pause?.from ?? '', counted, remaining: total - counted },
    ...walk.missingByBasis(),
  };
}

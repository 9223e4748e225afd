/**
 * Structured explanation of a computed deadline. It is stored with the deadline (architecture.md: "deadlines
 * are stored when computed, with the explanation of how") so a clerk, a supervisor or a reviewing body can
 * retrace every day that was skipped, paused or moved.
 */
import type { DeadlineBasis, DeadlineRule } from './deadline-rule.ts';
import type { WalkOutcome } from './deadline-walk.ts';
import type { IsoDate } from './types.ts';

export type PauseEffect =
  /** closed pause that fell inside the period: its days were not counted */
  | 'counted'
  /** pause still running (to = null) that the period reached: the clock is stopped */
  | 'running'
  /** pause that ended on or before the start day: no effect */
  | 'beforeStart'
  /** pause that begins after the due date (or after the clock had already stopped): no effect */
  | 'notReached';

export type ExplanationStep =
  | { kind: 'start'; date: IsoDate; labelZh: string | null; basis: DeadlineBasis; days: number }
  | { kind: 'extension'; days: number; reasonZh: string }
  /** Consecutive rest days skipped while counting working days. */
  | { kind: 'restDays'; from: IsoDate; to: IsoDate; count: number; names: string[]; hasHoliday: boolean }
  /** A make-up Saturday/Sunday that was counted as a working day. */
  | { kind: 'makeUpWorkday'; date: IsoDate; name: string }
  /** daysPaused is in the rule's unit (working or calendar days); null while the pause is running. */
  | { kind: 'pause'; from: IsoDate; to: IsoDate | null; reasonZh: string; daysPaused: number | null; effect: PauseEffect }
  /** Calendar-day period whose last day was a rest day: moved to the next working day. */
  | { kind: 'lastDayMoved'; from: IsoDate; to: IsoDate; count: number; names: string[] }
  | { kind: 'clockStopped'; since: IsoDate; reasonZh: string; daysCounted: number; daysRemaining: number }
  /**
   * Years without an official schedule. Of them, `entered`: stored provisional (暂定) schedules; `statutory`:
   * no schedule, counted on the statutory days of the Measures; the rest: plain weekdays. (Both lists are
   * absent from explanations stored before they existed.)
   */
  | { kind: 'calendarMissing'; years: number[]; entered?: number[]; statutory?: number[] }
  | { kind: 'due'; date: IsoDate; totalDays: number };

export interface DeadlineExplanation {
  rule: DeadlineRule;
  steps: ExplanationStep[];
  textZh: string;
  textEn: string;
}

export function buildSteps(rule: DeadlineRule, walk: WalkOutcome, totalDays: number): ExplanationStep[] {
  const pauses = rule.pauses ?? [];
  const steps: ExplanationStep[] = [
    { kind: 'start', date: rule.startDate, labelZh: rule.startLabelZh ?? null, basis: rule.basis, days: rule.days },
  ];
  for (const e of rule.extensions ?? []) steps.push({ kind: 'extension', days: e.days, reasonZh: e.reasonZh });

  const pauseStep = (index: number, effect: PauseEffect): ExplanationStep | null => {
    const p = pauses[index];
    if (p === undefined) return null;
    const daysPaused = effect === 'running' ? null : effect === 'counted' ? (walk.pausedDays[index] ?? 0) : 0;
    return { kind: 'pause', from: p.from, to: p.to, reasonZh: p.reasonZh, daysPaused, effect };
  };

  const entered = new Set<number>();
  for (const ev of walk.events) {
    if (ev.kind === 'restDays') steps.push({ kind: 'restDays', ...ev.run, names: [...ev.run.names] });
    else if (ev.kind === 'makeUpWorkday') steps.push({ kind: 'makeUpWorkday', date: ev.date, name: ev.name });
    else {
      entered.add(ev.index);
      const isRunning = walk.clockStopped?.pauseIndex === ev.index;
      const s = pauseStep(ev.index, isRunning ? 'running' : 'counted');
      if (s) steps.push(s);
    }
  }
  pauses.forEach((p, i) => {
    if (entered.has(i)) return;
    const s = pauseStep(i, p.to !== null && p.to <= rule.startDate ? 'beforeStart' : 'notReached');
    if (s) steps.push(s);
  });

  if (walk.lastDayMove) {
    const { from, to, run } = walk.lastDayMove;
    steps.push({ kind: 'lastDayMoved', from, to, count: run.count, names: [...run.names] });
  }
  if (walk.missingYears.length > 0) {
    steps.push({
      kind: 'calendarMissing',
      years: [...walk.missingYears],
      entered: [...walk.enteredProvisionalYears],
      statutory: [...walk.statutoryYears],
    });
  }
  if (walk.clockStopped) {
    const p = pauses[walk.clockStopped.pauseIndex];
    steps.push({
      kind: 'clockStopped',
      since: walk.clockStopped.since,
      reasonZh: p?.reasonZh ?? '',
      daysCounted: walk.clockStopped.counted,
      daysRemaining: walk.clockStopped.remaining,
    });
  } else if (walk.dueDate !== null) {
    steps.push({ kind: 'due', date: walk.dueDate, totalDays });
  }
  return steps;
}

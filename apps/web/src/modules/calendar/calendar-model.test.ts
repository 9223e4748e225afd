import { describe, expect, it } from 'vitest';
import { datesBetween, dayRuns, defaultYear, monthWeeks, yearRows } from './calendar-model.ts';

describe('calendar model', () => {
  it('folds consecutive days of one festival into a run, and keeps make-up days apart', () => {
    const runs = dayRuns(
      [
        { date: '2026-02-15', name: '春节' },
        { date: '2026-02-16', name: '春节' },
        { date: '2026-02-17', name: '春节' },
        { date: '2026-04-05', name: '清明节' },
      ],
      [
        { date: '2026-02-14', name: '春节' },
        { date: '2026-02-28', name: '春节' },
      ],
    );
    expect(runs).toEqual([
      { kind: 'makeUpWorkday', name: '春节', from: '2026-02-14', to: '2026-02-14', count: 1 },
      { kind: 'holiday', name: '春节', from: '2026-02-15', to: '2026-02-17', count: 3 },
      { kind: 'makeUpWorkday', name: '春节', from: '2026-02-28', to: '2026-02-28', count: 1 },
      { kind: 'holiday', name: '清明节', from: '2026-04-05', to: '2026-04-05', count: 1 },
    ]);
  });

  it('lists the missing years among the stored ones, newest first', () => {
    const summary = (year: number) => ({
      year,
      source: 'manual' as const,
      status: 'official' as const,
      notice: null,
      noticeDate: null,
      holidayCount: 1,
      makeUpWorkdayCount: 0,
      isOfficial: true,
      updatedAt: '',
      updatedByName: null,
    });
    const rows = yearRows({ items: [summary(2025), summary(2026)], missingYears: [2027] });
    expect(rows.map((r) => [r.year, r.summary === null])).toEqual([
      [2027, true],
      [2026, false],
      [2025, false],
    ]);
    expect(defaultYear({ items: [summary(2025), summary(2026)], missingYears: [2027] }, 2027)).toBe(2026);
  });

  it('lays a month out Monday first: February 2026 starts on a Sunday', () => {
    const weeks = monthWeeks(2026, 2);
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]![6]).toEqual({ date: '2026-02-01', day: 1, isWeekend: true });
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('expands a range and refuses a reversed one', () => {
    expect(datesBetween('2026-09-30', '2026-10-02')).toEqual(['2026-09-30', '2026-10-01', '2026-10-02']);
    expect(datesBetween('2026-10-02', '2026-09-30')).toEqual([]);
  });
});

/**
 * Expected dates below were worked out by hand from rules.md §10 (walk written in each comment);
 * numbers in the walk are the working-day count.
 */
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './day-counting.ts';
import { YEAR_2025, YEAR_2026 } from './official-years.fixture.ts';
import { addDays, toDayNumber, yearOf } from './iso-date.ts';
import type { IsoDate } from './types.ts';
import { createCalendar, dayInfo } from './working-day-calendar.ts';

const cal = createCalendar([YEAR_2025, YEAR_2026]);

describe('addWorkingDays across Spring Festival', () => {
  it('2025: 20 WD from Fri 2025-01-24 → Thu 2025-02-27', () => {
    // 01-25 Sat off; 01-26 Sun make-up 1; 01-27 2; 01-28…02-04 春节; 02-05..07 3-5; 02-08 Sat make-up 6;
    // 02-10..14 7-11; 02-17..21 12-16; 02-24..27 17-20.
    expect(addWorkingDays(cal, '2025-01-24', 20)).toEqual({ dueDate: '2025-02-27', missingYears: [] });
  });

  it('2026: 20 WD from Tue 2026-02-10 → Mon 2026-03-16 (OGI reply, 条例 Art. 33)', () => {
    // 02-11..13 1-3; 02-14 Sat make-up 4; 02-15…23 春节; 02-24..27 5-8; 02-28 Sat make-up 9; 03-01 Sun off;
    // 03-02..06 10-14; 03-09..13 15-19; 03-16 20.
    expect(addWorkingDays(cal, '2026-02-10', 20).dueDate).toBe('2026-03-16');
  });

  it('2026: 20 WD from Thu 2026-02-12 → Wed 2026-03-18', () => {
    // 02-13 1; 02-14 make-up 2; 春节; 02-24..27 3-6; 02-28 make-up 7; 03-02..06 8-12; 03-09..13 13-17; 03-16..18 18-20.
    expect(addWorkingDays(cal, '2026-02-12', 20).dueDate).toBe('2026-03-18');
  });

  it('7 WD correction notice from the eve of the festival (条例 Art. 30)', () => {
    // received Fri 2026-02-13: 02-14 Sat make-up 1; 春节 02-15…23; 02-24..27 2-5; 02-28 Sat make-up 6; 03-02 7.
    expect(addWorkingDays(cal, '2026-02-13', 7).dueDate).toBe('2026-03-02');
  });
});

describe('addWorkingDays across National Day', () => {
  it('2025: 20 WD from Fri 2025-09-26 → Thu 2025-10-30', () => {
    // 09-27 Sat off; 09-28 Sun make-up 1; 09-29, 09-30 2-3; 10-01…08 国庆节、中秋节; 10-09, 10-10 4-5;
    // 10-11 Sat make-up 6; 10-13..17 7-11; 10-20..24 12-16; 10-27..30 17-20.
    expect(addWorkingDays(cal, '2025-09-26', 20).dueDate).toBe('2025-10-30');
  });

  it('2026: 20 WD from Fri 2026-09-18 → Thu 2026-10-22 (中秋节 and 国庆节 both skipped)', () => {
    // 09-19 Sat off; 09-20 Sun make-up 1; 09-21..24 2-5; 09-25…27 中秋节; 09-28..30 6-8; 10-01…07 国庆节;
    // 10-08, 10-09 9-10; 10-10 Sat make-up 11; 10-12..16 12-16; 10-19..22 17-20.
    expect(addWorkingDays(cal, '2026-09-18', 20).dueDate).toBe('2026-10-22');
  });
});

describe('addWorkingDays basics', () => {
  it('does not count the starting day, even when it is a working day', () => {
    expect(addWorkingDays(cal, '2026-03-02', 1).dueDate).toBe('2026-03-03');
    expect(addWorkingDays(cal, '2026-03-06', 1).dueDate).toBe('2026-03-09'); // Fri → Mon
    expect(addWorkingDays(cal, '2026-03-07', 1).dueDate).toBe('2026-03-09'); // received on Sat
  });

  it('n = 0 is the start itself', () => {
    expect(addWorkingDays(cal, '2026-02-16', 0).dueDate).toBe('2026-02-16');
  });

  it('rejects negative, fractional and absurd counts', () => {
    expect(() => addWorkingDays(cal, '2026-03-02', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-03-02', 100_000)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween(cal, '2026-02-10', '2026-03-16')).toEqual({ days: 20, missingYears: [] });
    expect(workingDaysBetween(cal, '2026-02-14', '2026-02-23').days).toBe(0); // all of 春节
    expect(workingDaysBetween(cal, '2026-02-13', '2026-02-14').days).toBe(1); // the make-up Saturday
    expect(workingDaysBetween(cal, '2026-03-02', '2026-03-02').days).toBe(0);
  });

  it('is negative when `to` is before `from` (days overdue)', () => {
    expect(workingDaysBetween(cal, '2026-03-16', '2026-02-10').days).toBe(-20);
  });

  it('counts by year as the day-by-day walk does, across official and missing years and leap days', () => {
    // The walk, spelled out: every day after `from` up to `to`, each looked up alone.
    const walk = (from: IsoDate, to: IsoDate) => {
      const missing = new Set<number>();
      let days = 0;
      for (let i = 1; i <= toDayNumber(to) - toDayNumber(from); i += 1) {
        const info = dayInfo(cal, addDays(from, i));
        if (!info.isYearOfficial) missing.add(yearOf(info.date));
        if (info.isWorkingDay) days += 1;
      }
      return { days, missingYears: [...missing].sort((x, y) => x - y) };
    };
    const start = toDayNumber('2022-12-25');
    const span = toDayNumber('2028-03-05') - start;
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) % (span + 1);
    const dates = ['2024-02-29', '2024-12-31', '2025-01-01', '2025-12-31', '2026-01-01', '2028-02-29'] as IsoDate[];
    for (let i = 0; i < 60; i += 1) dates.push(addDays('2022-12-25', next()));
    for (const from of dates)
      for (const to of dates.slice(0, 12)) {
        const expected = walk(...((toDayNumber(to) >= toDayNumber(from) ? [from, to] : [to, from]) as [IsoDate, IsoDate]));
        const got = workingDaysBetween(cal, from, to);
        const sign = toDayNumber(to) >= toDayNumber(from) ? 1 : -1;
        expect(got, `${from} → ${to}`).toEqual({
          days: expected.days === 0 ? 0 : sign * expected.days,
          missingYears: expected.missingYears,
        });
      }
  });
});

describe('addCalendarDays and the last-day rule (民事诉讼法 Art. 85)', () => {
  it('keeps a last day that is a working day', () => {
    // 15 days from Mon 2026-03-02 → Tue 2026-03-17.
    expect(addCalendarDays(cal, '2026-03-02', 15)).toEqual({ dueDate: '2026-03-17', nominalLastDay: '2026-03-17', missingYears: [] });
  });

  it('moves a last day falling on a weekend to Monday', () => {
    // 5 days from Mon 2026-03-02 → Sat 03-07 → Mon 03-09.
    expect(addCalendarDays(cal, '2026-03-02', 5)).toMatchObject({ dueDate: '2026-03-09', nominalLastDay: '2026-03-07' });
  });

  it('moves a last day inside National Day to the first working day after it', () => {
    // 60 days (行政复议 application period) from 2026-08-04 → 10-03 (国庆节) → Thu 10-08.
    expect(addCalendarDays(cal, '2026-08-04', 60)).toMatchObject({ dueDate: '2026-10-08', nominalLastDay: '2026-10-03' });
  });

  it('moves a last day inside Spring Festival 2025 past the whole break', () => {
    // 3 days from 2025-01-27 → 01-30 (春节 01-28…02-04) → Wed 02-05.
    expect(addCalendarDays(cal, '2025-01-27', 3).dueDate).toBe('2025-02-05');
  });

  it('does not move a last day that is a make-up Saturday or Sunday', () => {
    expect(addCalendarDays(cal, '2026-02-13', 1).dueDate).toBe('2026-02-14');
    expect(addCalendarDays(cal, '2025-09-27', 1).dueDate).toBe('2025-09-28');
  });

  it('moves across the year boundary onto a make-up Sunday', () => {
    // 1 day from 2025-12-31 → 2026-01-01 元旦; 01-02 元旦; 01-03 元旦 (Sat); 01-04 Sun is a make-up workday.
    expect(addCalendarDays(cal, '2025-12-31', 1)).toMatchObject({ dueDate: '2026-01-04', missingYears: [] });
  });
});

describe('missing years are flagged, never silent', () => {
  it('counts 2027 with plain weekdays but reports it', () => {
    // 2026-12-28 Mon: 12-29..31 1-3; 2027-01-01 Fri 4 (no notice entered); 2027-01-04 Mon 5.
    expect(addWorkingDays(cal, '2026-12-28', 5)).toEqual({ dueDate: '2027-01-04', missingYears: [2027] });
    expect(workingDaysBetween(cal, '2026-12-28', '2027-01-04')).toEqual({ days: 5, missingYears: [2027] });
  });

  it('does not flag a missing year that was not consulted', () => {
    expect(addWorkingDays(cal, '2026-12-21', 3)).toEqual({ dueDate: '2026-12-24', missingYears: [] });
    // Calendar days: only the last day's status matters.
    expect(addCalendarDays(cal, '2024-12-31', 3).missingYears).toEqual([]);
  });

  it('flags years before the entered ones too', () => {
    expect(addWorkingDays(cal, '2024-12-30', 3)).toEqual({ dueDate: '2025-01-03', missingYears: [2024] });
    expect(addCalendarDays(cal, '2026-12-01', 31)).toMatchObject({ dueDate: '2027-01-01', missingYears: [2027] });
  });
});

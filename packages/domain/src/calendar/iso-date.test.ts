import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeekOf, daysBetween, formatDateZh, fromDayNumber, isRealIsoDate, toDayNumber, weekdayZh } from './iso-date.ts';

describe('iso-date', () => {
  it('recognises real dates only', () => {
    expect(isRealIsoDate('2026-02-28')).toBe(true);
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isRealIsoDate('1900-02-29')).toBe(false);
    expect(isRealIsoDate('2000-02-29')).toBe(true);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('2026-4-1')).toBe(false);
    expect(isRealIsoDate('2026-04-31')).toBe(false);
  });

  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2026-01-01')).toBe(20454);
    expect(fromDayNumber(20454)).toBe('2026-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    for (let n = 10_000; n < 30_000; n += 37) expect(toDayNumber(fromDayNumber(n))).toBe(n);
  });

  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-08-04', '2026-10-03')).toBe(60);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeekOf('2026-01-01')).toBe(4); // Thursday
    expect(dayOfWeekOf('2025-01-01')).toBe(3); // Wednesday
    expect(weekdayZh('2026-02-15')).toBe('周日');
    expect(weekdayZh('2026-02-14')).toBe('周六');
  });

  it('formats dates the Chinese way', () => {
    expect(formatDateZh('2026-03-06')).toBe('2026年3月6日');
  });
});

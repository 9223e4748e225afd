import { describe, expect, it } from 'vitest';
import { chinaDateOf, missingPeriods, periodKeyOf, periodOfKey, periodsOfYear } from './periods.ts';

describe('board periods', () => {
  it('puts an update on the 31st into that month, and on 31 March into Q1', () => {
    expect(periodKeyOf('2026-01-31', 'monthly')).toBe('2026-01');
    expect(periodKeyOf('2026-03-31', 'quarterly')).toBe('2026-Q1');
    expect(periodKeyOf('2026-04-01', 'quarterly')).toBe('2026-Q2');
    expect(periodKeyOf('2026-12-31', 'monthly')).toBe('2026-12');
  });

  it('uses the China date of an instant: 31 Jan 20:00 UTC is already 1 Feb in China', () => {
    expect(chinaDateOf(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01-31');
    expect(chinaDateOf(new Date('2026-01-31T16:00:00Z'))).toBe('2026-02-01');
    expect(periodKeyOf(chinaDateOf(new Date('2026-01-31T15:30:00Z')), 'monthly')).toBe('2026-01');
  });

  it('gives month and quarter bounds, leap February included', () => {
    expect(periodOfKey('2028-02')).toMatchObject({ start: '2028-02-01', end: '2028-02-29', labelZh: '2028年2月' });
    expect(periodOfKey('2026-02').end).toBe('2026-02-28');
    expect(periodOfKey('2026-Q4')).toMatchObject({ start: '2026-10-01', end: '2026-12-31', labelZh: '2026年第4季度' });
    expect(() => periodOfKey('2026-13')).toThrow(RangeError);
    expect(periodsOfYear(2026, 'monthly')).toHaveLength(12);
    expect(periodsOfYear(2026, 'quarterly').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('lists ended periods without an update; the running period is not missing yet', () => {
    const r = missingPeriods({
      year: 2026,
      rhythm: 'monthly',
      since: '2025-06-01',
      today: '2026-05-10',
      updates: ['2026-01-31', '2026-03-02'],
    });
    expect(r.due.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(r.missing.map((p) => p.key)).toEqual(['2026-02', '2026-04']);
  });

  it('a period ending today is still running; the day after, it is due', () => {
    expect(missingPeriods({ year: 2026, rhythm: 'monthly', since: '2026-01-01', today: '2026-01-31', updates: [] }).due).toHaveLength(0);
    expect(
      missingPeriods({ year: 2026, rhythm: 'monthly', since: '2026-01-01', today: '2026-02-01', updates: [] }).missing.map((p) => p.key),
    ).toEqual(['2026-01']);
  });

  it('counts quarters, and not the periods ended before the board was set up', () => {
    const r = missingPeriods({ year: 2026, rhythm: 'quarterly', since: '2026-05-15', today: '2027-01-05', updates: ['2026-08-01'] });
    expect(r.due.map((p) => p.key)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(r.missing.map((p) => p.key)).toEqual(['2026-Q2', '2026-Q4']);
  });

  it('an update in another year covers nothing of this year', () => {
    const r = missingPeriods({ year: 2026, rhythm: 'quarterly', since: '2020-01-01', today: '2026-04-02', updates: ['2025-03-31'] });
    expect(r.missing.map((p) => p.key)).toEqual(['2026-Q1']);
  });
});

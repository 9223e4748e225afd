import { describe, expect, it } from 'vitest';
import {
  creditedHours,
  creditedSelfStudyHours,
  hoursTarget,
  isIsoDate,
  isPassingScore,
  meetsTarget,
  periodRange,
  yearOf,
} from './hours.ts';

const yearly = { annualHours: 60, prorateForJoiners: false };
const prorated = { annualHours: 60, prorateForJoiners: true };

describe('hour crediting', () => {
  it('credits the session hours to a present cadre and nothing to an absent one', () => {
    expect(creditedHours({ isPresent: true }, 2.5)).toBe(2.5);
    expect(creditedHours({ isPresent: false }, 2.5)).toBe(0);
  });
  it('counts only approved self-study', () => {
    expect(creditedSelfStudyHours({ status: 'approved', hours: 4 })).toBe(4);
    expect(creditedSelfStudyHours({ status: 'pending', hours: 4 })).toBe(0);
    expect(creditedSelfStudyHours({ status: 'rejected', hours: 4 })).toBe(0);
  });
});

describe('the yearly target', () => {
  it('passes at exactly 60 hours, fails a tenth below', () => {
    expect(meetsTarget(60, 60)).toBe(true);
    expect(meetsTarget(59.9, 60)).toBe(false);
    // 0.1 added 600 times is 59.99999… in floating point: tenths keep it 60.
    expect(
      meetsTarget(
        Array.from({ length: 600 }, () => 0.1).reduce((a, b) => a + b, 0),
        60,
      ),
    ).toBe(true);
  });
  it('puts 31 December in its own year, whatever the time zone', () => {
    expect(yearOf('2026-12-31')).toBe(2026);
    expect(yearOf('2027-01-01')).toBe(2027);
    expect(periodRange(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });
  it('gives a mid-year joiner the full target unless the setting pro-rates', () => {
    expect(hoursTarget(yearly, 2026, '2026-07-01')).toBe(60);
    // 2026-07-01..12-31 = 184 of 365 days: 60 × 184 / 365 = 30.246… → 30.3 (rounded up).
    expect(hoursTarget(prorated, 2026, '2026-07-01')).toBe(30.3);
    expect(hoursTarget(prorated, 2026, '2020-03-01')).toBe(60);
    expect(hoursTarget(prorated, 2026, '2026-01-01')).toBe(60);
    expect(hoursTarget(prorated, 2026, null)).toBe(60);
    // Joining on 31 December: one day of 365.
    expect(hoursTarget(prorated, 2026, '2026-12-31')).toBe(0.2);
    expect(hoursTarget(prorated, 2026, '2027-02-01')).toBe(0);
    // Left on 1 July: on the roll 1 Jan..30 Jun = 181 days → 29.8 (29.75… rounded up).
    expect(hoursTarget(prorated, 2026, null, '2026-07-01')).toBe(29.8);
  });
  it('uses 366 days in a leap year', () => {
    expect(hoursTarget(prorated, 2024, '2024-07-01')).toBe(30.2); // 184/366 × 60 = 30.16…
  });
});

describe('scores and dates', () => {
  it('passes exactly at the pass mark; an absentee fails', () => {
    expect(isPassingScore(60, 60)).toBe(true);
    expect(isPassingScore(59.5, 60)).toBe(false);
    expect(isPassingScore(null, 60)).toBe(false);
  });
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026/01/01')).toBe(false);
  });
});

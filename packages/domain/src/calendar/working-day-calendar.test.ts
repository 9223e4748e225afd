import { describe, expect, it } from 'vitest';
import { YEAR_2025, YEAR_2026 } from './official-years.fixture.ts';
import { FIXTURE_ALMANAC } from './lunar-dates.fixture.ts';
import { createCalendar, dayInfo, isYearOfficial } from './working-day-calendar.ts';

const cal = createCalendar([YEAR_2026, YEAR_2025]);

describe('createCalendar', () => {
  it('lists official years in order', () => {
    expect(cal.officialYears).toEqual([2025, 2026]);
    expect(cal.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(isYearOfficial(cal, 2026)).toBe(true);
    expect(isYearOfficial(cal, 2027)).toBe(false);
  });

  it('is immutable and does not share state with its input', () => {
    const input = JSON.parse(JSON.stringify(YEAR_2026)) as typeof YEAR_2026;
    const c = createCalendar([input]);
    input.holidays.length = 0;
    expect(dayInfo(c, '2026-02-16').reason).toBe('holiday');
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.specialDays)).toBe(true);
    expect(Object.isFrozen(c.years[0]?.holidays)).toBe(true);
    expect(() => {
      (c.officialYears as number[]).push(2030);
    }).toThrow(TypeError);
  });

  it('rejects the same year twice and invalid years', () => {
    expect(() => createCalendar([YEAR_2026, YEAR_2026])).toThrow('2026年的节假日安排重复录入');
    expect(() => createCalendar([{ ...YEAR_2026, makeUpWorkdays: [{ date: '2026-01-05', name: 'x' }] }])).toThrow(/必须是周六或周日/);
  });
});

describe('dayInfo', () => {
  it('classifies weekdays, weekends, holidays and make-up workdays', () => {
    expect(dayInfo(cal, '2026-02-13')).toEqual({
      date: '2026-02-13',
      isWorkingDay: true,
      reason: 'weekday',
      isYearOfficial: true,
      yearBasis: 'official',
    });
    expect(dayInfo(cal, '2026-03-07')).toEqual({
      date: '2026-03-07',
      isWorkingDay: false,
      reason: 'weekend',
      isYearOfficial: true,
      yearBasis: 'official',
    });
    // Sunday inside the Spring Festival break: a holiday, named.
    expect(dayInfo(cal, '2026-02-15')).toEqual({
      date: '2026-02-15',
      isWorkingDay: false,
      reason: 'holiday',
      name: '春节',
      isYearOfficial: true,
      yearBasis: 'official',
    });
    // Monday 02-23 is a 调休 day off.
    expect(dayInfo(cal, '2026-02-23').isWorkingDay).toBe(false);
    expect(dayInfo(cal, '2026-02-14')).toEqual({
      date: '2026-02-14',
      isWorkingDay: true,
      reason: 'makeUpWorkday',
      name: '春节',
      isYearOfficial: true,
      yearBasis: 'official',
    });
    expect(dayInfo(cal, '2025-10-08')).toMatchObject({ isWorkingDay: false, name: '国庆节、中秋节' });
    expect(dayInfo(cal, '2025-10-11')).toMatchObject({ isWorkingDay: true, reason: 'makeUpWorkday' });
  });

  it('flags a year without an official schedule instead of guessing silently', () => {
    // 2027-01-01 will certainly be 元旦, but no notice is entered: plain weekday, flagged.
    expect(dayInfo(cal, '2027-01-01')).toEqual({
      date: '2027-01-01',
      isWorkingDay: true,
      reason: 'weekday',
      isYearOfficial: false,
      yearBasis: 'weekdays',
    });
    expect(dayInfo(cal, '2027-01-02')).toMatchObject({ isWorkingDay: false, reason: 'weekend', isYearOfficial: false });
  });

  it('throws on an unreal date', () => {
    expect(() => dayInfo(cal, '2026-02-30')).toThrow(RangeError);
  });
});

describe('years without an official schedule', () => {
  it('counts a year with no notice on its statutory holidays, flagged as provisional', () => {
    const c = createCalendar([YEAR_2026], FIXTURE_ALMANAC);
    expect(dayInfo(c, '2027-02-08')).toMatchObject({
      isWorkingDay: false,
      reason: 'holiday',
      name: '春节',
      isYearOfficial: false,
      yearBasis: 'statutory',
    });
    expect(dayInfo(c, '2027-02-09')).toMatchObject({ isWorkingDay: true, yearBasis: 'statutory' });
    // Without an almanac the same day is a plain Monday (still flagged).
    expect(dayInfo(createCalendar([YEAR_2026]), '2027-02-08')).toMatchObject({ isWorkingDay: true, yearBasis: 'weekdays' });
  });

  it('uses a stored provisional year but never calls it official', () => {
    const c = createCalendar([{ ...YEAR_2026, status: 'provisional' }], FIXTURE_ALMANAC);
    expect(c.officialYears).toEqual([]);
    expect(c.provisionalYears).toEqual([2026]);
    expect(dayInfo(c, '2026-02-23')).toMatchObject({ isWorkingDay: false, isYearOfficial: false, yearBasis: 'provisional' });
  });

  it('adds to a provisional year the statutory days it lacks (a notice whose 春节 was not read)', () => {
    const c = createCalendar(
      [{ ...YEAR_2026, status: 'provisional', holidays: YEAR_2026.holidays.filter((d) => d.name !== '春节') }],
      FIXTURE_ALMANAC,
    );
    expect(dayInfo(c, '2026-02-17')).toMatchObject({ isWorkingDay: false, reason: 'holiday', name: '春节', yearBasis: 'provisional' });
    expect(dayInfo(c, '2026-02-20')).toMatchObject({ isWorkingDay: true }); // a bridging day only the notice gives
  });
});

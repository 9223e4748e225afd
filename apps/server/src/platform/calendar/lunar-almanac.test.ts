import { checkYearCompleteness, statutoryHolidaysOf } from '@yifa/domain/calendar';
import { describe, expect, it } from 'vitest';
import { calendarYearsFromChineseDays } from './chinese-days-source.ts';
import { chineseDaysAlmanac } from './lunar-almanac.ts';

/** Published dates (almanac; the notices 2020–2026 agree), typed independently of chinese-days. */
const KNOWN: [number, string, string, string, string][] = [
  // year, 春节 (正月初一), 清明, 端午, 中秋
  [2020, '2020-01-25', '2020-04-04', '2020-06-25', '2020-10-01'],
  [2021, '2021-02-12', '2021-04-04', '2021-06-14', '2021-09-21'],
  [2022, '2022-02-01', '2022-04-05', '2022-06-03', '2022-09-10'],
  [2023, '2023-01-22', '2023-04-05', '2023-06-22', '2023-09-29'],
  [2024, '2024-02-10', '2024-04-04', '2024-06-10', '2024-09-17'],
  [2025, '2025-01-29', '2025-04-04', '2025-05-31', '2025-10-06'],
  [2026, '2026-02-17', '2026-04-05', '2026-06-19', '2026-09-25'],
  [2027, '2027-02-06', '2027-04-05', '2027-06-09', '2027-09-15'],
  [2028, '2028-01-26', '2028-04-04', '2028-05-28', '2028-10-03'], // 2028 has a leap fifth month: 端午 is the first
  [2029, '2029-02-13', '2029-04-04', '2029-06-16', '2029-09-22'],
  [2030, '2030-02-03', '2030-04-05', '2030-06-05', '2030-09-12'],
];

describe('chineseDaysAlmanac', () => {
  it.each(KNOWN)('gives the published festival dates of %i', (year, newYear, qingming, dragonBoat, midAutumn) => {
    expect(chineseDaysAlmanac.lunarNewYear(year)).toBe(newYear);
    expect(chineseDaysAlmanac.qingming(year)).toBe(qingming);
    expect(chineseDaysAlmanac.dragonBoat(year)).toBe(dragonBoat);
    expect(chineseDaysAlmanac.midAutumn(year)).toBe(midAutumn);
  });

  it('answers null outside its tables instead of guessing', () => {
    expect(chineseDaysAlmanac.lunarNewYear(2150)).toBeNull();
    expect(statutoryHolidaysOf(2150, chineseDaysAlmanac)).toBeNull();
  });

  it('finds every notice chinese-days holds (2008–2026) complete under the Measures in force that year, but one data gap', () => {
    // The notices are a second, independent source: each must give off every statutory day computed here.
    const years = calendarYearsFromChineseDays(2008, 2026);
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 19 }, (_, i) => 2008 + i));
    const incomplete = years
      .map((y) => ({ year: y.year, missing: checkYearCompleteness(y, chineseDaysAlmanac).missing }))
      .filter((r) => r.missing.length > 0);
    // One gap, in the package's data, not in the almanac: the 2012 notice gives 端午 "6月22日至24日放假公休",
    // chinese-days lists Saturday 06-23 as a plain weekend. The check catches it (that year stays provisional).
    expect(incomplete).toEqual([{ year: 2012, missing: [{ date: '2012-06-23', name: '端午节' }] }]);
  });
});

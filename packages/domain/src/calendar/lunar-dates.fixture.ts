/**
 * Test fixture: the Gregorian dates of 春节 (正月初一), 清明, 端午 and 中秋, 2020–2030, typed from the
 * published almanac (the State Council notices for 2020–2026 agree). Independent of any lunar package, so
 * that the server's almanac (chinese-days) can be checked against it and domain tests need no package.
 */
import type { LunarAlmanac } from './statutory-holidays.ts';
import type { IsoDate } from './types.ts';

export const KNOWN_LUNAR_DATES: Record<number, { newYear: IsoDate; qingming: IsoDate; dragonBoat: IsoDate; midAutumn: IsoDate }> = {
  2020: { newYear: '2020-01-25', qingming: '2020-04-04', dragonBoat: '2020-06-25', midAutumn: '2020-10-01' },
  2021: { newYear: '2021-02-12', qingming: '2021-04-04', dragonBoat: '2021-06-14', midAutumn: '2021-09-21' },
  2022: { newYear: '2022-02-01', qingming: '2022-04-05', dragonBoat: '2022-06-03', midAutumn: '2022-09-10' },
  2023: { newYear: '2023-01-22', qingming: '2023-04-05', dragonBoat: '2023-06-22', midAutumn: '2023-09-29' },
  2024: { newYear: '2024-02-10', qingming: '2024-04-04', dragonBoat: '2024-06-10', midAutumn: '2024-09-17' },
  2025: { newYear: '2025-01-29', qingming: '2025-04-04', dragonBoat: '2025-05-31', midAutumn: '2025-10-06' },
  2026: { newYear: '2026-02-17', qingming: '2026-04-05', dragonBoat: '2026-06-19', midAutumn: '2026-09-25' },
  2027: { newYear: '2027-02-06', qingming: '2027-04-05', dragonBoat: '2027-06-09', midAutumn: '2027-09-15' },
  2028: { newYear: '2028-01-26', qingming: '2028-04-04', dragonBoat: '2028-05-28', midAutumn: '2028-10-03' },
  2029: { newYear: '2029-02-13', qingming: '2029-04-04', dragonBoat: '2029-06-16', midAutumn: '2029-09-22' },
  2030: { newYear: '2030-02-03', qingming: '2030-04-05', dragonBoat: '2030-06-05', midAutumn: '2030-09-12' },
};

/** An almanac that knows 2020–2030 only (null elsewhere, like a real one outside its range). */
export const FIXTURE_ALMANAC: LunarAlmanac = {
  lunarNewYear: (y) => KNOWN_LUNAR_DATES[y]?.newYear ?? null,
  qingming: (y) => KNOWN_LUNAR_DATES[y]?.qingming ?? null,
  dragonBoat: (y) => KNOWN_LUNAR_DATES[y]?.dragonBoat ?? null,
  midAutumn: (y) => KNOWN_LUNAR_DATES[y]?.midAutumn ?? null,
};

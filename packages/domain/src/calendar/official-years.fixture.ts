/**
 * Test fixture: the 2025 and 2026 schedules typed by hand from rules.md §10 (国办发明电〔2024〕12号 and the
 * notice of 2025-11-04). Deliberately independent of chinese-days and of parseHolidayNotice, so that
 * tests of those can compare against it.
 */
import { addDays, daysBetween } from './iso-date.ts';
import type { CalendarDay, CalendarYear, IsoDate } from './types.ts';

function range(from: IsoDate, to: IsoDate, name: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let i = 0; i <= daysBetween(from, to); i += 1) out.push({ date: addDays(from, i), name });
  return out;
}

export const YEAR_2025: CalendarYear = {
  year: 2025,
  source: 'manual',
  notice: '国办发明电〔2024〕12号',
  noticeDate: '2024-11-12',
  status: 'official',
  holidays: [
    ...range('2025-01-01', '2025-01-01', '元旦'),
    ...range('2025-01-28', '2025-02-04', '春节'),
    ...range('2025-04-04', '2025-04-06', '清明节'),
    ...range('2025-05-01', '2025-05-05', '劳动节'),
    ...range('2025-05-31', '2025-06-02', '端午节'),
    ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  ],
  makeUpWorkdays: [
    { date: '2025-01-26', name: '春节' },
    { date: '2025-02-08', name: '春节' },
    { date: '2025-04-27', name: '劳动节' },
    { date: '2025-09-28', name: '国庆节、中秋节' },
    { date: '2025-10-11', name: '国庆节、中秋节' },
  ],
};

export const YEAR_2026: CalendarYear = {
  year: 2026,
  source: 'manual',
  // Number and date: gov.cn gazette 2025 No. 32 (rules.md §10 has the date; the number confirmed there).
  notice: '国办发明电〔2025〕7号',
  noticeDate: '2025-11-04',
  status: 'official',
  holidays: [
    ...range('2026-01-01', '2026-01-03', '元旦'),
    ...range('2026-02-15', '2026-02-23', '春节'),
    ...range('2026-04-04', '2026-04-06', '清明节'),
    ...range('2026-05-01', '2026-05-05', '劳动节'),
    ...range('2026-06-19', '2026-06-21', '端午节'),
    ...range('2026-09-25', '2026-09-27', '中秋节'),
    ...range('2026-10-01', '2026-10-07', '国庆节'),
  ],
  makeUpWorkdays: [
    { date: '2026-01-04', name: '元旦' },
    { date: '2026-02-14', name: '春节' },
    { date: '2026-02-28', name: '春节' },
    { date: '2026-05-09', name: '劳动节' },
    { date: '2026-09-20', name: '国庆节' },
    { date: '2026-10-10', name: '国庆节' },
  ],
};

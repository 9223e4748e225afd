import { addDays, addWorkingDays, createCalendar, daysBetween, type CalendarYear } from '@yifa/domain/calendar';
import cd from 'chinese-days';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarYearsFromChineseDays } from './chinese-days-source.ts';

/** Every day from..to inclusive. */
function span(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
}

/** rules.md §10, typed independently of chinese-days. */
const RULES_MD = {
  2025: {
    holidays: [
      ...span('2025-01-01', '2025-01-01'), // 元旦
      ...span('2025-01-28', '2025-02-04'), // 春节, 8 days
      ...span('2025-04-04', '2025-04-06'), // 清明节
      ...span('2025-05-01', '2025-05-05'), // 劳动节
      ...span('2025-05-31', '2025-06-02'), // 端午节
      ...span('2025-10-01', '2025-10-08'), // 国庆节 + 中秋节
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    holidays: [
      ...span('2026-01-01', '2026-01-03'), // 元旦
      ...span('2026-02-15', '2026-02-23'), // 春节, 9 days
      ...span('2026-04-04', '2026-04-06'), // 清明节
      ...span('2026-05-01', '2026-05-05'), // 劳动节
      ...span('2026-06-19', '2026-06-21'), // 端午节
      ...span('2026-09-25', '2026-09-27'), // 中秋节
      ...span('2026-10-01', '2026-10-07'), // 国庆节
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
} as const;

let years: CalendarYear[];
const byYear = (y: number) => years.find((c) => c.year === y);

beforeAll(() => {
  years = calendarYearsFromChineseDays();
});

describe('calendarYearsFromChineseDays', () => {
  it('emits consecutive years 2004…2026 from chinese-days, ascending', () => {
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i));
    expect(years.every((y) => y.source === 'chinese-days')).toBe(true);
  });

  it.each([2025, 2026] as const)('%i matches rules.md §10 exactly (every holiday and make-up workday)', (y) => {
    const year = byYear(y);
    expect(year?.holidays.map((d) => d.date)).toEqual(RULES_MD[y].holidays);
    expect(year?.makeUpWorkdays.map((d) => d.date)).toEqual(RULES_MD[y].makeUpWorkdays);
  });

  it('names days with the notices’ festival names', () => {
    const name = (date: string) => {
      const year = byYear(Number(date.slice(0, 4)));
      return [...(year?.holidays ?? []), ...(year?.makeUpWorkdays ?? [])].find((d) => d.date === date)?.name;
    };
    expect(name('2026-02-15')).toBe('春节');
    expect(name('2026-02-14')).toBe('春节');
    expect(name('2026-09-26')).toBe('中秋节');
    expect(name('2025-10-06')).toBe('中秋节'); // Mid-Autumn inside the 2025 National Day break
    expect(name('2025-10-01')).toBe('国庆节');
    expect(name('2026-04-05')).toBe('清明节');
    expect(name('2026-06-19')).toBe('端午节');
    expect(name('2015-09-03')).toBe('中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日');
  });

  it('leaves 2027 out although chinese-days silently answers for it', () => {
    expect(byYear(2027)).toBeUndefined();
    // The trap this guards against (stack-notes.md): 2027-01-01 will be 元旦, chinese-days says "work".
    expect(cd.getDayDetail('2027-01-01').work).toBe(true);
    expect(years.some((y) => y.year > 2026)).toBe(false);
  });

  it('builds a calendar that agrees with chinese-days’ own working-day search in 2025–2026', () => {
    const cal = createCalendar(years);
    for (let start = '2025-01-01'; start <= '2026-10-15'; start = addDays(start, 3)) {
      for (const n of [1, 7, 20, 40]) {
        const ours = addWorkingDays(cal, start, n);
        expect(ours.missingYears).toEqual([]);
        expect(ours.dueDate, `${n} WD after ${start}`).toBe(cd.findWorkday(n, start));
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { YEAR_2025, YEAR_2026 } from './official-years.fixture.ts';
import { ZCalendarYear, ZIsoDate, type CalendarYear } from './types.ts';

function messages(input: unknown): string[] {
  const r = ZCalendarYear.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

const base: CalendarYear = { year: 2026, holidays: [], makeUpWorkdays: [], source: 'manual', status: 'official' };

describe('ZIsoDate', () => {
  it('accepts real dates and rejects others with Chinese messages', () => {
    expect(ZIsoDate.safeParse('2026-02-15').success).toBe(true);
    const bad = ZIsoDate.safeParse('2026-02-30');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['不是有效的日期']);
    expect(ZIsoDate.safeParse('2026/02/15').error?.issues.map((i) => i.message)).toEqual(['日期格式应为 YYYY-MM-DD']);
    expect(ZIsoDate.safeParse(20260215).error?.issues.map((i) => i.message)).toEqual(['日期必须是文本']);
  });
});

describe('ZCalendarYear', () => {
  it('accepts the official 2025 and 2026 schedules', () => {
    expect(ZCalendarYear.safeParse(YEAR_2025).success).toBe(true);
    expect(ZCalendarYear.safeParse(YEAR_2026).success).toBe(true);
  });

  it('rejects a date outside the year', () => {
    expect(messages({ ...base, holidays: [{ date: '2025-12-31', name: '元旦' }] })).toEqual(['2025-12-31不在2026年内']);
  });

  it('rejects duplicate holidays', () => {
    const day = { date: '2026-01-01', name: '元旦' };
    expect(messages({ ...base, holidays: [day, day] })).toEqual(['放假日期2026-01-01重复']);
  });

  it('rejects a make-up workday that is not a Saturday or Sunday', () => {
    expect(messages({ ...base, makeUpWorkdays: [{ date: '2026-01-05', name: '元旦' }] })).toEqual(['调休上班日2026-01-05必须是周六或周日']);
  });

  it('rejects a day that is both a holiday and a make-up workday', () => {
    const day = { date: '2026-02-15', name: '春节' };
    expect(messages({ ...base, holidays: [day], makeUpWorkdays: [day] })).toEqual(['2026-02-15不能既是放假日又是调休上班日']);
  });

  it('rejects unreal dates, empty names and unknown sources in Chinese', () => {
    const m = messages({ ...base, source: 'guess', holidays: [{ date: '2026-02-30', name: ' ' }] });
    expect(m).toContain('不是有效的日期');
    expect(m).toContain('请填写节日名称');
    expect(m).toContain('来源只能是 chinese-days、manual 或 notice-import');
  });
});

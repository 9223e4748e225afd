import { afterEach, describe, expect, it, vi } from 'vitest';
import { workingDaysBetween } from './day-counting.ts';
import { todayInChina, ZDateOfRecord, ZIsoDate } from './types.ts';
import { createCalendar } from './working-day-calendar.ts';

afterEach(() => vi.useRealTimers());

describe('ZIsoDate: the dates Yifa accepts at all (issue 8 item 6)', () => {
  it('refuses dates far in the past or future, with a Chinese message', () => {
    for (const d of ['1000-01-01', '1899-12-31', '2201-01-01', '9999-12-31']) {
      const r = ZIsoDate.safeParse(d);
      expect(r.success, d).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('日期须在1900年至2200年之间');
    }
    for (const d of ['1900-01-01', '2026-02-28', '2200-12-31']) expect(ZIsoDate.safeParse(d).success, d).toBe(true);
  });

  it('still reports a malformed or impossible date as such', () => {
    expect(ZIsoDate.safeParse('2026-02-30').error?.issues[0]?.message).toBe('不是有效的日期');
    expect(ZIsoDate.safeParse('2026/02/01').error?.issues[0]?.message).toBe('日期格式应为 YYYY-MM-DD');
  });
});

describe('ZDateOfRecord: never after today in China (issue 8 item 10)', () => {
  it('today in China is already tomorrow in UTC terms after 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(todayInChina(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('accepts today and earlier, refuses tomorrow (China time)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T16:30:00Z')); // 2026-03-02 00:30 in Beijing
    expect(ZDateOfRecord.safeParse('2026-03-02').success).toBe(true);
    expect(ZDateOfRecord.safeParse('2020-01-01').success).toBe(true);
    const tomorrow = ZDateOfRecord.safeParse('2026-03-03');
    expect(tomorrow.success).toBe(false);
    expect(tomorrow.error?.issues[0]?.message).toBe('日期不能晚于今天');
    expect(ZDateOfRecord.safeParse('2030-01-01').success).toBe(false);
  });
});

describe('workingDaysBetween across the whole accepted range', () => {
  it('counts from a date decades ago instead of throwing 日期跨度过大', () => {
    const cal = createCalendar([]);
    const r = workingDaysBetween(cal, '1995-01-02', '2026-03-02');
    expect(r.days).toBeGreaterThan(8000);
  });
});

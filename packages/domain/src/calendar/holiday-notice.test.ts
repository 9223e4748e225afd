import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from './holiday-notice.ts';
import { NOTICE_2025, NOTICE_2026 } from './holiday-notice.fixture.ts';
import { YEAR_2025, YEAR_2026 } from './official-years.fixture.ts';
import { ZCalendarYear, type CalendarDay } from './types.ts';

const dates = (days: CalendarDay[]) => days.map((d) => d.date);
const sorted = (days: CalendarDay[]) => [...days].sort((a, b) => a.date.localeCompare(b.date));

describe('parseHolidayNotice: the 2025 notice', () => {
  const { year, warnings } = parseHolidayNotice(2025, NOTICE_2025);

  it('gives exactly the 2025 days off and make-up workdays of rules.md §10, named by festival', () => {
    expect(warnings).toEqual([]);
    expect(year.holidays).toEqual(sorted(YEAR_2025.holidays));
    expect(year.makeUpWorkdays).toEqual(sorted(YEAR_2025.makeUpWorkdays));
    expect(year.holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
  });

  it('records the document number and the source, and is a valid CalendarYear', () => {
    expect(year.notice).toBe('国办发明电〔2024〕12号');
    expect(year.source).toBe('notice-import');
    expect(year.year).toBe(2025);
    expect(ZCalendarYear.safeParse(year).success).toBe(true);
  });
});

describe('parseHolidayNotice: the 2026 notice', () => {
  const { year, warnings } = parseHolidayNotice(2026, NOTICE_2026);

  it('gives exactly the 2026 days off and make-up workdays of rules.md §10', () => {
    expect(warnings).toEqual([]);
    expect(year.holidays).toEqual(sorted(YEAR_2026.holidays));
    expect(year.makeUpWorkdays).toEqual(sorted(YEAR_2026.makeUpWorkdays));
    expect(dates(year.makeUpWorkdays)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(year.notice).toBe('国务院办公厅关于2026年部分节假日安排的通知');
  });

  it('also reads the notice pasted as one line without numbering spaces', () => {
    const oneLine = NOTICE_2026.replace(/\n/g, '');
    const r = parseHolidayNotice(2026, oneLine);
    expect(r.year.holidays).toEqual(sorted(YEAR_2026.holidays));
    expect(r.year.makeUpWorkdays).toEqual(sorted(YEAR_2026.makeUpWorkdays));
    // The signature date "2025年11月4日" now sits in the last item's text: reported, not taken as a day.
    expect(r.warnings.every((w) => w.includes('既非放假也非上班'))).toBe(true);
  });
});

describe('parseHolidayNotice: other official forms', () => {
  it('a single day "与周末连休" gives only that day', () => {
    const { year } = parseHolidayNotice(2026, '一、元旦：1月1日（周四）放假，与周末连休。');
    expect(year.holidays).toEqual([{ date: '2026-01-01', name: '元旦' }]);
    expect(year.makeUpWorkdays).toEqual([]);
  });

  it('"1月1日至3日" inherits the month; 星期 as well as 周 is understood', () => {
    const { year, warnings } = parseHolidayNotice(
      2015,
      '一、元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班。\n二、春节：2月18日至24日放假调休，共7天。2月15日（星期日）、2月28日（星期六）上班。',
    );
    expect(dates(year.holidays)).toEqual([
      '2015-01-01',
      '2015-01-02',
      '2015-01-03',
      '2015-02-18',
      '2015-02-19',
      '2015-02-20',
      '2015-02-21',
      '2015-02-22',
      '2015-02-23',
      '2015-02-24',
    ]);
    expect(dates(year.makeUpWorkdays)).toEqual(['2015-01-04', '2015-02-15', '2015-02-28']);
    expect(warnings.filter((w) => !w.startsWith('通知中未找到'))).toEqual([]);
  });

  it('cross-year: days belonging to the neighbouring year are dropped with a warning', () => {
    const { year, warnings } = parseHolidayNotice(2012, '一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。');
    expect(dates(year.holidays)).toEqual(['2012-01-01', '2012-01-02', '2012-01-03']);
    expect(year.makeUpWorkdays).toEqual([]);
    expect(warnings).toContain('调休上班日2011-12-31（元旦）不属于2012年，未录入；请在2011年日历中核对');
  });

  it('cross-year range: "2007年12月30日至2008年1月1日" keeps only 2008-01-01 for 2008', () => {
    const { year, warnings } = parseHolidayNotice(
      2008,
      '一、元旦：2007年12月30日至2008年1月1日放假，共3天。2007年12月29日（星期六）上班。',
    );
    expect(year.holidays).toEqual([{ date: '2008-01-01', name: '元旦' }]);
    expect(warnings).toContain('放假日2007-12-30（元旦）不属于2008年，未录入；请在2007年日历中核对');
    expect(warnings).toContain('放假日2007-12-31（元旦）不属于2008年，未录入；请在2007年日历中核对');
    expect(warnings.some((w) => w.includes('共3天'))).toBe(false);
  });

  it('"补休" days are days off', () => {
    const { year } = parseHolidayNotice(2017, '一、元旦：1月1日放假，1月2日（星期一）补休。');
    expect(dates(year.holidays)).toEqual(['2017-01-01', '2017-01-02']);
  });
});

describe('parseHolidayNotice: warnings instead of silent mistakes', () => {
  it('reports a wrong weekday in the text', () => {
    const { warnings } = parseHolidayNotice(2026, '二、春节：2月15日（周一）至23日（周一）放假调休，共9天。');
    expect(warnings).toContain('“春节”中2月15日（周一）标注为周一，但2026-02-15实际是周日，请核对');
  });

  it('reports a day count that does not match "共N天"', () => {
    const { warnings } = parseHolidayNotice(2026, '二、春节：2月15日至22日放假调休，共9天。');
    expect(warnings).toContain('“春节”写明共9天，但解析出8天，请核对');
  });

  it('drops a "make-up workday" that is not a weekend day', () => {
    const { year, warnings } = parseHolidayNotice(2026, '一、元旦：1月1日至3日放假调休，共3天。1月5日（周一）上班。');
    expect(year.makeUpWorkdays).toEqual([]);
    expect(warnings).toContain('调休上班日2026-01-05（元旦）是周一，不是周末，未录入');
    expect(ZCalendarYear.safeParse(year).success).toBe(true);
  });

  it('reports a title for another year, missing festivals and unrecognised text', () => {
    expect(parseHolidayNotice(2027, NOTICE_2026).warnings).toContain('通知标题是2026年的安排，与所选年份2027年不一致');
    const partial = parseHolidayNotice(2026, '一、元旦：1月1日至3日放假调休，共3天。');
    expect(partial.warnings).toContain('通知中未找到“春节”的安排，请核对是否完整');
    expect(partial.warnings).toHaveLength(6);
    expect(parseHolidayNotice(2026, '今天天气很好').warnings).toContain('未识别到任何节假日安排，请检查通知文本');
  });

  it('reports unreal dates and days listed under two festivals', () => {
    const { year, warnings } = parseHolidayNotice(
      2026,
      '一、春节：2月30日放假。\n二、国庆节：10月1日至7日放假。\n三、中秋节：10月6日放假。',
    );
    expect(warnings).toContain('“春节”中的“2月30日”不是有效日期，已忽略');
    expect(warnings).toContain('2026-10-06同时出现在“国庆节”和“中秋节”中，按“国庆节”记录');
    expect(year.holidays.find((d) => d.date === '2026-10-06')?.name).toBe('国庆节');
  });
});

describe('parseHolidayNotice: year of dates without a year', () => {
  it('a range wrapping into January advances the year only for its end', () => {
    const { year, warnings } = parseHolidayNotice(2031, '一、元旦：12月31日至1月2日放假调休，共3天。12月27日（周六）上班。');
    expect(dates(year.holidays)).toEqual(['2031-12-31']);
    expect(dates(year.makeUpWorkdays)).toEqual(['2031-12-27']);
    expect(warnings).toContain('放假日2032-01-01（元旦）不属于2031年，未录入；请在2032年日历中核对');
  });
});

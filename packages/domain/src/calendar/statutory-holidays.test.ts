import { describe, expect, it } from 'vitest';
import { FIXTURE_ALMANAC } from './lunar-dates.fixture.ts';
import { YEAR_2025, YEAR_2026 } from './official-years.fixture.ts';
import { checkYearCompleteness, statutoryHolidaysOf } from './statutory-holidays.ts';
import { assessYearConfirmation } from './year-confirmation.ts';

const dates = (year: number) => statutoryHolidaysOf(year, FIXTURE_ALMANAC)?.days.map((d) => `${d.date} ${d.name}`);

describe('statutoryHolidaysOf (《全国年节及纪念日放假办法》)', () => {
  it('gives the 13 days of the 2024 revision from 2025: 除夕 and 初一至初三, May 1–2', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
    expect(statutoryHolidaysOf(2025, FIXTURE_ALMANAC)?.lawZh).toBe('《全国年节及纪念日放假办法》（2024年修订）');
  });

  it('gives the 11 days of the 2013 revision for 2014–2024 (春节 初一至初三, May 1 only)', () => {
    expect(dates(2024)).toEqual([
      '2024-01-01 元旦',
      '2024-02-10 春节',
      '2024-02-11 春节',
      '2024-02-12 春节',
      '2024-04-04 清明节',
      '2024-05-01 劳动节',
      '2024-06-10 端午节',
      '2024-09-17 中秋节',
      '2024-10-01 国庆节',
      '2024-10-02 国庆节',
      '2024-10-03 国庆节',
    ]);
  });

  it('names one day once when 中秋 falls on 国庆 (2020-10-01)', () => {
    expect(dates(2020)).toContain('2020-10-01 中秋节、国庆节');
    expect(dates(2020)).toHaveLength(10);
  });

  it('knows nothing rather than half when the almanac or the law version is unknown', () => {
    expect(statutoryHolidaysOf(2031, FIXTURE_ALMANAC)).toBeNull();
    expect(statutoryHolidaysOf(1999, FIXTURE_ALMANAC)).toBeNull();
  });
});

describe('checkYearCompleteness', () => {
  it('finds the official 2025 and 2026 schedules complete', () => {
    expect(checkYearCompleteness(YEAR_2025, FIXTURE_ALMANAC)).toMatchObject({ isComplete: true, missing: [] });
    expect(checkYearCompleteness(YEAR_2026, FIXTURE_ALMANAC).isComplete).toBe(true);
  });

  it('lists the statutory days a schedule lacks (a notice whose 春节 was read as 0 days)', () => {
    const noSpringFestival = { ...YEAR_2026, holidays: YEAR_2026.holidays.filter((d) => d.name !== '春节') };
    const r = checkYearCompleteness(noSpringFestival, FIXTURE_ALMANAC);
    expect(r.isComplete).toBe(false);
    expect(r.missing).toEqual([
      { date: '2026-02-16', name: '春节' },
      { date: '2026-02-17', name: '春节' },
      { date: '2026-02-18', name: '春节' },
      { date: '2026-02-19', name: '春节' },
    ]);
  });
});

describe('assessYearConfirmation', () => {
  const confirmed = { ...YEAR_2026, notice: '国办发明电〔2025〕7号', noticeDate: '2025-11-04', parserWarnings: [] };

  it('lets a complete year with its notice number and date be official', () => {
    expect(assessYearConfirmation(confirmed, FIXTURE_ALMANAC, '2026-12-06')).toMatchObject({ canBeOfficial: true, problems: [] });
  });

  it('refuses an incomplete, unconfirmed or warned year, saying why in Chinese', () => {
    const r = assessYearConfirmation(
      {
        ...confirmed,
        holidays: YEAR_2026.holidays.filter((d) => d.name !== '劳动节'),
        notice: '国务院办公厅关于2026年部分节假日安排的通知',
        noticeDate: '2027-01-02',
        parserWarnings: ['“春节”写明共8天，但解析出0天，请核对'],
      },
      FIXTURE_ALMANAC,
      '2026-12-06',
    );
    expect(r.canBeOfficial).toBe(false);
    expect(r.problems.map((p) => p.reasonZh)).toEqual([
      '缺少《全国年节及纪念日放假办法》（2024年修订）规定的法定节假日：劳动节2026-05-01、劳动节2026-05-02',
      '请填写通知文号（如 国办发明电〔2025〕7号）',
      '通知日期2027-01-02晚于今天',
      '识别通知时有警告：“春节”写明共8天，但解析出0天，请核对',
    ]);
  });

  it('refuses a notice date outside the year before or the year itself, and a missing one', () => {
    expect(
      assessYearConfirmation({ ...confirmed, noticeDate: '2024-12-01' }, FIXTURE_ALMANAC, '2026-12-06').problems.map((p) => p.code),
    ).toEqual(['notice_date']);
    expect(
      assessYearConfirmation({ ...confirmed, noticeDate: null }, FIXTURE_ALMANAC, '2026-12-06').problems.map((p) => p.reasonZh),
    ).toEqual(['请填写通知的发布日期']);
  });
});

import { describe, expect, it } from 'vitest';
import { ZActivityInput, ZCampaignInput, ZDutyItemInput } from './contracts.ts';
import {
  constitutionWeekWindow,
  dutyItemState,
  plannedPeriodZh,
  quarterOfDay,
  shiftToYear,
  sumBy,
  venueMonthMatrix,
  villageQuarterMatrix,
  yearOfDay,
} from './coverage.ts';

describe('China days, years and quarters', () => {
  it('counts an activity on 31 December in its own year and the fourth quarter', () => {
    expect(yearOfDay('2026-12-31')).toBe(2026);
    expect(quarterOfDay('2026-12-31')).toBe(4);
    const m = villageQuarterMatrix(
      2026,
      ['v'],
      [
        { villageId: 'v', date: '2026-12-31' },
        { villageId: 'v', date: '2027-01-01' },
      ],
    );
    expect(m.get('v')).toEqual([0, 0, 0, 1]);
  });

  it('puts quarter boundaries on the right side', () => {
    expect(quarterOfDay('2026-03-31')).toBe(1);
    expect(quarterOfDay('2026-04-01')).toBe(2);
    expect(quarterOfDay('2026-06-30')).toBe(2);
    expect(quarterOfDay('2026-07-01')).toBe(3);
    expect(quarterOfDay('2026-09-30')).toBe(3);
    expect(quarterOfDay('2026-10-01')).toBe(4);
    expect(quarterOfDay('2026-01-01')).toBe(1);
  });

  it('ignores activities without a village or of another village', () => {
    const m = villageQuarterMatrix(
      2026,
      ['a', 'b'],
      [
        { villageId: null, date: '2026-05-01' },
        { villageId: 'x', date: '2026-05-01' },
        { villageId: 'b', date: '2026-05-01' },
      ],
    );
    expect(m.get('a')).toEqual([0, 0, 0, 0]);
    expect(m.get('b')).toEqual([0, 1, 0, 0]);
  });

  it('counts venue types per month, keeping unknown (custom) codes', () => {
    const m = venueMonthMatrix(
      2026,
      ['school'],
      [
        { venueType: 'school', date: '2026-01-31' },
        { venueType: 'market', date: '2026-12-31' },
        { venueType: 'school', date: '2025-12-31' },
      ],
    );
    expect(m.get('school')![0]).toBe(1);
    expect(m.get('school')!.reduce((a, b) => a + b)).toBe(1);
    expect(m.get('market')![11]).toBe(1);
  });
});

describe('constitution week window', () => {
  it('defaults to 1–7 December of the year', () => {
    expect(constitutionWeekWindow(2026, [])).toEqual({ start: '2026-12-01', end: '2026-12-07' });
  });
  it("follows the township's own constitution-week campaign of that year only", () => {
    const campaigns = [
      { theme: 'constitutionWeek', startDate: '2025-11-28', endDate: '2025-12-10' },
      { theme: 'constitutionWeek', startDate: '2026-12-02', endDate: '2026-12-08' },
      { theme: 'antiDrug', startDate: '2026-06-01', endDate: '2026-12-31' },
    ];
    expect(constitutionWeekWindow(2026, campaigns)).toEqual({ start: '2026-12-02', end: '2026-12-08' });
    expect(constitutionWeekWindow(2025, campaigns)).toEqual({ start: '2025-11-28', end: '2025-12-10' });
  });
});

describe('duty-list item state', () => {
  const q2 = { year: 2026, plannedMonths: [4, 5, 6] };
  it('is done with a linked activity inside the planned months, on the last day too', () => {
    expect(dutyItemState(q2, ['2026-06-30'], '2026-11-27')).toBe('done');
    expect(dutyItemState(q2, ['2026-04-01'], '2026-11-27')).toBe('done');
  });
  it('does not count an activity outside the planned months or of another year', () => {
    expect(dutyItemState(q2, ['2026-07-01', '2026-03-31', '2025-05-01'], '2026-11-27')).toBe('missed');
  });
  it('is pending until the last planned month has ended', () => {
    expect(dutyItemState(q2, [], '2026-06-30')).toBe('pending');
    expect(dutyItemState(q2, [], '2026-07-01')).toBe('missed');
  });
  it('treats no planned month as the whole year (31 December counts)', () => {
    const all = { year: 2026, plannedMonths: [] };
    expect(dutyItemState(all, ['2026-12-31'], '2027-01-05')).toBe('done');
    expect(dutyItemState(all, [], '2026-12-31')).toBe('pending');
    expect(dutyItemState(all, [], '2027-01-01')).toBe('missed');
  });
});

describe('helpers', () => {
  it('rolls 29 February to 28 February of a common year', () => {
    expect(shiftToYear('2028-02-29', 2027)).toBe('2027-02-28');
    expect(shiftToYear('2026-12-04', 2027)).toBe('2027-12-04');
  });
  it('names planned periods as a duty list does', () => {
    expect(plannedPeriodZh([])).toBe('全年');
    expect(plannedPeriodZh([4, 5, 6])).toBe('第二季度');
    expect(plannedPeriodZh([12, 4, 5, 6])).toBe('第二季度、12月');
  });
  it('sums activities, people and materials per key', () => {
    const a = (venueType: string, n: number) => ({
      date: '2026-01-01',
      venueType,
      channel: 'onsite',
      campaignId: null,
      audienceCount: n,
      materialsCount: 2,
    });
    const m = sumBy([a('school', 10), a('school', 5), a('village', 1)], (x) => x.venueType);
    expect(m.get('school')).toEqual({ activities: 2, people: 15, materials: 4 });
  });
});

describe('request schemas', () => {
  it('refuses a campaign ending before it starts or spanning two years', () => {
    expect(ZCampaignInput.safeParse({ theme: 'x', name: 'n', startDate: '2026-12-07', endDate: '2026-12-01' }).success).toBe(false);
    expect(ZCampaignInput.safeParse({ theme: 'x', name: 'n', startDate: '2026-12-07', endDate: '2027-01-01' }).success).toBe(false);
    expect(ZCampaignInput.safeParse({ theme: 'x', name: 'n', startDate: '2026-12-01', endDate: '2026-12-07' }).success).toBe(true);
  });
  it('refuses repeated or impossible planned months and unknown fields', () => {
    const base = {
      orgId: '5b1f3c1e-8a2d-4c3b-9e4f-0a1b2c3d4e5f',
      year: 2026,
      laws: '《宪法》',
      audienceTypes: ['villagers'],
      measures: '宣讲',
    };
    expect(ZDutyItemInput.safeParse({ ...base, plannedMonths: [4, 4] }).success).toBe(false);
    expect(ZDutyItemInput.safeParse({ ...base, plannedMonths: [13] }).success).toBe(false);
    expect(ZDutyItemInput.safeParse({ ...base, plannedMonths: [], extra: 1 }).success).toBe(false);
    expect(ZDutyItemInput.safeParse({ ...base, plannedMonths: [] }).success).toBe(true);
  });
  it('refuses a negative audience count', () => {
    const base = {
      orgId: '5b1f3c1e-8a2d-4c3b-9e4f-0a1b2c3d4e5f',
      date: '2025-12-31',
      title: 't',
      venueType: 'village',
      channel: 'onsite',
      audienceCount: 1,
      materialsCount: 0,
    };
    expect(ZActivityInput.safeParse(base).success).toBe(true);
    expect(ZActivityInput.safeParse({ ...base, audienceCount: -1 }).success).toBe(false);
  });
});

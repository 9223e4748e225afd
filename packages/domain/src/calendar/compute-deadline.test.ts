/** Expected dates worked out by hand from rules.md §10; see the walks in day-counting.test.ts. */
import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute-deadline.ts';
import { ZDeadlineRule, type DeadlineRule } from './deadline-rule.ts';
import type { ExplanationStep } from './explanation-steps.ts';
import { YEAR_2025, YEAR_2026 } from './official-years.fixture.ts';
import { FIXTURE_ALMANAC } from './lunar-dates.fixture.ts';
import { createCalendar } from './working-day-calendar.ts';

const cal = createCalendar([YEAR_2025, YEAR_2026]);
const ogi = (rule: Partial<DeadlineRule> = {}): DeadlineRule => ({
  basis: 'workingDays',
  days: 20,
  startDate: '2026-03-02',
  ...rule,
});
const stepsOf = <K extends ExplanationStep['kind']>(steps: ExplanationStep[], kind: K) =>
  steps.filter((s): s is Extract<ExplanationStep, { kind: K }> => s.kind === kind);

describe('computeDeadline: OGI reply across Spring Festival 2026 (政府信息公开条例 Art. 33)', () => {
  const result = computeDeadline(cal, ogi({ startDate: '2026-02-10', startLabelZh: '收到申请' }));

  it('gives the due date, not provisional', () => {
    expect(result.dueDate).toBe('2026-03-16');
    expect(result.missingYears).toEqual([]);
    expect(result.isProvisional).toBe(false);
  });

  it('explains every skipped and counted special day, grouped into ranges', () => {
    expect(result.explanation.steps).toEqual([
      { kind: 'start', date: '2026-02-10', labelZh: '收到申请', basis: 'workingDays', days: 20 },
      { kind: 'makeUpWorkday', date: '2026-02-14', name: '春节' },
      { kind: 'restDays', from: '2026-02-15', to: '2026-02-23', count: 9, names: ['春节'], hasHoliday: true },
      { kind: 'makeUpWorkday', date: '2026-02-28', name: '春节' },
      { kind: 'restDays', from: '2026-03-01', to: '2026-03-01', count: 1, names: ['周末'], hasHoliday: false },
      { kind: 'restDays', from: '2026-03-07', to: '2026-03-08', count: 2, names: ['周末'], hasHoliday: false },
      { kind: 'restDays', from: '2026-03-14', to: '2026-03-15', count: 2, names: ['周末'], hasHoliday: false },
      { kind: 'due', date: '2026-03-16', totalDays: 20 },
    ]);
  });

  it('reads like a clerk would say it', () => {
    expect(result.explanation.textZh).toBe(
      '自2026年2月10日（收到申请）次日起算20个工作日。期间跳过春节假期2月15日至23日（9天），另跳过周末5天。' +
        '2月14日（周六）、2月28日（周六）为春节调休上班日，计入工作日。截止日期为2026年3月16日（周一）。',
    );
    expect(result.explanation.textEn).toContain('Spring Festival 2026-02-15 to 2026-02-23 (9 days)');
    expect(result.explanation.textEn).toContain('Due: 2026-03-16 (Mon).');
  });

  it('keeps the rule it was computed from', () => {
    expect(result.explanation.rule).toEqual({ basis: 'workingDays', days: 20, startDate: '2026-02-10', startLabelZh: '收到申请' });
  });
});

describe('computeDeadline: Labour Day with make-up workdays', () => {
  it('2025: 20 WD from Fri 04-25 → Tue 05-27 (make-up Sun 04-27 counted)', () => {
    const r = computeDeadline(cal, ogi({ startDate: '2025-04-25' }));
    expect(r.dueDate).toBe('2025-05-27');
    expect(stepsOf(r.explanation.steps, 'makeUpWorkday')).toEqual([{ kind: 'makeUpWorkday', date: '2025-04-27', name: '劳动节' }]);
  });

  it('2026: 20 WD from Fri 04-24 → Tue 05-26 (make-up Sat 05-09 counted)', () => {
    const r = computeDeadline(cal, ogi({ startDate: '2026-04-24' }));
    expect(r.dueDate).toBe('2026-05-26');
    expect(r.explanation.textZh).toContain('劳动节假期5月1日至5日（5天）');
    expect(r.explanation.textZh).toContain('5月9日（周六）为劳动节调休上班日');
  });
});

describe('computeDeadline: pauses (条例 Art. 33 ¶3 — consultation time not counted)', () => {
  it('without a pause: 20 WD from Mon 2026-03-02 → Mon 03-30', () => {
    expect(computeDeadline(cal, ogi()).dueDate).toBe('2026-03-30');
  });

  it('a closed pause of 5 WD moves the due date by 5 WD, here across Qingming', () => {
    const r = computeDeadline(cal, ogi({ pauses: [{ from: '2026-03-09', to: '2026-03-13', reasonZh: '征求第三方意见' }] }));
    // 03-30 + 5 WD: 03-31, 04-01, 04-02, 04-03, (清明 04-04…06), 04-07.
    expect(r.dueDate).toBe('2026-04-07');
    expect(stepsOf(r.explanation.steps, 'pause')).toEqual([
      { kind: 'pause', from: '2026-03-09', to: '2026-03-13', reasonZh: '征求第三方意见', daysPaused: 5, effect: 'counted' },
    ]);
    expect(r.explanation.textZh).toContain('因征求第三方意见，3月9日至13日中止计算，其间5个工作日不计入期限。');
    expect(r.explanation.textZh).toContain('清明节假期4月4日至6日（3天）');
  });

  it('a pause reaching past the original due date moves it by all its working days', () => {
    // Paused 03-25…04-03 = 8 WD (03-25,26,27,30,31, 04-01,02,03); 16 counted before; 4 left: 04-07..10.
    const r = computeDeadline(cal, ogi({ pauses: [{ from: '2026-03-25', to: '2026-04-03', reasonZh: '征求其他机关意见' }] }));
    expect(r.dueDate).toBe('2026-04-10');
    expect(stepsOf(r.explanation.steps, 'pause')[0]?.daysPaused).toBe(8);
  });

  it('a pause over a weekend only changes nothing', () => {
    const r = computeDeadline(cal, ogi({ pauses: [{ from: '2026-03-07', to: '2026-03-08', reasonZh: '征求第三方意见' }] }));
    expect(r.dueDate).toBe('2026-03-30');
    expect(stepsOf(r.explanation.steps, 'pause')[0]).toMatchObject({ daysPaused: 0, effect: 'counted' });
  });

  it('pauses outside the period have no effect and say so', () => {
    const r = computeDeadline(
      cal,
      ogi({
        pauses: [
          { from: '2026-02-20', to: '2026-03-02', reasonZh: '征求第三方意见' },
          { from: '2026-04-01', to: '2026-04-03', reasonZh: '征求其他机关意见' },
        ],
      }),
    );
    expect(r.dueDate).toBe('2026-03-30');
    expect(stepsOf(r.explanation.steps, 'pause').map((p) => p.effect)).toEqual(['beforeStart', 'notReached']);
    expect(r.explanation.textZh).toContain('在期限届满之后，不影响期限');
  });

  it('an open pause reached by the period stops the clock: no due date', () => {
    const r = computeDeadline(cal, ogi({ pauses: [{ from: '2026-03-09', to: null, reasonZh: '征求第三方意见' }] }));
    expect(r.dueDate).toBeNull();
    expect(stepsOf(r.explanation.steps, 'clockStopped')).toEqual([
      { kind: 'clockStopped', since: '2026-03-09', reasonZh: '征求第三方意见', daysCounted: 4, daysRemaining: 16 },
    ]);
    expect(stepsOf(r.explanation.steps, 'pause')[0]).toMatchObject({ effect: 'running', daysPaused: null });
    expect(stepsOf(r.explanation.steps, 'due')).toEqual([]);
    expect(r.explanation.textZh).toContain('截止日期暂不能确定（已计4个工作日，尚余16个工作日）');
  });

  it('an open pause starting after the due date does not stop the clock', () => {
    const r = computeDeadline(cal, ogi({ pauses: [{ from: '2026-03-31', to: null, reasonZh: '征求第三方意见' }] }));
    expect(r.dueDate).toBe('2026-03-30');
  });

  it('calendar-day periods pause by calendar days', () => {
    // 15 days from 03-02 with 03-05…07 paused (3 days) → 03-20 (Fri).
    const r = computeDeadline(cal, {
      basis: 'calendarDays',
      days: 15,
      startDate: '2026-03-02',
      pauses: [{ from: '2026-03-05', to: '2026-03-07', reasonZh: '鉴定' }],
    });
    expect(r.dueDate).toBe('2026-03-20');
    expect(stepsOf(r.explanation.steps, 'pause')[0]?.daysPaused).toBe(3);
    expect(r.explanation.textZh).toContain('其间3日不计入期限');
  });
});

describe('computeDeadline: extensions', () => {
  it('adds extension days in the same basis (条例 Art. 33 ¶2: +20 WD)', () => {
    const r = computeDeadline(cal, ogi({ extensions: [{ days: 20, reasonZh: '经信息公开工作机构负责人同意' }] }));
    expect(r.dueDate).toBe('2026-04-28');
    expect(r.explanation.textZh).toContain('经延长20个工作日（经信息公开工作机构负责人同意），共计40个工作日');
    expect(stepsOf(r.explanation.steps, 'due')).toEqual([{ kind: 'due', date: '2026-04-28', totalDays: 40 }]);
  });

  it('combines extension and pause: received 02-10, +20 WD, 03-02…13 paused (10 WD) → 04-28', () => {
    const r = computeDeadline(cal, {
      basis: 'workingDays',
      days: 20,
      startDate: '2026-02-10',
      extensions: [{ days: 20, reasonZh: '经负责人同意延长' }],
      pauses: [{ from: '2026-03-02', to: '2026-03-13', reasonZh: '征求第三方意见' }],
    });
    expect(r.dueDate).toBe('2026-04-28');
    expect(stepsOf(r.explanation.steps, 'pause')[0]?.daysPaused).toBe(10);
  });

  it('calendar days + extension, with the last day moved out of National Day', () => {
    const r = computeDeadline(cal, {
      basis: 'calendarDays',
      days: 30,
      startDate: '2026-08-04',
      extensions: [{ days: 30, reasonZh: '情况复杂，经批准延长' }],
    });
    expect(r.dueDate).toBe('2026-10-08');
    expect(stepsOf(r.explanation.steps, 'lastDayMoved')).toEqual([
      { kind: 'lastDayMoved', from: '2026-10-03', to: '2026-10-08', count: 5, names: ['国庆节'] },
    ]);
    expect(r.explanation.textZh).toContain('期间最后一日2026年10月3日（周六）为国庆节假期，依法顺延');
    expect(r.explanation.textZh).toContain('截止日期为2026年10月8日（周四）');
  });
});

describe('computeDeadline: missing calendar years', () => {
  it('computes with plain weekdays but marks the result provisional and says why', () => {
    // 2026-12-20 (Sun): 12-21..25 5; 12-28..31 9; 2027-01-01 10 (no notice yet); 01-04..08 15; 01-11..15 20.
    const r = computeDeadline(cal, ogi({ startDate: '2026-12-20' }));
    expect(r.dueDate).toBe('2027-01-15');
    expect(r.missingYears).toEqual([2027]);
    expect(r.isProvisional).toBe(true);
    expect(stepsOf(r.explanation.steps, 'calendarMissing')).toEqual([
      { kind: 'calendarMissing', years: [2027], entered: [], statutory: [] },
    ]);
    expect(r.explanation.textZh).toContain('2027年的国务院节假日安排尚未录入');
    expect(r.explanation.textZh).toContain('截止日期暂定为2027年1月15日（周五）');
    expect(r.explanation.textEn).toContain('provisional');
  });
});

describe('computeDeadline: validation', () => {
  it('rejects a pause ending before it starts, in Chinese', () => {
    const bad = ogi({ pauses: [{ from: '2026-03-09', to: '2026-03-01', reasonZh: '征求第三方意见' }] });
    expect(ZDeadlineRule.safeParse(bad).error?.issues.map((i) => i.message)).toEqual(['中止结束日期不能早于开始日期']);
    expect(() => computeDeadline(cal, bad)).toThrow();
  });

  it('rejects negative days, empty reasons and bad dates', () => {
    const r = ZDeadlineRule.safeParse({ basis: 'workingDays', days: -1, startDate: '2026-02-30', extensions: [{ days: 5, reasonZh: '' }] });
    expect(r.error?.issues.map((i) => i.message).sort()).toEqual(['不是有效的日期', '期限天数不能为负数', '请填写原因'].sort());
  });

  it('rejects a total period beyond the maximum', () => {
    expect(() => computeDeadline(cal, ogi({ days: 3000, extensions: [{ days: 3000, reasonZh: '延长' }] }))).toThrow(RangeError);
  });
});

describe('computeDeadline: a year with no notice counts its statutory holidays', () => {
  it('skips 2027 元旦 computed from the Measures and says the result is provisional and why', () => {
    // Same start as above: with 2027-01-01 known to be 元旦 the 20th working day is Monday 01-18, not 01-15.
    const r = computeDeadline(createCalendar([YEAR_2025, YEAR_2026], FIXTURE_ALMANAC), ogi({ startDate: '2026-12-20' }));
    expect(r.dueDate).toBe('2027-01-18');
    expect(r.isProvisional).toBe(true);
    expect(stepsOf(r.explanation.steps, 'calendarMissing')).toEqual([
      { kind: 'calendarMissing', years: [2027], entered: [], statutory: [2027] },
    ]);
    expect(r.explanation.textZh).toContain(
      '2027年的国务院节假日安排尚未录入，暂按《全国年节及纪念日放假办法》规定的法定节假日计算（未含调休），结果为暂定',
    );
    expect(r.explanation.textZh).toContain('截止日期暂定为2027年1月18日（周一）');
  });

  it('says so when a stored year is only provisional', () => {
    const r = computeDeadline(
      createCalendar([YEAR_2025, { ...YEAR_2026, status: 'provisional' }], FIXTURE_ALMANAC),
      ogi({ startDate: '2026-02-10' }),
    );
    expect(r.dueDate).toBe('2026-03-16');
    expect(r.missingYears).toEqual([2026]);
    expect(r.explanation.textZh).toContain('2026年的节假日安排为暂定（尚未经通知文号和日期确认或不完整），按暂定安排计算，结果为暂定');
  });
});

/** Expected dates counted by hand from rules.md §10 (2025 and 2026 State Council holiday notices). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../calendar/day-counting.ts';
import { addDays, daysBetween } from '../calendar/iso-date.ts';
import { YEAR_2025, YEAR_2026 } from '../calendar/official-years.fixture.ts';
import { createCalendar } from '../calendar/working-day-calendar.ts';
import { computeRequestClock, extensionTooLate, RequestClockError, type ClockEvent } from './request-clock.ts';

const cal = createCalendar([YEAR_2025, YEAR_2026]);
const clock = (events: ClockEvent[]) => computeRequestClock(cal, events);

describe('reply due 20 working days after receipt (条例第三十三条第二款)', () => {
  it('2025-09-26 counts through National Day: Sun 09-28 and Sat 10-11 are make-up workdays, 10-01…08 off → 10-30', () => {
    const c = clock([{ kind: 'received', date: '2025-09-26' }]);
    expect(c.reply?.result.dueDate).toBe('2025-10-30');
    expect(c.reply?.result.explanation.textZh).toContain('国庆节、中秋节假期10月1日至8日（8天）');
    expect(c.reply?.isOpen).toBe(true);
  });

  it('2026-02-10 counts through Spring Festival with the make-up Saturdays 02-14 and 02-28 → 03-16', () => {
    const c = clock([{ kind: 'received', date: '2026-02-10' }]);
    expect(c.reply?.result.dueDate).toBe('2026-03-16');
    expect(c.reply?.result.explanation.textZh).toContain('2月14日（周六）、2月28日（周六）为春节调休上班日');
  });

  it('no receipt yet (online, awaiting confirmation, 第三十一条第（三）项): no clock', () => {
    expect(clock([])).toMatchObject({ reply: null, clarificationNotice: null, correction: null });
  });

  it('events without a receipt are refused', () => {
    expect(() => clock([{ kind: 'replied', date: '2026-03-01' }])).toThrow(RequestClockError);
  });

  it('closes when replied', () => {
    const c = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'replied', date: '2026-03-10' },
    ]);
    expect(c.reply?.isOpen).toBe(false);
    expect(c.clarificationNotice?.isOpen).toBe(false);
  });
});

describe('clarification (补正, 条例第三十条)', () => {
  it('the notice is due 7 working days after receipt: 2025-09-26 → 10-13 (through National Day)', () => {
    const c = clock([{ kind: 'received', date: '2025-09-26' }]);
    expect(c.clarificationNotice?.result.dueDate).toBe('2025-10-13');
    expect(c.clarificationNotice?.isOpen).toBe(true);
  });

  it('2026-02-10 → notice due 02-26 (Sat 02-14 counted, 02-15…23 off)', () => {
    expect(clock([{ kind: 'received', date: '2026-02-10' }]).clarificationNotice?.result.dueDate).toBe('2026-02-26');
  });

  it('the notice deadline is met once a notice is sent, or no longer relevant once the application is found complete', () => {
    const sent = clock([
      { kind: 'received', date: '2026-02-10' },
      { kind: 'clarificationRequested', date: '2026-02-12', correctBy: '2026-03-02' },
    ]);
    expect(sent.clarificationNotice?.isOpen).toBe(false);
    const complete = clock([
      { kind: 'received', date: '2026-02-10' },
      { kind: 'reviewedComplete', date: '2026-02-11' },
    ]);
    expect(complete.clarificationNotice?.isOpen).toBe(false);
  });

  it('while awaiting correction the reply clock is stopped and the correction date is a deadline of its own', () => {
    const c = clock([
      { kind: 'received', date: '2026-02-10' },
      { kind: 'clarificationRequested', date: '2026-02-12', correctBy: '2026-03-02' },
    ]);
    expect(c.isAwaitingCorrection).toBe(true);
    expect(c.reply?.result.dueDate).toBeNull();
    expect(c.reply?.result.explanation.textZh).toContain('等待申请人补正');
    expect(c.correction?.result.dueDate).toBe('2026-03-02');
    expect(c.correction?.isOpen).toBe(true);
  });

  it('the corrected application restarts the period from its receipt (a reset, not a pause): 03-02 → 03-30', () => {
    const c = clock([
      { kind: 'received', date: '2026-02-10' },
      { kind: 'clarificationRequested', date: '2026-02-12', correctBy: '2026-03-06' },
      { kind: 'correctionReceived', date: '2026-03-02' },
    ]);
    expect(c.isAwaitingCorrection).toBe(false);
    expect(c.correction?.isOpen).toBe(false);
    expect(c.reply?.rule).toMatchObject({ startDate: '2026-03-02', startLabelZh: '收到补正后的申请' });
    expect(c.reply?.rule.pauses).toBeUndefined();
    expect(c.reply?.result.dueDate).toBe('2026-03-30');
  });
});

describe('a late clarification notice (条例第三十条: within 7 working days)', () => {
  it('sent on the 7th working day (02-26) is in time; on the 8th (02-27) it is late, still restarts the clock, and the clerk is told', () => {
    const inTime = clock([
      { kind: 'received', date: '2026-02-10' },
      { kind: 'clarificationRequested', date: '2026-02-26', correctBy: '2026-03-10' },
    ]);
    expect(inTime.lateClarificationNotices).toEqual([]);
    expect(inTime.warningsZh).toEqual([]);
    const late = clock([
      { kind: 'received', date: '2026-02-10' },
      { kind: 'clarificationRequested', date: '2026-02-27', correctBy: '2026-03-10' },
      { kind: 'correctionReceived', date: '2026-03-02' },
    ]);
    expect(late.lateClarificationNotices).toEqual([{ noticeOn: '2026-02-27', dueOn: '2026-02-26' }]);
    expect(late.warningsZh[0]).toContain('已超过条例第三十条规定的7个工作日');
    expect(late.warningsZh[0]).toContain('2026年2月26日');
    expect(late.reply?.result.dueDate).toBe('2026-03-30');
  });

  it('a second notice is due 7 working days after the corrected application it answers (03-02 → 03-11)', () => {
    const base: ClockEvent[] = [
      { kind: 'received', date: '2026-02-10' },
      { kind: 'clarificationRequested', date: '2026-02-12', correctBy: '2026-03-06' },
      { kind: 'correctionReceived', date: '2026-03-02' },
    ];
    expect(
      clock([...base, { kind: 'clarificationRequested', date: '2026-03-11', correctBy: '2026-03-20' }]).lateClarificationNotices,
    ).toEqual([]);
    expect(
      clock([...base, { kind: 'clarificationRequested', date: '2026-03-12', correctBy: '2026-03-20' }]).lateClarificationNotices,
    ).toEqual([{ noticeOn: '2026-03-12', dueOn: '2026-03-11' }]);
  });
});

describe('consultation stops the clock (条例第三十二条、第三十四条、第三十三条第三款)', () => {
  it('a third party answering after 5 working days moves 03-30 to 04-07 (across Qingming) and the explanation says so', () => {
    const c = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'consultationStarted', date: '2026-03-09', id: 'c1', party: 'thirdParty' },
      { kind: 'consultationAnswered', date: '2026-03-13', id: 'c1' },
    ]);
    expect(c.reply?.result.dueDate).toBe('2026-04-07');
    expect(c.reply?.result.explanation.textZh).toContain(
      '因征求第三方意见（条例第三十二条），3月9日至13日中止计算，其间5个工作日不计入期限。',
    );
    expect(c.consultationsOpen).toBe(0);
  });

  it('an unanswered consultation pauses at most the 15 working days allowed (03-09…03-30)', () => {
    const c = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'consultationStarted', date: '2026-03-09', id: 'c1', party: 'agency' },
    ]);
    expect(c.reply?.rule.pauses).toEqual([{ from: '2026-03-09', to: '2026-03-30', reasonZh: '征求其他机关意见（条例第三十四条）' }]);
    // 4 WD counted before the pause, 16 after 03-30: 03-31…04-03 (4), Qingming off, 04-07…10 (8), 04-13…17 (13), 04-20…22 (16).
    expect(c.reply?.result.dueDate).toBe('2026-04-22');
    expect(c.consultationsOpen).toBe(1);
  });

  it('an answer later than the 15 working days counts only the 15', () => {
    const late = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'consultationStarted', date: '2026-03-09', id: 'c1', party: 'thirdParty' },
      { kind: 'consultationAnswered', date: '2026-04-10', id: 'c1' },
    ]);
    expect(late.reply?.result.dueDate).toBe('2026-04-22');
  });
});

describe('extension (条例第三十三条第二款)', () => {
  it('adds at most 20 working days once: 03-02 → 04-28', () => {
    const c = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'extended', date: '2026-03-20', days: 20 },
    ]);
    expect(c.reply?.result.dueDate).toBe('2026-04-28');
    expect(c.reply?.result.explanation.textZh).toContain('经信息公开工作机构负责人同意延长');
    expect(c.extensionDays).toBe(20);
  });

  it('only within the period: approved on the due date (03-30) it applies; approved after (03-31) it does not, and the request stays due 03-30', () => {
    const onTime = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'extended', date: '2026-03-30', days: 20 },
    ]);
    expect(onTime.reply?.result.dueDate).toBe('2026-04-28');
    expect(onTime.lateExtension).toBeNull();
    const late = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'extended', date: '2026-03-31', days: 20 },
    ]);
    expect(late.reply?.result.dueDate).toBe('2026-03-30');
    expect(late.extensionDays).toBe(0);
    expect(late.lateExtension).toEqual({ approvedOn: '2026-03-31', dueOn: '2026-03-30' });
    expect(late.warningsZh.join()).toContain('答复期限不予延长');
  });

  it('the period at approval counts the consultation pause: due 04-07 after a third party 03-09…13, so 04-03 is in time', () => {
    const c = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'consultationStarted', date: '2026-03-09', id: 'c1', party: 'thirdParty' },
      { kind: 'consultationAnswered', date: '2026-03-13', id: 'c1' },
      { kind: 'extended', date: '2026-04-03', days: 5 },
    ]);
    expect(c.lateExtension).toBeNull();
    expect(c.extensionDays).toBe(5);
  });

  it('extensionTooLate: refuses an approval after the due date, not on it, nor while the clock is stopped for a correction', () => {
    const open = clock([{ kind: 'received', date: '2026-03-02' }]);
    expect(extensionTooLate(open, '2026-03-30')).toBeNull();
    expect(extensionTooLate(open, '2026-03-31')).toMatchObject({ dueOn: '2026-03-30' });
    expect(extensionTooLate(open, '2026-03-31')?.reasonZh).toContain('第三十三条第二款');
    const awaiting = clock([
      { kind: 'received', date: '2026-03-02' },
      { kind: 'clarificationRequested', date: '2026-03-03', correctBy: '2026-05-01' },
    ]);
    expect(extensionTooLate(awaiting, '2026-04-30')).toBeNull();
  });

  it('refuses a second extension and one of more than 20 working days', () => {
    const base: ClockEvent[] = [{ kind: 'received', date: '2026-03-02' }];
    expect(() => clock([...base, { kind: 'extended', date: '2026-03-20', days: 21 }])).toThrow('extensionTooLong');
    expect(() =>
      clock([...base, { kind: 'extended', date: '2026-03-20', days: 10 }, { kind: 'extended', date: '2026-03-21', days: 10 }]),
    ).toThrow('extensionTwice');
  });

  it('all together: received 02-10, clarification, corrected 03-02, third party 03-09…13, +20 WD → 05-08 (across Labour Day)', () => {
    const c = clock([
      { kind: 'received', date: '2026-02-10' },
      { kind: 'clarificationRequested', date: '2026-02-12', correctBy: '2026-03-06' },
      { kind: 'correctionReceived', date: '2026-03-02' },
      { kind: 'consultationStarted', date: '2026-03-09', id: 'c1', party: 'thirdParty' },
      { kind: 'consultationAnswered', date: '2026-03-13', id: 'c1' },
      { kind: 'extended', date: '2026-03-25', days: 20 },
    ]);
    // 40 WD from 03-02 → 04-28; +5 paused WD: 04-29, 04-30, (05-01…05 off), 05-06, 05-07, 05-08.
    expect(c.reply?.result.dueDate).toBe('2026-05-08');
    expect(c.reply?.result.explanation.textZh).toContain('劳动节假期5月1日至5日（5天）');
  });

  it('2025 all together: received 09-26, clarification, corrected 10-09 (after National Day), third party 10-13…17, +10 WD → 11-26', () => {
    const c = clock([
      { kind: 'received', date: '2025-09-26' },
      { kind: 'clarificationRequested', date: '2025-09-28', correctBy: '2025-10-15' },
      { kind: 'correctionReceived', date: '2025-10-09' },
      { kind: 'consultationStarted', date: '2025-10-13', id: 'c1', party: 'thirdParty' },
      { kind: 'consultationAnswered', date: '2025-10-17', id: 'c1' },
      { kind: 'extended', date: '2025-10-30', days: 10 },
    ]);
    // 30 WD from Thu 10-09: 10-10 (1), Sat 10-11 make-up (2), 10-13…17 (7) … 11-17…19 (30); +5 paused: 11-20, 21, 24, 25, 26.
    expect(c.reply?.result.dueDate).toBe('2025-11-26');
    expect(c.reply?.result.explanation.textZh).toContain('10月11日（周六）为国庆节、中秋节调休上班日');
    expect(c.clarificationNotice?.isOpen).toBe(false);
  });

  it('event order in the input does not matter (sorted by date)', () => {
    const c = clock([
      { kind: 'consultationAnswered', date: '2026-03-13', id: 'c1' },
      { kind: 'consultationStarted', date: '2026-03-09', id: 'c1', party: 'thirdParty' },
      { kind: 'received', date: '2026-03-02' },
    ]);
    expect(c.reply?.result.dueDate).toBe('2026-04-07');
  });
});

describe('properties', () => {
  const FIRST = '2025-01-01';
  const arbStart = fc.integer({ min: 0, max: daysBetween(FIRST, '2026-09-30') }).map((i) => addDays(FIRST, i));

  it('a pause of k working days inside the period moves the due date by exactly k working days', () => {
    fc.assert(
      fc.property(arbStart, fc.integer({ min: 1, max: 19 }), fc.integer({ min: 1, max: 15 }), (start, j, k) => {
        const base = clock([{ kind: 'received', date: start }]).reply!.result.dueDate!;
        const from = addWorkingDays(cal, start, j).dueDate;
        const answered = addWorkingDays(cal, from, k - 1).dueDate;
        const paused = clock([
          { kind: 'received', date: start },
          { kind: 'consultationStarted', date: from, id: 'x', party: 'thirdParty' },
          { kind: 'consultationAnswered', date: answered, id: 'x' },
        ]).reply!.result.dueDate!;
        expect(paused).toBe(addWorkingDays(cal, base, k).dueDate);
      }),
      { numRuns: 300 },
    );
  });

  it('a correction restarts the period: the due date is 20 working days after the corrected application, whatever came before', () => {
    fc.assert(
      fc.property(arbStart, fc.integer({ min: 1, max: 40 }), (start, gap) => {
        const corrected = addDays(start, gap);
        const c = clock([
          { kind: 'received', date: start },
          { kind: 'clarificationRequested', date: start, correctBy: addDays(start, 60) },
          { kind: 'correctionReceived', date: corrected },
        ]);
        expect(c.reply!.result.dueDate).toBe(addWorkingDays(cal, corrected, 20).dueDate);
      }),
      { numRuns: 200 },
    );
  });

  it('an extension of d working days moves the due date by d working days', () => {
    fc.assert(
      fc.property(arbStart, fc.integer({ min: 1, max: 20 }), (start, d) => {
        const base = clock([{ kind: 'received', date: start }]).reply!.result.dueDate!;
        const ext = clock([
          { kind: 'received', date: start },
          { kind: 'extended', date: start, days: d },
        ]).reply!.result.dueDate!;
        expect(ext).toBe(addWorkingDays(cal, base, d).dueDate);
      }),
      { numRuns: 200 },
    );
  });
});

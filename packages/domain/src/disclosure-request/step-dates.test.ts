import { describe, expect, it } from 'vitest';
import { checkStepDate, type RecordedStep } from './step-dates.ts';

const TODAY = '2026-12-06';
const history: RecordedStep[] = [
  { kind: 'received', date: '2026-03-02' },
  { kind: 'clarificationRequested', date: '2026-03-05' },
  { kind: 'correctionReceived', date: '2026-03-12' },
  { kind: 'consultationStarted', date: '2026-03-16' },
];

describe('the dates of a request follow each other and are never after today (China time)', () => {
  it('a correction dated before the clarification notice is refused, naming the notice and its date', () => {
    const p = checkStepDate(history.slice(0, 2), 'correctionReceived', '2026-03-04', TODAY);
    expect(p).toMatchObject({ code: 'beforeEarlierStep', earlier: { kind: 'clarificationRequested', date: '2026-03-05' } });
    expect(p?.reasonZh).toBe('收到补正后的申请的日期不能早于发出补正通知的日期（2026年3月5日）');
    expect(checkStepDate(history.slice(0, 2), 'correctionReceived', '2026-03-05', TODAY)).toBeNull();
  });

  it('the latest earlier step binds: a reply before the consultation started, a second notice before the corrected application', () => {
    expect(checkStepDate(history, 'replied', '2026-03-13', TODAY)).toMatchObject({
      earlier: { kind: 'consultationStarted', date: '2026-03-16' },
    });
    expect(checkStepDate(history, 'replied', '2026-03-16', TODAY)).toBeNull();
    expect(checkStepDate(history, 'clarificationRequested', '2026-03-11', TODAY)).toMatchObject({
      earlier: { kind: 'correctionReceived' },
    });
  });

  it('a date after today is refused whatever the history, today itself is allowed', () => {
    const p = checkStepDate(history, 'replied', '2026-12-07', TODAY);
    expect(p).toMatchObject({ code: 'inFuture', today: TODAY });
    expect(p?.reasonZh).toBe('出具答复的日期不能晚于今天（2026年12月6日）');
    expect(checkStepDate(history, 'replied', TODAY, TODAY)).toBeNull();
    expect(checkStepDate([{ kind: 'arrived', date: '2026-12-01' }], 'received', '2099-01-01', TODAY)?.code).toBe('inFuture');
  });

  it('receipt after arrival; applicant told of the extension on or after its approval; delivery after the reply', () => {
    expect(checkStepDate([{ kind: 'arrived', date: '2026-03-02' }], 'received', '2026-03-01', TODAY)?.reasonZh).toContain(
      '申请到达的日期（2026年3月2日）',
    );
    expect(checkStepDate([{ kind: 'extended', date: '2026-03-20' }], 'extensionNotified', '2026-03-19', TODAY)?.code).toBe(
      'beforeEarlierStep',
    );
    expect(checkStepDate([...history, { kind: 'replied', date: '2026-04-01' }], 'delivered', '2026-03-31', TODAY)).toMatchObject({
      earlier: { kind: 'replied', date: '2026-04-01' },
    });
  });

  it('a reconsideration is filed after the reply and decided after it was filed, not in the future', () => {
    const replied = [{ kind: 'replied', date: '2026-04-20' }];
    expect(checkStepDate(replied, 'reviewFiled', '2026-04-19', TODAY)?.reasonZh).toBe(
      '提起行政复议或诉讼的日期不能早于出具答复的日期（2026年4月20日）',
    );
    expect(checkStepDate([...replied, { kind: 'reviewFiled', date: '2026-05-10' }], 'reviewDecided', '2027-01-01', TODAY)?.code).toBe(
      'inFuture',
    );
  });

  it('steps of other kinds do not bind: a consultation may start before a later reply draft, an extension ignores consultations', () => {
    expect(checkStepDate(history, 'extended', '2026-03-13', TODAY)).toBeNull();
    expect(checkStepDate([], 'consultationAnswered', '2026-01-01', TODAY)).toBeNull();
  });
});

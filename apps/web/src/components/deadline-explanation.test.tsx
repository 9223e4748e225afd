import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { DeadlineExplanationView, type DeadlineExplanationData } from './deadline-explanation.tsx';

const explanation: DeadlineExplanationData = {
  rule: { basis: 'calendarDays', days: 60, startDate: '2026-11-20', startLabelZh: '受理' },
  steps: [
    { kind: 'start', date: '2026-11-20', labelZh: '受理', basis: 'calendarDays', days: 60 },
    { kind: 'lastDayMoved', from: '2027-01-17', to: '2027-01-18', count: 1, names: ['周末'] },
    { kind: 'calendarMissing', years: [2027] },
    { kind: 'due', date: '2027-01-18', totalDays: 60 },
  ],
  textZh: '自2026年11月20日（受理）次日起算60日。',
  textEn: '60 days counted from the day after 2026-11-20.',
};

describe('DeadlineExplanationView', () => {
  afterEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('shows the Chinese text, the provisional warning naming the missing year, and the steps', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<DeadlineExplanationView explanation={explanation} isProvisional missingYears={[2027]} />);
    expect(screen.getByText('节假日安排未公布，日期暂定')).toBeTruthy();
    expect(screen.getByText(/期限落在 2027 年/)).toBeTruthy();
    expect(screen.getByText('自2026年11月20日（受理）次日起算60日。')).toBeTruthy();
    expect(screen.getByText(/最后一日 2027-01-17.*为休息日（周末），顺延 1 天至 2027-01-18/)).toBeTruthy();
  });

  it('shows the English text and words the weekend in English', async () => {
    await i18n.changeLanguage('en');
    render(<DeadlineExplanationView explanation={explanation} isProvisional={false} />);
    expect(screen.getByText('60 days counted from the day after 2026-11-20.')).toBeTruthy();
    expect(screen.getByText(/The last day 2027-01-17 \(Sun\) is a rest day \(weekend\)/)).toBeTruthy();
    expect(screen.queryByText(/provisional/i, { selector: '.ant-alert-title' })).toBeNull();
  });
});

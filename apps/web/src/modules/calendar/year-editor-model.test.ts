import { describe, expect, it } from 'vitest';
import { addRange, checkDays } from './year-editor-model.ts';

describe('year editor checks', () => {
  it('accepts a correct schedule', () => {
    expect(
      checkDays(
        {
          holidays: [
            { date: '2026-10-01', name: '国庆节' },
            { date: '2026-10-02', name: '国庆节' },
          ],
          makeUpWorkdays: [{ date: '2026-09-20', name: '国庆节' }],
        },
        2026,
      ),
    ).toEqual([]);
  });

  it('names the row of each mistake the server would refuse', () => {
    const problems = checkDays(
      {
        holidays: [
          { date: '2025-12-31', name: '元旦' },
          { date: '2026-10-01', name: '国庆节' },
          { date: '2026-10-01', name: '国庆节' },
          { date: null, name: '' },
        ],
        makeUpWorkdays: [
          { date: '2026-09-21', name: '国庆节' },
          { date: '2026-10-03', name: '国庆节' },
          { date: '2026-10-04', name: '国庆节' },
        ],
      },
      2026,
    );
    // 2026-10-03 is a Saturday but not listed off; 2026-10-04 is a Sunday and not off either: both fine.
    expect(problems).toEqual([
      { name: ['holidays', 0, 'date'], problem: 'outsideYear' },
      { name: ['holidays', 2, 'date'], problem: 'duplicate' },
      { name: ['holidays', 3, 'date'], problem: 'required' },
      { name: ['holidays', 3, 'name'], problem: 'nameRequired' },
      { name: ['makeUpWorkdays', 0, 'date'], problem: 'notWeekend' },
    ]);
  });

  it('refuses a day both off and worked', () => {
    expect(
      checkDays({ holidays: [{ date: '2026-10-03', name: '国庆节' }], makeUpWorkdays: [{ date: '2026-10-03', name: '国庆节' }] }, 2026),
    ).toEqual([{ name: ['makeUpWorkdays', 0, 'date'], problem: 'conflict' }]);
  });

  it('adds a range without duplicates, in date order', () => {
    const rows = addRange([{ date: '2026-10-02', name: '国庆节' }], '2026-10-01', '2026-10-03', '国庆节', (date, name) => ({ date, name }));
    expect(rows.map((r) => r.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
  });
});

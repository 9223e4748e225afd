import { fireEvent, screen } from '@testing-library/react';
import type { CalendarYearDetail, CalendarYearSummary } from '@yifa/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import CalendarPage from './calendar-page.tsx';

const thisYear = new Date().getFullYear();
const summary: CalendarYearSummary = {
  year: thisYear, source: 'notice-import', notice: '国办发明电〔2025〕7号', holidayCount: 2, makeUpWorkdayCount: 1, isOfficial: true, updatedAt: '2026-01-01T00:00:00Z', updatedByName: null,
};
const detail: CalendarYearDetail = {
  ...summary,
  holidays: [{ date: `${thisYear}-10-01`, name: '国庆节' }, { date: `${thisYear}-10-02`, name: '国庆节' }],
  makeUpWorkdays: [{ date: `${thisYear}-09-27`, name: '国庆节' }],
};

function stub() {
  return stubApi({
    'GET /api/calendar/years': () => ({ items: [summary], missingYears: [thisYear + 1] }),
    [`GET /api/calendar/years/${thisYear}`]: () => detail,
  });
}

describe('CalendarPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the missing next year in the warning colour and warns about provisional deadlines', async () => {
    stub();
    // The month grid makes the page large: queries go by text and selector, not by role (slow in jsdom).
    const { container } = renderPage(<CalendarPage />, { url: '/system/calendar', permissions: ['platform:calendar:read'] });
    await screen.findByText('国办发明电〔2025〕7号');
    const missing = container.querySelector(`tr[aria-label="${thisYear + 1} 年，未录入"]`);
    expect(missing?.className).toContain('yifa-row-warning');
    expect(screen.getByText(new RegExp(`${thisYear + 1} 年的节假日安排尚未录入`))).toBeTruthy();
    // This year is shown: its run of days off as one row, its make-up day on its own.
    const runs = [...container.querySelectorAll('tr')].filter((r) => r.querySelector('td')?.textContent === '国庆节');
    expect(runs.map((r) => r.querySelector('td:last-child')?.textContent)).toEqual(['1', '2']);
    expect(container.querySelectorAll('.yifa-month td.is-holiday')).toHaveLength(2);
    expect(container.querySelectorAll('.yifa-month td.is-makeup')).toHaveLength(1);
    // Readers get no editing.
    expect(screen.queryByText('导入通知')).toBeNull();
    expect(screen.queryByText(/^删\s*除$/)).toBeNull();
  });

  it('offers the system administrator import, edit and delete, and the missing year\u2019s entry', async () => {
    stub();
    const { container } = renderPage(<CalendarPage />, { url: '/system/calendar', permissions: ['platform:calendar:read', 'platform:calendar:write'], session: { dataScope: 'all' } });
    expect(await screen.findByText(/^删\s*除$/)).toBeTruthy();
    fireEvent.click(container.querySelector(`tr[aria-label="${thisYear + 1} 年，未录入"]`)!);
    expect(await screen.findByText('手工录入')).toBeTruthy();
    expect(screen.getAllByText('导入通知').length).toBeGreaterThan(0);
  });
});

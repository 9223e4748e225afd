import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CalendarYearDetail, CalendarYearSummary } from '@yifa/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import CalendarPage from './calendar-page.tsx';

const thisYear = new Date().getFullYear();
const summary: CalendarYearSummary = {
  year: thisYear,
  source: 'notice-import',
  status: 'official',
  notice: '国办发明电〔2025〕7号',
  noticeDate: `${thisYear - 1}-11-04`,
  holidayCount: 2,
  makeUpWorkdayCount: 1,
  isOfficial: true,
  updatedAt: '2026-01-01T00:00:00Z',
  updatedByName: null,
};
const LAW = '《全国年节及纪念日放假办法》（2024年修订）';
const detail: CalendarYearDetail = {
  ...summary,
  holidays: [
    { date: `${thisYear}-10-01`, name: '国庆节' },
    { date: `${thisYear}-10-02`, name: '国庆节' },
  ],
  makeUpWorkdays: [{ date: `${thisYear}-09-27`, name: '国庆节' }],
  confirmation: { lawZh: LAW, statutoryDays: [], missingStatutoryDays: [], isComplete: true, problems: [], canBeOfficial: true },
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
    expect(screen.getByText('正式安排：完整，并已由通知文号和日期确认')).toBeTruthy();
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
    const { container } = renderPage(<CalendarPage />, {
      url: '/system/calendar',
      permissions: ['platform:calendar:read', 'platform:calendar:write'],
      session: { dataScope: 'all' },
    });
    expect(await screen.findByText(/^删\s*除$/)).toBeTruthy();
    fireEvent.click(container.querySelector(`tr[aria-label="${thisYear + 1} 年，未录入"]`)!);
    expect(await screen.findByText('手工录入')).toBeTruthy();
    expect(screen.getAllByText('导入通知').length).toBeGreaterThan(0);
  });

  it('shows a provisional year as such, with what keeps it from being official', async () => {
    const problem = '请填写通知的发布日期';
    stubApi({
      'GET /api/calendar/years': () => ({ items: [{ ...summary, status: 'provisional', isOfficial: false }], missingYears: [] }),
      [`GET /api/calendar/years/${thisYear}`]: () => ({
        ...detail,
        status: 'provisional',
        isOfficial: false,
        confirmation: {
          ...detail.confirmation,
          isComplete: false,
          missingStatutoryDays: [{ date: `${thisYear}-02-16`, name: '春节' }],
          problems: [problem],
          canBeOfficial: false,
        },
      }),
    });
    const { container } = renderPage(<CalendarPage />, { url: '/system/calendar', permissions: ['platform:calendar:read'] });
    expect(await screen.findByText(`${thisYear} 年的安排为暂定`)).toBeTruthy();
    expect(screen.getByText(new RegExp(`${thisYear} 年的节假日安排为暂定（不完整或未经通知确认）`))).toBeTruthy();
    expect(container.querySelector(`tr[aria-label="${thisYear} 年，暂定"]`)?.className).toContain('yifa-row-warning');
    expect(screen.getByText('尚不能保存为正式安排')).toBeTruthy();
    expect(screen.getByText(problem)).toBeTruthy();
  });

  it('will not save a notice read with warnings as official; saving it as provisional is confirmed first', async () => {
    const next = thisYear + 1;
    const warning = '“春节”写明共8天，但解析出0天，请核对';
    const calls = stubApi({
      'GET /api/calendar/years': () => ({ items: [summary], missingYears: [next] }),
      [`GET /api/calendar/years/${thisYear}`]: () => detail,
      'POST /api/calendar/notice-preview': () => ({
        year: next,
        notice: '国办发明电〔2099〕1号',
        noticeDate: null,
        holidays: [{ date: `${next}-01-01`, name: '元旦' }],
        makeUpWorkdays: [],
        warnings: [warning],
        confirmation: {
          lawZh: LAW,
          statutoryDays: [],
          missingStatutoryDays: [],
          isComplete: false,
          problems: [`识别通知时有警告：${warning}`],
          canBeOfficial: false,
        },
        existing: null,
      }),
      [`PUT /api/calendar/years/${next}`]: (call) => ({
        year: { ...detail, ...(call.body as object), year: next, isOfficial: false },
        recompute: { checked: 1, changed: 0, failed: 0 },
      }),
    });
    renderPage(<CalendarPage />, {
      url: '/system/calendar',
      permissions: ['platform:calendar:read', 'platform:calendar:write'],
      session: { dataScope: 'all' },
    });
    fireEvent.click((await screen.findAllByText('导入通知'))[0]!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('年度'), { target: { value: String(next) } });
    fireEvent.change(within(dialog).getByLabelText('通知全文'), {
      target: { value: '二、春节：放假调休，共8天。一、元旦：1月1日放假，共1天。' },
    });
    fireEvent.click(within(dialog).getByText('识 别'));
    expect(await within(dialog).findByText(warning)).toBeTruthy();
    expect(within(dialog).getByText('尚不能保存为正式安排')).toBeTruthy();
    expect(within(dialog).getByText(`保存为 ${next} 年正式安排`).closest('button')?.disabled).toBe(true);
    fireEvent.click(within(dialog).getByText('保存为暂定…'));
    fireEvent.click(await screen.findByText('保存为暂定', { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
      status: 'provisional',
      source: 'notice-import',
      notice: '国办发明电〔2099〕1号',
    });
  });
});

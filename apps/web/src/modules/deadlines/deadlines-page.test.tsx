import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { DeadlineItem } from '@yifa/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import DeadlinesPage from './deadlines-page.tsx';

const item: DeadlineItem = {
  id: 'd1',
  townshipId: 't1',
  orgId: 'o1',
  orgName: '司法所',
  module: 'disclosure',
  kind: 'reply',
  entityType: 'disclosureRequest',
  entityId: 'r1',
  title: '答复政府信息公开申请（张*）',
  link: '/disclosure/requests/r1',
  assigneeId: 'u1',
  assigneeName: '赵刚',
  dueDate: '2027-01-19',
  isProvisional: true,
  status: 'open',
  isOverdue: false,
  workingDaysLeft: 37,
  explanationZh: '自2026年11月20日次日起算60日。',
};

describe('DeadlinesPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the filter from the URL (the workbench links to ?filter=dueSoon&within=5)', async () => {
    const calls = stubApi({
      'GET /api/deadlines': () => ({ today: '2026-11-27', items: [item], nextCursor: null, total: { count: 1, isCapped: false } }),
    });
    renderPage(<DeadlinesPage />, {
      url: '/deadlines?filter=dueSoon&within=5',
      path: '/deadlines',
      permissions: ['platform:workbench:read'],
    });
    await screen.findByText('答复政府信息公开申请（张*）');
    const query = calls.find((c) => c.path === '/api/deadlines')!.query;
    expect(query.get('filter')).toBe('dueSoon');
    expect(query.get('withinWorkingDays')).toBe('5');
    expect(screen.getByRole('link', { name: '答复政府信息公开申请（张*）' }).getAttribute('href')).toBe('/disclosure/requests/r1');
    expect(screen.getByText('暂定')).toBeTruthy();
    expect(screen.getByText('还剩 37 个工作日')).toBeTruthy();
  });

  it('pages by cursor and starts again from the first page when the filter changes', async () => {
    const calls = stubApi({
      'GET /api/deadlines': (call) =>
        call.query.has('after')
          ? { today: '2026-11-27', items: [{ ...item, id: 'd2', title: '第二页事项' }], nextCursor: null, total: null }
          : { today: '2026-11-27', items: [item], nextCursor: 'c2', total: { count: 10_000, isCapped: true } },
    });
    renderPage(<DeadlinesPage />, { url: '/deadlines', path: '/deadlines', permissions: ['platform:workbench:read'] });
    expect(await screen.findByText('共 10,000+ 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('第二页事项')).toBeTruthy();
    expect(calls.at(-1)!.query.get('after')).toBe('c2');
    fireEvent.click(screen.getByText('已逾期'));
    await waitFor(() => expect(calls.at(-1)!.query.get('filter')).toBe('overdue'));
    expect(calls.at(-1)!.query.has('after')).toBe(false);
    expect(await screen.findByText('第 1 页')).toBeTruthy();
  });

  it('opens the explanation in a drawer', async () => {
    stubApi({
      'GET /api/deadlines': () => ({ today: '2026-11-27', items: [item], nextCursor: null, total: { count: 1, isCapped: false } }),
      'GET /api/deadlines/d1': () => ({
        ...item,
        computedAt: '2026-11-27T05:00:00Z',
        version: 1,
        explanation: {
          rule: { basis: 'calendarDays', days: 60, startDate: '2026-11-20' },
          steps: [{ kind: 'calendarMissing', years: [2027] }],
          textZh: '截止日期暂定为2027年1月19日。',
          textEn: 'Provisionally due on 2027-01-19.',
        },
      }),
    });
    renderPage(<DeadlinesPage />, { url: '/deadlines', permissions: ['platform:workbench:read'] });
    fireEvent.click(await screen.findByRole('button', { name: /说明: 答复政府信息公开申请/ }));
    expect(await screen.findByText('截止日期暂定为2027年1月19日。')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('节假日安排未公布，日期暂定', { selector: '.ant-alert-title' })).toBeTruthy());
  });
});

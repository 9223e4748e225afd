import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Notification } from '@yifa/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import NotificationsPage from './notifications-page.tsx';

const note = (id: string, title: string): Notification => ({
  id,
  kind: 'assignment',
  title,
  body: null,
  link: null,
  entityType: null,
  entityId: null,
  createdAt: '2026-11-27T05:00:00Z',
  readAt: null,
  isRead: false,
});

describe('NotificationsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pages by cursor and starts again from the first page when switching to the unread ones', async () => {
    const calls = stubApi({
      'GET /api/notifications': (call) =>
        call.query.has('after')
          ? { items: [note('n2', '第二页消息')], nextCursor: null, total: null, unreadCount: 2 }
          : { items: [note('n1', '第一页消息')], nextCursor: 'c2', total: { count: 2, isCapped: false }, unreadCount: 2 },
      'GET /api/notifications/unread-count': () => ({ count: 2 }),
    });
    renderPage(<NotificationsPage />);
    expect(await screen.findByText('第一页消息')).toBeTruthy();
    expect(screen.getByText('共 2 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('第二页消息')).toBeTruthy();
    const lists = () => calls.filter((c) => c.path === '/api/notifications');
    expect(lists().at(-1)!.query.get('after')).toBe('c2');
    fireEvent.click(screen.getByText('只看未读'));
    await waitFor(() => expect(lists().at(-1)!.query.get('isUnreadOnly')).toBe('1'));
    expect(lists().at(-1)!.query.has('after')).toBe(false);
  });

  it('shows no pager when everything fits on one page', async () => {
    stubApi({
      'GET /api/notifications': () => ({
        items: [note('n1', '唯一一条')],
        nextCursor: null,
        total: { count: 1, isCapped: false },
        unreadCount: 1,
      }),
      'GET /api/notifications/unread-count': () => ({ count: 1 }),
    });
    renderPage(<NotificationsPage />);
    expect(await screen.findByText('唯一一条')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /下一页/ })).toBeNull();
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_KEY } from '../auth/session.ts';
import { sessionWith } from '../test/session-fixture.ts';
import { stubApi } from '../test/render-page.tsx';
import AppLayout from './app-layout.tsx';

describe('AppLayout', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('collapses and expands the menu with a real, named button (reachable by Tab)', async () => {
    stubApi({
      'GET /api/notifications/unread-count': () => ({ count: 0 }),
      'GET /api/orgs/t1': () => ({ id: 't1', name: 'x', kind: 'township', isDemo: false }),
    });
    const client = new QueryClient();
    client.setQueryData(SESSION_KEY, sessionWith(['platform:workbench:read']));
    const router = createMemoryRouter([{ path: '/', Component: AppLayout, children: [{ index: true, element: <p>page</p> }] }]);
    render(
      <QueryClientProvider client={client}>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </QueryClientProvider>,
    );
    const collapse = await screen.findByRole('button', { name: '收起菜单' });
    expect(collapse.tagName).toBe('BUTTON');
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(collapse);
    const expand = await screen.findByRole('button', { name: '展开菜单' });
    expect(expand.getAttribute('aria-expanded')).toBe('false');
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { PermissionCode, SessionInfo } from '@yifa/domain';
import { App as AntApp } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { setCsrfToken } from '../api/client.ts';
import { NotifierBridge } from '../app/notifier-bridge.tsx';
import { SESSION_KEY } from '../auth/session.ts';
import { sessionWith } from './session-fixture.ts';

export interface ApiCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** A handler answers one `METHOD /api/path` (path without the query); a Response is sent as is, anything else as JSON 200. */
export type ApiHandler = (call: ApiCall) => unknown;

export function problemResponse(status: number, code: string, userMessage: string, extra: object = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, userMessage, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/**
 * Stubs fetch with handlers keyed by `GET /api/x` (exact path) and records every call. An
 * unexpected request fails the test with its URL rather than hanging.
 */
export function stubApi(handlers: Record<string, ApiHandler>): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const method = (init.method ?? 'GET').toUpperCase();
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : init.body;
      const call: ApiCall = { method, path: url.pathname, query: url.searchParams, body };
      calls.push(call);
      const handler = handlers[`${method} ${url.pathname}`];
      if (!handler) return problemResponse(500, 'TEST.UNEXPECTED', `unexpected ${method} ${url.pathname}`);
      const answer = handler(call);
      if (answer instanceof Response) return answer;
      return new Response(JSON.stringify(answer ?? {}), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

/**
 * Renders a page as the app does (react-query with a signed-in session, antd's App for messages
 * and modals, a router at `url`). `path` is the route pattern when the page reads params.
 */
export function renderPage(
  ui: ReactElement,
  options: { url?: string; path?: string; permissions?: PermissionCode[]; session?: Partial<SessionInfo> } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(SESSION_KEY, sessionWith(options.permissions ?? [], options.session));
  setCsrfToken('csrf');
  const url = options.url ?? '/';
  const path = options.path ?? url.split('?')[0]!;
  return render(
    <QueryClientProvider client={client}>
      <AntApp>
        <NotifierBridge />
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </QueryClientProvider>,
  );
}

import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../../test/render-page.tsx';
import PeoplePage from './people-page.tsx';

const ORG = '11111111-1111-4111-8111-111111111111';

describe('PeoplePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('filters by the org named in the URL (compliance evidence links to /org/people?orgId=…)', async () => {
    const calls = stubApi({
      'GET /api/people': () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
      'GET /api/orgs': () => [],
    });
    renderPage(<PeoplePage />, { url: `/org/people?orgId=${ORG}`, permissions: ['org:person:read'] });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/people')).toBe(true));
    const people = calls.find((c) => c.path === '/api/people')!;
    expect(people.query.get('orgId')).toBe(ORG);
  });

  it('lists everyone when the URL names no org', async () => {
    const calls = stubApi({
      'GET /api/people': () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
      'GET /api/orgs': () => [],
    });
    renderPage(<PeoplePage />, { url: '/org/people', permissions: ['org:person:read'] });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/people')).toBe(true));
    expect(calls.find((c) => c.path === '/api/people')!.query.has('orgId')).toBe(false);
  });

  it('gives the search button an accessible name', async () => {
    stubApi({ 'GET /api/people': () => ({ items: [], total: 0, page: 1, pageSize: 20 }), 'GET /api/orgs': () => [] });
    renderPage(<PeoplePage />, { url: '/org/people', permissions: ['org:person:read'] });
    expect(await screen.findByRole('button', { name: '搜索' })).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemResponse, renderPage, stubApi } from '../../../test/render-page.tsx';
import PeoplePage from './people-page.tsx';

const ORG = '11111111-1111-4111-8111-111111111111';

describe('PeoplePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('filters by the org named in the URL (compliance evidence links to /org/people?orgId=…)', async () => {
    const calls = stubApi({
      'GET /api/people': () => ({ items: [], nextCursor: null, total: { count: 0, isCapped: false } }),
      'GET /api/orgs': () => [],
    });
    renderPage(<PeoplePage />, { url: `/org/people?orgId=${ORG}`, permissions: ['org:person:read'] });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/people')).toBe(true));
    const people = calls.find((c) => c.path === '/api/people')!;
    expect(people.query.get('orgId')).toBe(ORG);
  });

  it('lists everyone when the URL names no org', async () => {
    const calls = stubApi({
      'GET /api/people': () => ({ items: [], nextCursor: null, total: { count: 0, isCapped: false } }),
      'GET /api/orgs': () => [],
    });
    renderPage(<PeoplePage />, { url: '/org/people', permissions: ['org:person:read'] });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/people')).toBe(true));
    expect(calls.find((c) => c.path === '/api/people')!.query.has('orgId')).toBe(false);
  });

  it('gives the search button an accessible name', async () => {
    stubApi({
      'GET /api/people': () => ({ items: [], nextCursor: null, total: { count: 0, isCapped: false } }),
      'GET /api/orgs': () => [],
    });
    renderPage(<PeoplePage />, { url: '/org/people', permissions: ['org:person:read'] });
    expect(await screen.findByRole('button', { name: '搜索' })).toBeTruthy();
  });

  it('imports cadres from Excel: the row problems in a table, then the counts', async () => {
    let attempt = 0;
    const calls = stubApi({
      'GET /api/people': () => ({ items: [], nextCursor: null, total: { count: 0, isCapped: false } }),
      'GET /api/orgs': () => [],
      'POST /api/people/import': () =>
        ++attempt === 1
          ? problemResponse(400, 'IMPORT.ROWS_INVALID', '导入文件中有错误的行', {
              invalidParams: [{ name: 'rows[4].身份证号码', code: 'importRow', reason: '“430102198001010010”不是有效的身份证号码' }],
            })
          : { rowCount: 30, created: 28, updated: 1, unchanged: 1 },
    });
    renderPage(<PeoplePage />, { url: '/org/people', permissions: ['org:person:read', 'org:person:write'] });
    fireEvent.click(await screen.findByRole('button', { name: /从 Excel 导入/ }));
    const pick = () =>
      fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [new File(['x'], '干部.xlsx')] } });
    pick();
    expect(await screen.findByText('“430102198001010010”不是有效的身份证号码')).toBeTruthy();
    expect(screen.getByText('第 4 行')).toBeTruthy();
    expect(screen.getByText('身份证号码')).toBeTruthy();
    pick();
    expect((await screen.findAllByText('导入完成：共 30 行，新增 28 人，更新 1 人，未变 1 人')).length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.path === '/api/people/import')).toHaveLength(2);
  });

  it('offers no import to a reader', async () => {
    stubApi({
      'GET /api/people': () => ({ items: [], nextCursor: null, total: { count: 0, isCapped: false } }),
      'GET /api/orgs': () => [],
    });
    renderPage(<PeoplePage />, { url: '/org/people', permissions: ['org:person:read'] });
    expect(await screen.findByRole('button', { name: '搜索' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /从 Excel 导入/ })).toBeNull();
  });

  it('draws each row’s buttons from the server’s abilities, not from the caller’s permissions', async () => {
    const row = (id: string, name: string, abilities: { update: boolean; delete: boolean; viewPersonal: boolean }) => ({
      id,
      townshipId: ORG,
      orgId: ORG,
      orgName: '司法所',
      name,
      post: null,
      isLeader: false,
      isCivilServant: true,
      phone: '138****8000',
      idNumber: null,
      isMasked: true,
      joinedOn: null,
      leftOn: null,
      hasUser: false,
      version: 1,
      abilities,
    });
    stubApi({
      'GET /api/people': () => ({
        items: [
          row('22222222-2222-4222-8222-222222222222', '可改的人', { update: true, delete: true, viewPersonal: false }),
          row('33333333-3333-4333-8333-333333333333', '只读的人', { update: false, delete: false, viewPersonal: false }),
        ],
        nextCursor: null,
        total: { count: 2, isCapped: false },
      }),
      'GET /api/orgs': () => [],
    });
    renderPage(<PeoplePage />, { url: '/org/people', permissions: ['org:person:read', 'org:person:write'] });
    expect(await screen.findByText('只读的人')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /编辑/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /删除/ })).toHaveLength(1);
  });
});

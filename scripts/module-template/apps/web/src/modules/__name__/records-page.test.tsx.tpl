import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { __Pascal__List } from '@yifa/domain/__name__';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import RecordsPage from './records-page.tsx';

const record = (id: string, title: string, canChange: boolean) => ({
  id,
  townshipId: 't1',
  orgId: 'o1',
  title,
  notes: null,
  version: 1,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  abilities: { update: canChange, delete: canChange },
});

describe('__name__ RecordsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the buttons the server allows: 新增 from canCreate, 编辑/删除 from each row’s abilities', async () => {
    const list: __Pascal__List = { items: [record('r1', '可改的记录', true), record('r2', '只读的记录', false)], nextCursor: null, total: { count: 2, isCapped: false }, canCreate: true };
    stubApi({ 'GET /api/__name__/records': () => list });
    renderPage(<RecordsPage />, { url: '/__name__', permissions: ['__name__:record:read', '__name__:record:write'] });
    const editable = await screen.findByRole('row', { name: /可改的记录/ });
    expect(within(editable).getByRole('button', { name: /编\s*辑/ })).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /只读的记录/ })).queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.getByRole('button', { name: /新增/ })).toBeTruthy();
  });

  it('sends a new record through its contract and shows no 新增 when the server says no', async () => {
    let list: __Pascal__List = { items: [], nextCursor: null, total: { count: 0, isCapped: false }, canCreate: true };
    const calls = stubApi({
      'GET /api/__name__/records': () => list,
      'POST /api/__name__/records': () => ({ id: 'r9' }),
    });
    renderPage(<RecordsPage />, { url: '/__name__', permissions: ['__name__:record:read', '__name__:record:write'] });
    fireEvent.click(await screen.findByRole('button', { name: /新增/ }));
    const dialog = await screen.findByRole('dialog');
    const title = within(dialog).getByRole('textbox', { name: /标题/ });
    expect(title.getAttribute('maxlength')).toBe('200');
    fireEvent.change(title, { target: { value: '  新的记录  ' } });
    list = { items: [], nextCursor: null, total: { count: 0, isCapped: false }, canCreate: false };
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ title: '新的记录', notes: null });
    await waitFor(() => expect(screen.queryByRole('button', { name: /新增/ })).toBeNull());
  });
});

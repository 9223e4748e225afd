import { useQuery } from '@tanstack/react-query';
import type { KeysetPage } from '@yifa/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi, type ApiCall } from '../test/render-page.tsx';
import { useKeysetPaging } from './keyset-pager.tsx';

/** A list page in miniature: a filter, the rows, the pager. */
function ListPage() {
  const [q, setQ] = useState('');
  const paging = useKeysetPaging({ q });
  const list = useQuery({
    queryKey: ['rows', q, paging.query],
    queryFn: async () => {
      const query = new URLSearchParams({
        q,
        pageSize: String(paging.query.pageSize),
        ...(paging.query.after ? { after: paging.query.after } : {}),
      });
      return (await (await fetch(`/api/rows?${query}`)).json()) as KeysetPage<string>;
    },
  });
  return (
    <div>
      <button onClick={() => setQ('x')}>filter</button>
      <ul>
        {list.data?.items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      {paging.pager(list.data, list.isFetching)}
    </div>
  );
}

/** Three pages of two rows; the cursor is the next page's number; the total only with the first page. */
function pages(count: number, isCapped = false) {
  return (call: ApiCall) => {
    const page = Number(call.query.get('after') ?? '1');
    return {
      items: [`第${page}页甲`, `第${page}页乙`],
      nextCursor: page < 3 ? String(page + 1) : null,
      total: call.query.has('after') ? null : { count, isCapped },
    };
  };
}

describe('useKeysetPaging', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pages on by cursor, keeps the first page’s total, goes back without a cursor', async () => {
    const calls = stubApi({ 'GET /api/rows': pages(6) });
    renderPage(<ListPage />);
    expect(await screen.findByText('第1页甲')).toBeTruthy();
    expect(screen.getByText('共 6 条')).toBeTruthy();
    expect(screen.getByRole('button', { name: /上一页/ }).hasAttribute('disabled')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('第2页甲')).toBeTruthy();
    expect(calls.at(-1)!.query.get('after')).toBe('2');
    expect(screen.getByText('第 2 页')).toBeTruthy();
    expect(screen.getByText('共 6 条')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('第3页甲')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: /下一页/ }).hasAttribute('disabled')).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: /上一页/ }));
    expect(await screen.findByText('第2页甲')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /首页/ }));
    expect(await screen.findByText('第1页甲')).toBeTruthy();
  });

  it('says "10,000+" when the server stopped counting, and starts again from page 1 on a new filter', async () => {
    const calls = stubApi({ 'GET /api/rows': pages(10_000, true) });
    renderPage(<ListPage />);
    expect(await screen.findByText('共 10,000+ 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('第2页甲')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'filter' }));
    await waitFor(() => expect(calls.at(-1)!.query.get('q')).toBe('x'));
    expect(calls.at(-1)!.query.has('after')).toBe(false);
    expect(await screen.findByText('第 1 页')).toBeTruthy();
  });
});

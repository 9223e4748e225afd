import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Dictionary } from '@yifa/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import DictionariesPage from './dictionaries-page.tsx';

const dictionaries: Dictionary[] = [
  {
    code: 'venueType',
    zh: '普法场所类型',
    en: 'Venue type',
    townshipId: 't1',
    entries: [
      {
        id: 'e1',
        dictionary: 'venueType',
        code: 'agency',
        labelZh: '机关',
        labelEn: 'Government agency',
        sortOrder: 10,
        isActive: true,
        isBuiltin: true,
        version: 1,
        abilities: { update: true, delete: false },
      },
      {
        id: 'e2',
        dictionary: 'venueType',
        code: 'market',
        labelZh: '集市',
        labelEn: 'Market',
        sortOrder: 70,
        isActive: false,
        isBuiltin: false,
        version: 3,
        abilities: { update: true, delete: true },
      },
    ],
    abilities: { createEntry: true },
  },
];

/** The same dictionaries as the server answers a reader: it may do nothing to them. */
const asReader: Dictionary[] = dictionaries.map((d) => ({
  ...d,
  abilities: { createEntry: false },
  entries: d.entries.map((e) => ({ ...e, abilities: { update: false, delete: false } })),
}));

const WRITER = ['platform:dictionary:read', 'platform:dictionary:write'] as const;

describe('DictionariesPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets the township administrator delete a custom entry only, and explains the built-in code', async () => {
    stubApi({ 'GET /api/dictionaries': () => dictionaries });
    renderPage(<DictionariesPage />, { url: '/system/dictionaries', permissions: [...WRITER], session: { dataScope: 'township' } });
    const builtin = await screen.findByRole('row', { name: /agency/ });
    const custom = screen.getByRole('row', { name: /market/ });
    expect(within(builtin).queryByRole('button', { name: /删\s*除/ })).toBeNull();
    expect(within(custom).getByRole('button', { name: '删除: 集市' })).toBeTruthy();
    expect(within(custom).getByRole('button', { name: '启用: 集市' })).toBeTruthy();
    fireEvent.click(within(builtin).getByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('代码') as HTMLInputElement).disabled).toBe(true);
    expect(within(dialog).getByText(/内置条目的代码不能修改/)).toBeTruthy();
  });

  it('sends a label change with the entry\u2019s version and no code for a built-in entry', async () => {
    const calls = stubApi({
      'GET /api/dictionaries': () => dictionaries,
      'PATCH /api/dictionaries/venueType/entries/e1': (c) => ({ ...dictionaries[0]!.entries[0], ...(c.body as object), version: 2 }),
    });
    renderPage(<DictionariesPage />, { url: '/system/dictionaries', permissions: [...WRITER], session: { dataScope: 'township' } });
    fireEvent.click(within(await screen.findByRole('row', { name: /agency/ })).getByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('中文名称'), { target: { value: '党政机关' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      labelZh: '党政机关',
      labelEn: 'Government agency',
      sortOrder: 10,
      version: 1,
    });
  });

  it('shows a reader the entries without actions', async () => {
    stubApi({ 'GET /api/dictionaries': () => asReader });
    renderPage(<DictionariesPage />, {
      url: '/system/dictionaries',
      permissions: ['platform:dictionary:read'],
      session: { dataScope: 'org' },
    });
    await screen.findByRole('row', { name: /agency/ });
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /新增条目/ })).toBeNull();
  });

  it('draws the buttons from the abilities the server sends, not from the permissions', async () => {
    stubApi({ 'GET /api/dictionaries': () => asReader });
    renderPage(<DictionariesPage />, { url: '/system/dictionaries', permissions: [...WRITER], session: { dataScope: 'township' } });
    await screen.findByRole('row', { name: /agency/ });
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /新增条目/ })).toBeNull();
  });
});

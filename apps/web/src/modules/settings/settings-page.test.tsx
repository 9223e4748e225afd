import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_SETTINGS } from '@yifa/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemResponse, renderPage, stubApi } from '../../test/render-page.tsx';
import { sessionWith } from '../../test/session-fixture.ts';
import SettingsPage from './settings-page.tsx';

const ADMIN = { permissions: ['platform:settings:read', 'platform:settings:write'] as const, session: { dataScope: 'all' } };

describe('SettingsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for confirmation listing the change, then saves only that part', async () => {
    const calls = stubApi({
      'GET /api/settings': () => DEFAULT_SETTINGS,
      'PUT /api/settings': (c) => ({ ...DEFAULT_SETTINGS, ...(c.body as object) }),
      'GET /api/auth/session': () => sessionWith([...ADMIN.permissions], ADMIN.session),
    });
    renderPage(<SettingsPage />, { permissions: [...ADMIN.permissions], session: ADMIN.session });
    const lock = await screen.findByLabelText('锁定时长');
    fireEvent.change(lock, { target: { value: '30' } });
    fireEvent.click(screen.getAllByRole('button', { name: /保\s*存/ })[0]!);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('锁定时长: 15 → 30')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ security: { ...DEFAULT_SETTINGS.security, lockMinutes: 30 } });
  });

  it('puts the server\u2019s validation problem on the field', async () => {
    stubApi({
      'GET /api/settings': () => DEFAULT_SETTINGS,
      'PUT /api/settings': () =>
        problemResponse(400, 'REQUEST.VALIDATION_FAILED', '提交的内容有误', {
          invalidParams: [{ name: 'body.security.idleMinutes', code: 'too_big', reason: '不能超过480' }],
        }),
    });
    renderPage(<SettingsPage />, { permissions: [...ADMIN.permissions], session: ADMIN.session });
    fireEvent.change(await screen.findByLabelText('锁定时长'), { target: { value: '20' } });
    fireEvent.click(screen.getAllByRole('button', { name: /保\s*存/ })[0]!);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('不能超过480')).toBeTruthy();
  });

  it('shows a township administrator the settings read-only', async () => {
    stubApi({ 'GET /api/settings': () => DEFAULT_SETTINGS });
    renderPage(<SettingsPage />, { permissions: ['platform:settings:read'], session: { dataScope: 'township' } });
    expect(((await screen.findByLabelText('锁定时长')) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /保\s*存/ })).toBeNull();
    expect(screen.getByText(/只有系统管理员可以修改/)).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { LedgerView } from '@yifa/domain/law-study';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../../test/render-page.tsx';
import HoursPage from './hours-page.tsx';

const person = (id: string, name: string, totalHours: number, rank: number, over: object = {}) => ({
  personId: id,
  name,
  post: null,
  orgId: 'o1',
  orgName: '司法所',
  isCivilServant: true,
  sessionsAttended: 3,
  sessionsMissed: 1,
  sessionHours: totalHours,
  selfStudyHours: 0,
  totalHours,
  targetHours: 60,
  isShort: totalHours < 60,
  shortfallHours: Math.max(0, 60 - totalHours),
  examsTaken: 1,
  examsPassed: 1,
  examsAbsent: 0,
  averageScore: 80,
  rank,
  ...over,
});
const ledger: LedgerView = {
  abilities: { bulletin: true },
  from: '2026-01-01',
  to: '2026-12-31',
  sessionCount: 7,
  examCount: 1,
  people: [person('p1', '赵刚', 60, 1), person('p2', '周敏', 42.5, 2)],
  orgs: [
    {
      orgId: 'o1',
      orgName: '司法所',
      orgKind: 'department',
      peopleCount: 2,
      totalHours: 102.5,
      averageHours: 51.3,
      shortCount: 1,
      averageScore: 80,
      rank: 1,
    },
  ],
};

describe('HoursPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each cadre against the target, who falls short, and the summary', async () => {
    const calls = stubApi({ 'GET /api/law-study/ledger': () => ledger });
    renderPage(<HoursPage />, { url: '/law-study/hours?year=2026', path: '/law-study/hours', permissions: ['law-study:session:read'] });
    expect(await screen.findByText('赵刚')).toBeTruthy();
    expect(screen.getByText('达标', { selector: '.ant-tag' })).toBeTruthy();
    expect(screen.getByText('差 17.5 学时')).toBeTruthy();
    expect(screen.getByTestId('ledger-summary').textContent).toContain('纳入统计 2 人，达标 1 人，未达标 1 人');
    expect(calls[0]!.query.get('year')).toBe('2026');
  });

  it('keeps only those short when asked, and asks the server for a quarter', async () => {
    const calls = stubApi({ 'GET /api/law-study/ledger': () => ledger });
    renderPage(<HoursPage />, {
      url: '/law-study/hours?year=2026&quarter=4',
      path: '/law-study/hours',
      permissions: ['law-study:session:read'],
    });
    await screen.findByText('赵刚');
    expect(calls[0]!.query.get('quarter')).toBe('4');
    fireEvent.click(screen.getByRole('checkbox', { name: '只看未达标' }));
    await waitFor(() => expect(screen.queryByText('赵刚')).toBeNull());
    const table = screen.getByRole('table');
    expect(within(table).getByText('周敏')).toBeTruthy();
  });

  it('downloads the bulletin as Word', async () => {
    const calls = stubApi({
      'GET /api/law-study/ledger': () => ledger,
      'GET /api/law-study/bulletin': () =>
        new Response('PK', { status: 200, headers: { 'content-disposition': 'attachment; filename="b.docx"' } }),
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderPage(<HoursPage />, { url: '/law-study/hours?year=2025', path: '/law-study/hours', permissions: ['law-study:session:read'] });
    await screen.findByText('赵刚');
    fireEvent.click(screen.getByRole('button', { name: /通报（Word）/ }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/law-study/bulletin')).toBe(true));
    const call = calls.find((c) => c.path === '/api/law-study/bulletin')!;
    expect(call.query.get('format')).toBe('docx');
    expect(call.query.get('year')).toBe('2025');
  });

  it('offers no bulletin to a view that is not township-wide (the ledger says so)', async () => {
    stubApi({ 'GET /api/law-study/ledger': () => ({ ...ledger, abilities: { bulletin: false } }) });
    renderPage(<HoursPage />, { url: '/law-study/hours?year=2026', path: '/law-study/hours', permissions: ['law-study:session:read'] });
    await screen.findByText('赵刚');
    expect(screen.queryByRole('button', { name: /通报（Word）/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Excel/ })).toBeNull();
  });
});

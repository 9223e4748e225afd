import { fireEvent, screen } from '@testing-library/react';
import type { StudySession } from '@yifa/domain/law-study';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemResponse, renderPage, stubApi } from '../../../test/render-page.tsx';
import SessionsPage from './sessions-page.tsx';

const session: StudySession = {
  id: 's1',
  townshipId: 't',
  orgId: 't',
  kind: 'collective',
  kindLabel: '集体学法',
  title: '学习民法典',
  heldOn: '2026-03-12',
  hours: 6,
  speaker: '赵刚',
  place: '会议室',
  materials: null,
  laws: [{ id: 'l1', name: '中华人民共和国民法典' }],
  presentCount: 14,
  absentCount: 1,
  version: 1,
  abilities: { update: false, delete: false },
};
const dictionaries = [
  {
    code: 'activityKind',
    zh: '学法活动类型',
    en: '',
    townshipId: 't',
    entries: [
      {
        id: 'e1',
        dictionary: 'activityKind',
        code: 'collective',
        labelZh: '集体学法',
        labelEn: 'Collective',
        sortOrder: 10,
        isActive: true,
        isBuiltin: true,
      },
    ],
  },
];

describe('SessionsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the year\u2019s sessions with their attendance; readers get no write buttons', async () => {
    const calls = stubApi({
      'GET /api/law-study/sessions': () => ({ items: [session], nextCursor: null, total: { count: 1, isCapped: false } }),
      'GET /api/dictionaries': () => dictionaries,
    });
    renderPage(<SessionsPage />, {
      url: '/law-study/sessions?year=2026',
      path: '/law-study/sessions',
      permissions: ['law-study:session:read'],
    });
    expect(await screen.findByText('学习民法典')).toBeTruthy();
    expect(screen.getByText('出席 14 人，缺席 1 人')).toBeTruthy();
    expect(screen.getByText('中华人民共和国民法典')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记学法活动/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /删除/ })).toBeNull();
    expect(screen.getByRole('button', { name: /查看/ })).toBeTruthy();
    expect(calls.find((c) => c.path === '/api/law-study/sessions')!.query.get('year')).toBe('2026');
  });

  it('draws each row\u2019s edit and delete buttons from its abilities, not from the page\u2019s permissions', async () => {
    stubApi({
      'GET /api/law-study/sessions': () => ({
        items: [session, { ...session, id: 's2', title: '学习宪法', abilities: { update: true, delete: true } }],
        nextCursor: null,
        total: { count: 2, isCapped: false },
      }),
      'GET /api/dictionaries': () => dictionaries,
    });
    renderPage(<SessionsPage />, {
      url: '/law-study/sessions?year=2026',
      path: '/law-study/sessions',
      permissions: ['law-study:session:read', 'law-study:session:write'],
    });
    await screen.findByText('学习宪法');
    expect(screen.getAllByRole('button', { name: /删除/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /编辑/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /查看/ })).toHaveLength(1);
  });

  it('shows an import\u2019s per-row errors (row, column, reason)', async () => {
    stubApi({
      'GET /api/law-study/sessions': () => ({ items: [], nextCursor: null, total: { count: 0, isCapped: false } }),
      'GET /api/dictionaries': () => dictionaries,
      'POST /api/law-study/imports/attendance': () =>
        problemResponse(400, 'LAW_STUDY.IMPORT_INVALID', '导入文件有错误', {
          invalidParams: [{ name: 'rows[3].姓名', code: 'importRow', reason: '本乡镇（街道）干部名单中没有“赵六”' }],
        }),
    });
    renderPage(<SessionsPage />, {
      url: '/law-study/sessions',
      path: '/law-study/sessions',
      permissions: ['law-study:session:read', 'law-study:session:write'],
    });
    fireEvent.click(await screen.findByRole('button', { name: /导入/ }));
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'sheet.xlsx')] } });
    expect(await screen.findByText('本乡镇（街道）干部名单中没有“赵六”')).toBeTruthy();
    expect(screen.getByText('第 3 行')).toBeTruthy();
    expect(screen.getByText('文件有 1 处错误，未导入任何数据：')).toBeTruthy();
  });

  it('says how many recorded sessions a corrected sheet changed (never just "unchanged")', async () => {
    stubApi({
      'GET /api/law-study/sessions': () => ({ items: [], nextCursor: null, total: { count: 0, isCapped: false } }),
      'GET /api/dictionaries': () => dictionaries,
      'POST /api/law-study/imports/attendance': () => ({
        kind: 'attendance',
        rowCount: 2,
        created: 0,
        updated: 0,
        unchanged: 2,
        isRepeat: false,
        sessionsCreated: 0,
        sessionsUpdated: 1,
      }),
    });
    renderPage(<SessionsPage />, {
      url: '/law-study/sessions',
      path: '/law-study/sessions',
      permissions: ['law-study:session:read', 'law-study:session:write'],
    });
    fireEvent.click(await screen.findByRole('button', { name: /导入/ }));
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'sheet.xlsx')] } });
    expect((await screen.findAllByText(/按表更正 1 次/)).length).toBeGreaterThan(0);
  });
});

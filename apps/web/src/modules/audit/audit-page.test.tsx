import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { AuditLogEntry } from '@yifa/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi, type ApiCall } from '../../test/render-page.tsx';
import AuditPage from './audit-page.tsx';

const entry: AuditLogEntry = {
  seq: 7,
  at: '2026-11-27T05:00:00Z',
  townshipId: 't1',
  townshipName: '笔架山乡',
  actorId: 'u1',
  actorName: '吴平',
  ip: '10.0.0.8',
  action: 'org.person.update',
  entityType: 'person',
  entityId: 'p1',
  isSuccess: true,
  before: { name: '李四', post: '司法所长' },
  after: { name: '李四', post: '副乡长' },
  detail: '修改干部',
  hash: 'f'.repeat(64),
};

function page(calls: ApiCall[]) {
  return calls.filter((c) => c.path === '/api/audit');
}

describe('AuditPage', () => {
  let calls: ApiCall[];
  beforeEach(() => {
    calls = stubApi({
      'GET /api/audit': () => ({ items: [entry], nextCursor: null, total: { count: 1, isCapped: false } }),
      'GET /api/audit/export': () =>
        new Response('seq,at\n', {
          status: 200,
          headers: {
            'content-type': 'text/csv',
            'content-disposition': `attachment; filename="audit-log.csv"; filename*=UTF-8''${encodeURIComponent('审计日志.csv')}`,
          },
        }),
      'GET /api/audit/verify': () => ({
        entries: 7,
        isIntact: true,
        problems: [],
        resealed: [],
        lastSeq: 7,
        lastHash: 'f'.repeat(64),
        checkedAt: '2026-11-27T05:00:00Z',
      }),
    });
    URL.createObjectURL = vi.fn(() => 'blob:audit');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows labels, filters by failure and action, and exports with the same filters', async () => {
    renderPage(<AuditPage />, { permissions: ['platform:audit:read', 'platform:audit:export'], session: { dataScope: 'township' } });
    await screen.findByText('修改干部信息');
    // Actions and entities show as labels, never as codes (org.person.update, person · p1).
    expect(screen.queryByText('org.person.update')).toBeNull();
    expect(screen.getByText('干部')).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('操作类型'));
    fireEvent.click(await screen.findByTitle('修改干部信息'));
    fireEvent.mouseDown(screen.getByLabelText('结果'));
    fireEvent.click(await screen.findByTitle('失败'));
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => expect(page(calls).at(-1)?.query.get('isSuccess')).toBe('false'));
    expect(page(calls).at(-1)?.query.get('action')).toBe('org.person.update');

    fireEvent.click(screen.getByRole('button', { name: /导出 CSV/ }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/audit/export')).toBe(true));
    const exported = calls.find((c) => c.path === '/api/audit/export')!;
    expect(exported.query.get('format')).toBe('csv');
    expect(exported.query.get('isSuccess')).toBe('false');
    expect(exported.query.get('action')).toBe('org.person.update');
    expect(screen.queryByRole('button', { name: /校验哈希链/ })).toBeNull();
  });

  it('shows before and after side by side with the changed field marked', async () => {
    renderPage(<AuditPage />, { permissions: ['platform:audit:read'], session: { dataScope: 'township' } });
    await screen.findByText('修改干部信息');
    expect(screen.queryByRole('button', { name: /导出/ })).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: /展开行|Expand row/ })[0]!);
    expect(await screen.findByLabelText('修改前')).toBeTruthy();
    expect(screen.getByLabelText('修改后').textContent).toContain('副乡长');
    expect(screen.getByText('post', { selector: '.ant-tag' })).toBeTruthy();
  });

  it('pages by cursor, says 10,000+ and starts again from the newest entry on 查询', async () => {
    calls = stubApi({
      'GET /api/audit': (call) =>
        call.query.has('after')
          ? { items: [{ ...entry, seq: 6, detail: '第二页' }], nextCursor: null, total: null }
          : { items: [entry], nextCursor: 'c2', total: { count: 10_000, isCapped: true } },
    });
    renderPage(<AuditPage />, { permissions: ['platform:audit:read'], session: { dataScope: 'all' } });
    expect(await screen.findByText('共 10,000+ 条')).toBeTruthy();
    expect(page(calls).at(-1)?.query.get('pageSize')).toBe('50');
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('第二页')).toBeTruthy();
    expect(page(calls).at(-1)?.query.get('after')).toBe('c2');
    expect(screen.getByText('共 10,000+ 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));
    expect(await screen.findByText('修改干部')).toBeTruthy();
    expect(page(calls).at(-1)?.query.has('after')).toBe(false);
  });

  it('lets the system administrator check the hash chain', async () => {
    renderPage(<AuditPage />, { permissions: ['platform:audit:read'], session: { dataScope: 'all' } });
    fireEvent.click(await screen.findByRole('button', { name: /校验哈希链/ }));
    expect(await screen.findByText('审计日志完整')).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Publication } from '@yifa/domain/proactive-disclosure';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import PublicationsPage from './publications-page.tsx';

const late: Publication = {
  id: 'p1',
  orgId: 'o1',
  catalogItemId: 'c1',
  catalogItemTitle: '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
  category: 'result',
  title: '安全生产检查情况通报',
  summary: '一季度',
  indexNumber: 'IDX-1',
  docNumber: '甲政发〔2026〕7号',
  formedOn: '2026-02-10',
  publishedOn: '2026-03-20',
  channels: ['portal', 'bulletinBoard'],
  status: 'published',
  timeLimitDays: 20,
  dueDate: '2026-03-16',
  dueExplanationZh: '自2026年2月10日次日起算20个工作日。',
  isProvisional: false,
  isLate: true,
  workingDaysLate: 4,
  publicFileIds: [],
  version: 1,
  createdAt: '2026-03-20T01:00:00Z',
  abilities: { update: true, delete: true },
  allowedSteps: [],
};
const pending: Publication = {
  ...late,
  id: 'p2',
  title: '临时救助发放情况',
  publishedOn: null,
  channels: [],
  status: 'pending',
  isLate: null,
  workingDaysLate: null,
  allowedSteps: ['publish'],
};

function stub() {
  return stubApi({
    'GET /api/proactive-disclosure/publications': (call) =>
      call.query.get('status') === 'pending'
        ? { items: [pending], nextCursor: null, total: { count: 1, isCapped: false } }
        : {
            items: call.query.get('isLate') === 'true' ? [late] : [late, pending],
            nextCursor: null,
            total: { count: 2, isCapped: false },
          },
    'GET /api/proactive-disclosure/catalog': () => [
      {
        id: 'c1',
        code: 'art20-13',
        titleZh: '监督检查情况',
        titleEn: null,
        category: 'result',
        legalBasis: '第二十条',
        timeLimitDays: 20,
        responsibleOrgId: null,
        responsibleOrgName: null,
        description: null,
        sortOrder: 1,
        isStatutory: true,
        version: 1,
        abilities: { update: false, delete: false },
      },
    ],
    'GET /api/proactive-disclosure/facts': () => ({
      publications: 12,
      latePublications: 3,
      byCategory: {},
      byChannel: {},
      boardUpdates: 0,
      villageAffairsDisclosures: 0,
      partyAffairsDisclosures: 0,
    }),
    'GET /api/dictionaries': () => [
      {
        code: 'publicationChannel',
        zh: '公开渠道',
        en: 'Channels',
        townshipId: 't1',
        entries: [
          {
            id: 'e1',
            dictionary: 'publicationChannel',
            code: 'portal',
            labelZh: '政府网站',
            labelEn: 'Website',
            sortOrder: 1,
            isActive: true,
            isBuiltin: true,
          },
          {
            id: 'e2',
            dictionary: 'publicationChannel',
            code: 'bulletinBoard',
            labelZh: '公开栏',
            labelEn: 'Board',
            sortOrder: 2,
            isActive: true,
            isBuiltin: true,
          },
        ],
      },
    ],
    'GET /api/proactive-disclosure/publications/p1': () => ({ ...late, files: [] }),
    'GET /api/proactive-disclosure/publications/p2': () => ({ ...pending, files: [] }),
  });
}

describe('PublicationsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('flags a late publication with its working days, shows pending ones and the year’s figures', async () => {
    stub();
    renderPage(<PublicationsPage />, { url: '/proactive-disclosure/publications', permissions: ['proactive-disclosure:publication:read'] });
    await screen.findByText('安全生产检查情况通报');
    expect(screen.getByText(/逾期公开 · 逾期4个工作日/)).toBeTruthy();
    expect(screen.getByText('待公开', { selector: '.ant-tag' })).toBeTruthy();
    expect(screen.getByText('政府网站、公开栏')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('12')).toBeTruthy());
    // Read-only: no create button.
    expect(screen.queryByRole('button', { name: /登记公开信息/ })).toBeNull();
  });

  it('pages by cursor, says 共 10,000+ 条 past the cap, and starts again from the first page on a filter', async () => {
    const calls = stubApi({
      'GET /api/proactive-disclosure/publications': (call) =>
        call.query.get('after')
          ? { items: [pending], nextCursor: null, total: null }
          : { items: [late], nextCursor: 'c2', total: { count: 10_000, isCapped: true } },
      'GET /api/proactive-disclosure/catalog': () => [],
      'GET /api/dictionaries': () => [],
    });
    renderPage(<PublicationsPage />, { url: '/proactive-disclosure/publications', permissions: ['proactive-disclosure:publication:read'] });
    await screen.findByText('安全生产检查情况通报');
    expect(screen.getByText('共 10,000+ 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    await waitFor(() =>
      expect(calls.some((c) => c.path === '/api/proactive-disclosure/publications' && c.query.get('after') === 'c2')).toBe(true),
    );
    expect(screen.getByText('共 10,000+ 条')).toBeTruthy();
    const before = calls.length;
    fireEvent.click(screen.getByRole('checkbox', { name: '只看逾期' }));
    await waitFor(() => {
      const late = calls.slice(before).find((c) => c.path === '/api/proactive-disclosure/publications' && c.query.get('isLate') === 'true');
      expect(late).toBeTruthy();
      expect(late!.query.get('after')).toBeNull();
    });
  });

  it('filters to late ones and opens a record from the URL', async () => {
    const calls = stub();
    renderPage(<PublicationsPage />, {
      url: '/proactive-disclosure/publications/p1',
      path: '/proactive-disclosure/publications/:id',
      permissions: ['proactive-disclosure:publication:read', 'proactive-disclosure:publication:write'],
    });
    expect(await screen.findByText('自2026年2月10日次日起算20个工作日。')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '只看逾期' }));
    await waitFor(() =>
      expect(calls.some((c) => c.path === '/api/proactive-disclosure/publications' && c.query.get('isLate') === 'true')).toBe(true),
    );
    expect(screen.getByRole('button', { name: /登记公开信息/ })).toBeTruthy();
  });

  it('offers 公开 for a pending record the workflow allows, and row buttons only where the abilities say so', async () => {
    stubApi({
      'GET /api/proactive-disclosure/publications': () => ({
        items: [{ ...late, abilities: { update: false, delete: false } }, pending],
        nextCursor: null,
        total: { count: 2, isCapped: false },
      }),
      'GET /api/proactive-disclosure/catalog': () => [],
      'GET /api/dictionaries': () => [],
      'GET /api/proactive-disclosure/facts': () => ({
        publications: 0,
        latePublications: 0,
        byCategory: {},
        byChannel: {},
        boardUpdates: 0,
        villageAffairsDisclosures: 0,
        partyAffairsDisclosures: 0,
      }),
      'GET /api/proactive-disclosure/publications/p2': () => ({ ...pending, files: [] }),
    });
    renderPage(<PublicationsPage />, {
      url: '/proactive-disclosure/publications/p2',
      path: '/proactive-disclosure/publications/:id',
      permissions: ['proactive-disclosure:publication:read', 'proactive-disclosure:publication:write'],
    });
    await screen.findByText('自2026年2月10日次日起算20个工作日。');
    const publish = screen.getAllByRole('button').filter((b) => b.textContent?.replace(/\s/g, '') === '公开');
    expect(publish).toHaveLength(1);
    // Only the pending record (abilities true) offers edit and delete in its row.
    expect(screen.getAllByRole('button', { name: /^删除:/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: '删除: 安全生产检查情况通报' })).toBeNull();
  });
});

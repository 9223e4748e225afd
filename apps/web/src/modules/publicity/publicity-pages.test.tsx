import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Activity, Coverage, Summary } from '@yifa/domain/publicity';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import ActivitiesPage from './activities-page.tsx';
import CoveragePage from './coverage-page.tsx';
import DutiesPage from './duties-page.tsx';
import CampaignsPage from './campaigns-page.tsx';

vi.mock('../../components/lazy-chart.tsx', () => ({ LazyChart: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const V1 = '11111111-1111-4111-8111-111111111111';
const activity: Activity = {
  id: 'a1',
  townshipId: 't1',
  orgId: 'o1',
  orgName: '岭湖村',
  date: '2026-12-31',
  title: '岭湖村年终普法',
  campaignId: null,
  campaignName: null,
  dutyItemId: null,
  dutyItemLaws: null,
  venueType: 'village',
  venueTypeLabelZh: '乡村',
  villageId: V1,
  villageName: '岭湖村',
  channel: 'onsite',
  channelLabelZh: '现场宣讲（咨询）',
  audienceType: null,
  audienceTypeLabelZh: null,
  audienceCount: 60,
  materialsCount: 100,
  caseReference: null,
  summary: null,
  attachments: [],
  version: 1,
  abilities: { update: true, delete: true },
};
const common = {
  'GET /api/publicity/campaigns': () => [],
  'GET /api/orgs': () => [{ id: V1, townshipId: 't1', kind: 'village', name: '岭湖村' }],
  'GET /api/dictionaries': () => [],
  'GET /api/publicity/duty-items': () => [],
};

describe('ActivitiesPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the year\u2019s activities filtered by the village in the URL and offers recording to writers', async () => {
    const calls = stubApi({
      ...common,
      'GET /api/publicity/activities': () => ({ items: [activity], nextCursor: null, total: { count: 1, isCapped: false } }),
    });
    renderPage(<ActivitiesPage />, {
      url: `/publicity/activities?year=2026&villageId=${V1}`,
      path: '/publicity/activities',
      permissions: ['publicity:activity:read', 'publicity:activity:write'],
    });
    expect(await screen.findByText('岭湖村年终普法')).toBeTruthy();
    const list = calls.find((c) => c.path === '/api/publicity/activities')!;
    expect(list.query.get('year')).toBe('2026');
    expect(list.query.get('villageId')).toBe(V1);
    expect(screen.getByRole('button', { name: /登记活动/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /下载普法台账/ })).toBeTruthy();
  });

  it('hides recording without the write permission', async () => {
    stubApi({
      ...common,
      'GET /api/publicity/activities': () => ({ items: [activity], nextCursor: null, total: { count: 1, isCapped: false } }),
    });
    renderPage(<ActivitiesPage />, { url: '/publicity/activities', permissions: ['publicity:activity:read'] });
    expect(await screen.findByText('岭湖村年终普法')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记活动/ })).toBeNull();
  });

  it('offers only viewing an activity whose abilities forbid changes', async () => {
    const seen = { ...activity, abilities: { update: false, delete: false } };
    stubApi({
      ...common,
      'GET /api/publicity/activities': () => ({ items: [seen], nextCursor: null, total: { count: 1, isCapped: false } }),
    });
    renderPage(<ActivitiesPage />, { url: '/publicity/activities', permissions: ['publicity:activity:read', 'publicity:activity:write'] });
    expect(await screen.findByText('岭湖村年终普法')).toBeTruthy();
    expect(screen.getByRole('button', { name: /查\s*看/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
  });
});

describe('CoveragePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the figures, the village × quarter matrix (gaps marked) and the duty items\u2019 state', async () => {
    const coverage: Coverage = {
      year: 2026,
      villages: [{ orgId: V1, name: '岭湖村', quarters: [2, 0, 1, 1], total: 4 }],
      venueTypes: [{ code: 'village', labelZh: '乡村', months: [1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1], total: 4 }],
      dutyItems: [
        {
          id: 'd1',
          orgId: 'o2',
          orgName: '司法所',
          laws: '《中华人民共和国宪法》',
          plannedMonths: [12],
          state: 'missed',
          activityCount: 0,
        },
      ],
      constitutionWeek: { start: '2026-12-01', end: '2026-12-07', activityCount: 0 },
    };
    const group = { code: 'village', labelZh: '乡村', activities: 4, people: 240, materials: 400 };
    const summary: Summary = {
      year: 2026,
      totals: { activities: 4, people: 240, materials: 400, villagesReached: 1, villages: 1, caseExplained: 0 },
      byVenueType: [group],
      byChannel: [{ ...group, code: 'onsite', labelZh: '现场宣讲' }],
      byCampaign: [],
      byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, activities: i === 0 ? 1 : 0, people: 0 })),
    };
    stubApi({ 'GET /api/publicity/coverage': () => coverage, 'GET /api/publicity/summary': () => summary });
    renderPage(<CoveragePage />, {
      url: '/publicity/coverage?year=2026',
      path: '/publicity/coverage',
      permissions: ['publicity:activity:read'],
    });
    expect(await screen.findByText('《中华人民共和国宪法》')).toBeTruthy();
    expect(screen.getByText('未落实')).toBeTruthy();
    expect(screen.getByRole('link', { name: '岭湖村' }).getAttribute('href')).toBe(`/publicity/activities?year=2026&villageId=${V1}`);
    await waitFor(() => expect(screen.getByText('240')).toBeTruthy());
    expect(screen.getByRole('img', { name: '各月普法活动次数与受众人数' })).toBeTruthy();
    expect(screen.getByText('0', { selector: '.ant-typography-danger' })).toBeTruthy();
  });
});

describe('DutiesPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists each office\u2019s lines with their planned period and state, filtered by the office in the URL', async () => {
    const calls = stubApi({
      ...common,
      'GET /api/publicity/duty-items': () => [
        {
          id: 'd1',
          townshipId: 't1',
          orgId: 'o2',
          orgName: '司法所',
          year: 2026,
          laws: '《中华人民共和国民法典》',
          audienceTypes: ['villagers'],
          audienceLabelsZh: ['村（居）民'],
          measures: '进村宣讲',
          plannedMonths: [4, 5, 6],
          responsible: null,
          state: 'done',
          activityCount: 2,
          version: 1,
          abilities: { update: true, delete: true },
        },
        {
          id: 'd2',
          townshipId: 't1',
          orgId: 'o3',
          orgName: '综合执法办',
          year: 2026,
          laws: '《中华人民共和国安全生产法》',
          audienceTypes: ['villagers'],
          audienceLabelsZh: ['村（居）民'],
          measures: '进企业宣讲',
          plannedMonths: [],
          responsible: null,
          state: 'pending',
          activityCount: 0,
          version: 1,
          abilities: { update: false, delete: false },
        },
      ],
    });
    renderPage(<DutiesPage />, {
      url: '/publicity/duties?year=2026&orgId=o2',
      path: '/publicity/duties',
      permissions: ['publicity:duty:read', 'publicity:duty:write'],
    });
    expect(await screen.findByText('《中华人民共和国民法典》')).toBeTruthy();
    expect(screen.getByText('第2季度')).toBeTruthy();
    expect(screen.getByText('已落实')).toBeTruthy();
    expect(calls.find((c) => c.path === '/api/publicity/duty-items')!.query.get('orgId')).toBe('o2');
    // Buttons follow each line's abilities: another office's line offers no change.
    expect(screen.getAllByRole('button', { name: /编\s*辑/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /删\s*除/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /新增清单事项/ }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });
});

describe('CampaignsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the year\u2019s campaigns with their activity counts and copies them to the next year after confirmation', async () => {
    const calls = stubApi({
      ...common,
      'GET /api/publicity/campaigns': () => [
        {
          id: 'c1',
          townshipId: 't1',
          year: 2026,
          theme: 'constitutionWeek',
          themeLabelZh: '宪法宣传周（12月4日）',
          name: '2026年“宪法宣传周”活动',
          startDate: '2026-12-01',
          endDate: '2026-12-07',
          notes: null,
          activityCount: 3,
          version: 1,
          abilities: { update: true, delete: true },
        },
      ],
      'POST /api/publicity/campaigns/roll': () => ({ created: 1, skipped: 0 }),
    });
    renderPage(<CampaignsPage />, {
      url: '/publicity/campaigns?year=2026',
      path: '/publicity/campaigns',
      permissions: ['publicity:campaign:read', 'publicity:campaign:write'],
    });
    expect(await screen.findByText('2026年“宪法宣传周”活动')).toBeTruthy();
    expect(screen.getByRole('link', { name: '3' }).getAttribute('href')).toBe('/publicity/activities?year=2026&campaignId=c1');
    fireEvent.click(screen.getByRole('button', { name: /复制到2027年/ }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*认/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/publicity/campaigns/roll')).toBe(true));
    expect(calls.find((c) => c.path === '/api/publicity/campaigns/roll')!.body).toEqual({ fromYear: 2026, toYear: 2027 });
  });

  it('offers no changes to readers', async () => {
    stubApi({ ...common });
    renderPage(<CampaignsPage />, { url: '/publicity/campaigns', permissions: ['publicity:campaign:read'] });
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /新增主题活动/ })).toBeNull();
  });
});

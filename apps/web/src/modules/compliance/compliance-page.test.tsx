import { screen } from '@testing-library/react';
import type { ComplianceReport } from '@yifa/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import CompliancePage from './compliance-page.tsx';

const ORG = '11111111-1111-4111-8111-111111111111';
const report: ComplianceReport = {
  year: 2026,
  computedAt: '2026-03-16T01:30:05.000Z',
  isLive: true,
  summary: { met: 0, notMet: 1, notApplicable: 0, total: 1 },
  rules: [
    {
      code: 'platform.org-has-cadres',
      module: 'platform',
      titleZh: '站所、村（社区）均有在册干部',
      titleEn: 'Every department and village has cadres on the roll',
      legalBasis: '平台基础规则',
      appliesTo: ['department', 'village'],
      evaluations: [
        {
          townshipId: 't1',
          townshipName: '笔架山乡',
          isEnabled: true,
          params: { minCadres: 1 },
          errorZh: null,
          results: [
            {
              orgId: ORG,
              orgName: '岭湖村',
              orgKind: 'village',
              status: 'notMet',
              actual: 0,
              target: 1,
              detailZh: '岭湖村在册干部0人',
              evidence: [{ labelZh: '岭湖村干部名单', link: `/org/people?orgId=${ORG}` }],
            },
          ],
        },
      ],
    },
  ],
};

describe('CompliancePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each org\u2019s result with its evidence as a link into the app', async () => {
    const calls = stubApi({ 'GET /api/compliance': () => report });
    renderPage(<CompliancePage />, { url: '/compliance?year=2026', path: '/compliance', permissions: ['platform:compliance:read'] });
    const link = await screen.findByRole('link', { name: '岭湖村干部名单' });
    expect(link.getAttribute('href')).toBe(`/org/people?orgId=${ORG}`);
    expect(screen.getByText('未达标', { selector: '.ant-tag' })).toBeTruthy();
    expect(screen.getByText('0 / 1')).toBeTruthy();
    expect(calls[0]!.query.get('year')).toBe('2026');
    expect(screen.queryByRole('button', { name: /规则设置/ })).toBeNull();
  });

  it('says when a county view\u2019s figures were computed and recomputes them on request', async () => {
    const calls = stubApi({
      'GET /api/compliance': (req) =>
        req.query.get('fresh') === 'true'
          ? { ...report, isLive: false, computedAt: '2026-03-17T02:00:00.000Z' }
          : { ...report, isLive: false },
    });
    renderPage(<CompliancePage />, { url: '/compliance', permissions: ['platform:compliance:read'] });
    expect(await screen.findByText(/各乡镇数据计算于 2026-03-16/)).toBeTruthy();
    (await screen.findByRole('button', { name: /立即重新计算/ })).click();
    expect(await screen.findByText(/各乡镇数据计算于 2026-03-17/)).toBeTruthy();
    expect(calls.some((c) => c.query.get('fresh') === 'true')).toBe(true);
  });

  it('says a township\u2019s figures are live, with no refresh button', async () => {
    stubApi({ 'GET /api/compliance': () => report });
    renderPage(<CompliancePage />, { url: '/compliance', permissions: ['platform:compliance:read'] });
    expect(await screen.findByText(/实时计算/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /立即重新计算/ })).toBeNull();
  });

  it('offers the rule settings to whoever configures compliance', async () => {
    stubApi({ 'GET /api/compliance': () => report });
    renderPage(<CompliancePage />, { url: '/compliance', permissions: ['platform:compliance:read', 'platform:compliance:configure'] });
    expect(await screen.findByRole('button', { name: /规则设置/ })).toBeTruthy();
  });
});

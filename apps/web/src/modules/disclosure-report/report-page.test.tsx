import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  checkConsistency,
  computeTable3,
  computeTable4,
  EMPTY_TABLE2,
  draftNarrative,
  evidenceCounts,
  type DisclosureReportView,
} from '@yifa/domain/disclosure-report';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import ReportPage from './report-page.tsx';

const t3 = computeTable3(
  [
    { id: 'r1', number: 'YSQ-2025-001', applicantKind: 'natural', receivedOn: '2025-03-01', closedOn: '2025-03-20', outcome: 'partial' },
    { id: 'r2', number: 'YSQ-2025-002', applicantKind: 'commercial', receivedOn: '2025-12-30', closedOn: null, outcome: null },
  ],
  2025,
);
const t4 = computeTable4([], 2025);
const narrative = draftNarrative({ year: 2025, townshipName: '笔架山乡', table3: t3.table, table4: t4.table, activity: null });

function view(over: Partial<DisclosureReportView> = {}): DisclosureReportView {
  return {
    townshipId: 't',
    townshipName: '笔架山乡',
    year: 2025,
    status: 'draft',
    version: 2,
    table2: EMPTY_TABLE2,
    table2Source: 'manual',
    table3: t3.table,
    table4: t4.table,
    evidenceCounts: evidenceCounts(t3.evidence, t4.evidence),
    narrative,
    narrativeIsDraft: false,
    activity: null,
    violations: checkConsistency({
      year: 2025,
      table2: EMPTY_TABLE2,
      table3: t3.table,
      table4: t4.table,
      overview: narrative.overview,
      previousCarriedForward: null,
    }),
    anomalies: [],
    previousCarriedForward: null,
    crossYearExplanation: null,
    publishedAt: null,
    publicUrl: null,
    abilities: { save: false, publish: false, export: true },
    allowedSteps: ['save', 'publish'],
    ...over,
  };
}

describe('ReportPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the tables computed from the records and opens the records behind a figure', async () => {
    const calls = stubApi({
      'GET /api/disclosure-reports/2025': () => view(),
      'GET /api/disclosure-reports/2025/evidence': () => [
        { id: 'r1', number: 'YSQ-2025-001', description: '自然人 · 2025-03-01 收到', link: '/disclosure-requests/r1' },
      ],
    });
    renderPage(<ReportPage />, {
      url: '/open-government/annual-report?year=2025',
      path: '/open-government/annual-report',
      permissions: ['disclosure-report:report:read'],
    });
    expect(await screen.findByText('勾稽关系校验通过')).toBeTruthy();
    const partialRow = screen.getByText(/（二）部分公开/).closest('tr')!;
    const figures = within(partialRow).getAllByRole('button');
    expect(figures.map((b) => b.textContent)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    fireEvent.click(figures[0]!);
    const link = await screen.findByRole('link', { name: 'YSQ-2025-001' });
    expect(link.getAttribute('href')).toBe('/disclosure-requests/r1');
    const evidenceCall = calls.find((c) => c.path.endsWith('/evidence'))!;
    expect([evidenceCall.query.get('table'), evidenceCall.query.get('row'), evidenceCall.query.get('column')]).toEqual([
      'table3',
      'partial',
      'natural',
    ]);
    // A reader can neither save nor publish.
    expect(screen.queryByRole('button', { name: /保\s*存/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /发\s*布/ })).toBeNull();
  });

  it('lists the violations and keeps publishing closed while the format\u2019s rules are broken', async () => {
    const wrong = { ...narrative, overview: '本年新收政府信息公开申请9件。' };
    const violations = checkConsistency({
      year: 2025,
      table2: EMPTY_TABLE2,
      table3: t3.table,
      table4: t4.table,
      overview: wrong.overview,
      previousCarriedForward: null,
    });
    // The server closes the step (workflow.ts); the page offers only what allowedSteps lists.
    stubApi({
      'GET /api/disclosure-reports/2025': () =>
        view({ narrative: wrong, violations, abilities: { save: true, publish: true, export: true }, allowedSteps: ['save'] }),
    });
    renderPage(<ReportPage />, {
      url: '/open-government/annual-report?year=2025',
      permissions: ['disclosure-report:report:read', 'disclosure-report:report:write', 'disclosure-report:report:publish'],
    });
    expect(await screen.findByText(/1 处数据不符合/)).toBeTruthy();
    expect(screen.getByText(/总体情况写明本年新收申请 9 件，表三为 2 件/)).toBeTruthy();
    expect((screen.getByRole('button', { name: /发\s*布/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('draws its buttons from the abilities and steps the server answers, not from the session', async () => {
    // A leader: may publish, may not edit; the draft is consistent, so the server opens the step.
    stubApi({
      'GET /api/disclosure-reports/2025': () =>
        view({ abilities: { save: false, publish: true, export: true }, allowedSteps: ['save', 'publish'] }),
    });
    renderPage(<ReportPage />, {
      url: '/open-government/annual-report?year=2025',
      permissions: ['disclosure-report:report:read', 'disclosure-report:report:write', 'disclosure-report:report:publish'],
    });
    const publish = (await screen.findByRole('button', { name: /发\s*布/ })) as HTMLButtonElement;
    expect(publish.disabled).toBe(false);
    expect(screen.queryByRole('button', { name: /保\s*存/ })).toBeNull();
    expect(screen.queryAllByRole('spinbutton')).toEqual([]);
  });

  it('saves the edited table 2 and narrative with the version read', async () => {
    const calls = stubApi({
      'GET /api/disclosure-reports/2025': () => view({ abilities: { save: true, publish: false, export: true } }),
      'PUT /api/disclosure-reports/2025': (c) =>
        view({ version: 3, table2: (c.body as DisclosureReportView).table2, abilities: { save: true, publish: false, export: true } }),
    });
    renderPage(<ReportPage />, {
      url: '/open-government/annual-report?year=2025',
      permissions: ['disclosure-report:report:read', 'disclosure-report:report:write'],
    });
    const penalty = await screen.findByRole('spinbutton', { name: /第二十条第（六）项 行政处罚/ });
    fireEvent.change(penalty, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!.body as { version: number; table2: typeof EMPTY_TABLE2 };
    expect(put.version).toBe(2);
    expect(put.table2.art20_6.adminPenalty.decisions).toBe(12);
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { DisclosureRequestDetail, DisclosureRequestSummary } from '@yifa/domain/disclosure-request';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import RequestPage from './request-page.tsx';
import RequestsPage from './requests-page.tsx';

const ID = '11111111-1111-4111-8111-111111111111';
const summary: DisclosureRequestSummary = {
  id: ID,
  number: 'YSQ2025-0009',
  orgId: 'o1',
  channel: 'inPerson',
  arrivedOn: '2025-12-22',
  receivedOn: '2025-12-22',
  status: 'inProgress',
  applicantKind: 'natural',
  applicantName: '张三',
  description: '土地征收补偿方案',
  replyDueOn: '2026-01-21',
  isOverdue: true,
  isCarriedOver: true,
  isRepeatCandidate: true,
  outcome: null,
  closedOn: null,
  version: 3,
};
const detail: DisclosureRequestDetail = {
  ...summary,
  confirmedOn: null,
  receiptRuleZh: '以提交之日为收到申请之日（条例第三十一条第（一）项）',
  contactPerson: null,
  idNumber: '1101**********002X',
  creditCode: null,
  phone: '139****5678',
  address: '湖南省益阳市****',
  email: null,
  isMasked: true,
  forms: ['paper'],
  deliveryMethod: 'post',
  isOnline: false,
  clock: {
    reply: { dueDate: '2026-01-21', isProvisional: false, explanationZh: '自2025年12月22日（收到申请）次日起算20个工作日。', isOpen: true },
    clarificationNotice: null,
    correction: null,
  },
  warningsZh: [],
  extension: { days: 20, reason: '调档', isApproved: false, approvedOn: null, notifiedOn: null },
  reply: { outcome: null, reasons: null, publishedLocation: null, responsibleAgency: null, letterText: null, isIssued: false },
  delivery: { method: null, deliveredOn: null, note: null, proofFileIds: [] },
  events: [],
  reviews: [],
  repeats: [],
  abilities: { step: true, approveExtension: false, viewPersonal: false, delete: true },
  allowedSteps: ['clarification', 'consultation', 'extensionRequest', 'extensionApproval', 'replyDraft', 'delete'],
  openConsultationId: null,
};
/** The same request as the leader sees it: approves the extension and may unmask, handles nothing. */
const asLeader: DisclosureRequestDetail = {
  ...detail,
  abilities: { step: false, approveExtension: true, viewPersonal: true, delete: false },
};

describe('RequestsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the overdue count and the 逾期 / 结转 / 重复申请 flags, and passes the URL filters to the API', async () => {
    const calls = stubApi({
      'GET /api/disclosure-requests': () => ({ items: [summary], nextCursor: null, total: { count: 1, isCapped: false }, overdueCount: 1 }),
    });
    renderPage(<RequestsPage />, {
      url: '/disclosure-requests?repeats=1&status=inProgress',
      permissions: ['disclosure-request:request:read'],
    });
    expect(await screen.findByText('YSQ2025-0009')).toBeTruthy();
    expect(screen.getByText(/有 1 件申请已超过答复期限/)).toBeTruthy();
    expect(screen.getByText('结转')).toBeTruthy();
    expect(screen.getAllByText('逾期').length).toBeGreaterThan(0);
    expect(screen.getByText('重复申请')).toBeTruthy();
    const list = calls.find((c) => c.path === '/api/disclosure-requests')!;
    expect(list.query.get('repeats')).toBe('true');
    expect(list.query.get('status')).toBe('inProgress');
    expect(screen.queryByRole('button', { name: /登记申请/ })).toBeNull();
    expect(screen.getByText('共 1 条')).toBeTruthy();
  });

  it('pages on by cursor and starts again from the first page when a filter changes', async () => {
    const calls = stubApi({
      'GET /api/disclosure-requests': (call) => {
        const after = call.query.get('after');
        return {
          items: [{ ...summary, id: after ? 'second' : ID, number: after ? 'YSQ2025-0001' : 'YSQ2025-0009' }],
          nextCursor: after ? null : 'cursor-2',
          total: after ? null : { count: 2, isCapped: false },
          overdueCount: 1,
        };
      },
    });
    renderPage(<RequestsPage />, { url: '/disclosure-requests', permissions: ['disclosure-request:request:read'] });
    expect(await screen.findByText('YSQ2025-0009')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('YSQ2025-0001')).toBeTruthy();
    expect(calls.at(-1)!.query.get('after')).toBe('cursor-2');
    expect(screen.getByText('共 2 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: '只看逾期' }));
    await waitFor(() => expect(calls.at(-1)!.query.get('overdue')).toBe('true'));
    expect(calls.at(-1)!.query.has('after')).toBe(false);
    expect(await screen.findByText('第 1 页')).toBeTruthy();
  });
});

describe('RequestPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the approval only with the approveExtension ability, and the clock with its explanation', async () => {
    stubApi({ [`GET /api/disclosure-requests/${ID}`]: () => detail });
    renderPage(<RequestPage />, {
      url: `/disclosure-requests/${ID}`,
      path: '/disclosure-requests/:id',
      permissions: ['disclosure-request:request:read', 'disclosure-request:request:write'],
    });
    expect(await screen.findByText(/自2025年12月22日/)).toBeTruthy();
    expect(screen.getByText(/已申请延长 20 个工作日/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '批准延期' })).toBeNull();
    expect(screen.getByRole('button', { name: '发出补正通知' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /显示完整信息/ })).toBeNull();
  });

  it('shows 批准延期 and 显示完整信息 to the leader', async () => {
    stubApi({ [`GET /api/disclosure-requests/${ID}`]: () => asLeader });
    renderPage(<RequestPage />, {
      url: `/disclosure-requests/${ID}`,
      path: '/disclosure-requests/:id',
      permissions: [
        'disclosure-request:request:read',
        'disclosure-request:request:approve-extension',
        'disclosure-request:request:view-personal',
      ],
    });
    expect(await screen.findByRole('button', { name: '批准延期' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: /显示完整信息/ })).toBeTruthy());
    expect(screen.queryByRole('button', { name: '发出补正通知' })).toBeNull();
  });

  it('draws exactly the steps the server allows now, whatever the caller may do otherwise', async () => {
    stubApi({
      [`GET /api/disclosure-requests/${ID}`]: () => ({
        ...detail,
        status: 'awaitingCorrection',
        allowedSteps: ['correction', 'closeNoCorrection', 'delete'],
      }),
    });
    renderPage(<RequestPage />, {
      url: `/disclosure-requests/${ID}`,
      path: '/disclosure-requests/:id',
      permissions: ['disclosure-request:request:read', 'disclosure-request:request:write'],
    });
    expect(await screen.findByRole('button', { name: '登记补正后的申请' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '逾期不补正，不再处理' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '发出补正通知' })).toBeNull();
    expect(screen.queryByRole('button', { name: '拟写答复' })).toBeNull();
  });
});

describe('RequestPage warnings', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells the clerk that the clarification notice was late (条例第三十条)', async () => {
    const late = '补正通知于2026年2月27日发出，已超过条例第三十条规定的7个工作日（应于2026年2月26日前发出），记为逾期告知补正';
    stubApi({ [`GET /api/disclosure-requests/${ID}`]: () => ({ ...detail, warningsZh: [late] }) });
    renderPage(<RequestPage />, {
      url: `/disclosure-requests/${ID}`,
      path: '/disclosure-requests/:id',
      permissions: ['disclosure-request:request:read'],
    });
    expect(await screen.findByText(late)).toBeTruthy();
    expect(screen.getByText('办理时限提示')).toBeTruthy();
  });
});

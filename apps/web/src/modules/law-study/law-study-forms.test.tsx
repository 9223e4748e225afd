import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ExamDetail } from '@yifa/domain/law-study';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../test/render-page.tsx';
import AppointmentsPage from './exams/appointments-page.tsx';
import ExamsPage from './exams/exams-page.tsx';
import SelfStudyPage from './self-study/self-study-page.tsx';
import SessionsPage from './sessions/sessions-page.tsx';

// Issue 8, item 13: the law-study dialogs said "请选择{{field}}" / "请填写{{field}}"; item 14: an
// impossible number was clamped (1000 h → 100, −2 h → 0.1, score 150 → 100) instead of refused.

const page = { items: [], nextCursor: null, total: { count: 0, isCapped: false } };
const exam: ExamDetail = {
  id: 'x1',
  kind: 'general',
  title: '民法典考试',
  heldOn: '2026-03-12',
  fullMark: 100,
  passMark: 60,
  takenCount: 0,
  passedCount: 0,
  absentCount: 0,
  version: 1,
  scores: [],
  abilities: { recordScores: true },
  allowedSteps: ['recordScores'],
};
const ALL = [
  'law-study:session:read',
  'law-study:session:write',
  'law-study:self-study:write',
  'law-study:self-study:approve',
  'law-study:exam:read',
  'law-study:exam:write',
] as const;

function stubLawStudy() {
  return stubApi({
    'GET /api/law-study/sessions': () => page,
    'GET /api/law-study/self-studies': () => page,
    'GET /api/law-study/appointments': () => [],
    'GET /api/law-study/exams': () => ({ items: [exam], nextCursor: null, total: { count: 1, isCapped: false } }),
    'GET /api/law-study/exams/x1': () => exam,
    'GET /api/law-study/roll': () => [{ id: 'p1', name: '吴平', orgId: 'o1', orgName: '党政办', isLeader: false, isCivilServant: true }],
    'GET /api/law-study/laws': () => [],
    'GET /api/dictionaries': () => [],
    'POST /api/law-study/exams': () => exam,
  });
}

async function openDialog(button: RegExp): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('dialog');
}

function typeNumber(dialog: HTMLElement, label: string, value: string): HTMLInputElement {
  const input = within(dialog).getByLabelText(label) as HTMLInputElement;
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
  return input;
}

async function submit(dialog: HTMLElement): Promise<void> {
  fireEvent.submit(dialog.querySelector('form') ?? dialog.closest('form')!);
  await waitFor(() => expect(dialog.querySelector('.ant-form-item-explain-error')).not.toBeNull(), { timeout: 15_000 });
}

function expectNoPlaceholder(): void {
  expect(document.body.textContent).not.toContain('{{');
}

describe('law-study dialogs', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('登记学法活动 names each missing field and refuses 1000 h and −2 h without changing them', async () => {
    const calls = stubLawStudy();
    renderPage(<SessionsPage />, { url: '/law-study/sessions', path: '/law-study/sessions', permissions: [...ALL] });
    const dialog = await openDialog(/登记学法活动/);
    const hours = typeNumber(dialog, '学时', '1000');
    await submit(dialog);
    expect(await within(dialog).findByText('请选择活动类型')).toBeTruthy();
    expect(within(dialog).getByText('学时不能大于 100')).toBeTruthy();
    expect(Number(hours.value)).toBe(1000);
    typeNumber(dialog, '学时', '-2');
    expect(await within(dialog).findByText('学时必须大于 0')).toBeTruthy();
    expect(Number(hours.value)).toBe(-2);
    expectNoPlaceholder();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  }, 90_000);

  it('申报自学学时 names each missing field and refuses 1.25 h', async () => {
    stubLawStudy();
    renderPage(<SelfStudyPage />, { url: '/law-study/self-studies', path: '/law-study/self-studies', permissions: [...ALL] });
    const dialog = await openDialog(/申报自学学时/);
    const hours = typeNumber(dialog, '学时', '1.25');
    await submit(dialog);
    expect(await within(dialog).findByText('学时最多保留 1 位小数')).toBeTruthy();
    expect(hours.value).toBe('1.25');
    expectNoPlaceholder();
  }, 90_000);

  it('新增考试 names its fields and refuses a full mark of 0', async () => {
    stubLawStudy();
    renderPage(<ExamsPage />, { url: '/law-study/exams', path: '/law-study/exams', permissions: [...ALL] });
    const create = await openDialog(/新增考试/);
    await submit(create);
    expect(await within(create).findByText('请填写考试名称')).toBeTruthy();
    typeNumber(create, '满分', '0');
    expect(await within(create).findByText('满分必须大于 0')).toBeTruthy();
    expectNoPlaceholder();
  }, 90_000);

  it('新增考试 saves when its date and marks are there (a required rule does not refuse a date or a number that is given)', async () => {
    const calls = stubLawStudy();
    renderPage(<ExamsPage />, { url: '/law-study/exams', path: '/law-study/exams', permissions: [...ALL] });
    const create = await openDialog(/新增考试/);
    fireEvent.change(within(create).getByLabelText('考试名称'), { target: { value: '宪法考试' } });
    fireEvent.submit(create.querySelector('form')!);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ title: '宪法考试', fullMark: 100, passMark: 60 });
  }, 90_000);

  it('录入成绩 names its fields; a score of 150 or −5 is refused, not clamped', async () => {
    stubLawStudy();
    renderPage(<ExamsPage />, { url: '/law-study/exams', path: '/law-study/exams', permissions: [...ALL] });
    fireEvent.click(await screen.findByRole('button', { name: '民法典考试' }));
    fireEvent.click(await screen.findByRole('button', { name: /录入成绩/ }));
    const scores = await waitFor(() => screen.getAllByRole('dialog').find((d) => d.querySelector('form'))!);
    expect(scores).toBeTruthy();
    const score = typeNumber(scores, '成绩', '150');
    await submit(scores);
    expect(await within(scores).findByText('请选择干部')).toBeTruthy();
    expect(within(scores).getByText('成绩不能大于 100')).toBeTruthy();
    expect(score.value).toBe('150');
    typeNumber(scores, '成绩', '-5');
    expect(await within(scores).findByText('成绩不能小于 0')).toBeTruthy();
    expectNoPlaceholder();
  }, 90_000);

  it('任前考试 (登记任职) names each missing field', async () => {
    stubLawStudy();
    renderPage(<AppointmentsPage />, { url: '/law-study/appointments', path: '/law-study/appointments', permissions: [...ALL] });
    const dialog = await openDialog(/登记任职/);
    await submit(dialog);
    expect(await within(dialog).findByText('请选择干部')).toBeTruthy();
    expectNoPlaceholder();
  }, 90_000);
});

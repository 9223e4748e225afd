import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubApi } from '../../../test/render-page.tsx';
import { PersonStudyHours } from './person-study-hours.tsx';

const hours = {
  personId: 'p1',
  year: 2026,
  sessionHours: 40,
  selfStudyHours: 10,
  totalHours: 50,
  targetHours: 60,
  isShort: true,
  pendingSelfStudyHours: 4,
  sessionsAttended: 8,
  sessionsMissed: 1,
};

describe('PersonStudyHours', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the cadre\u2019s hours against the target, what is missing and what awaits approval', async () => {
    stubApi({ 'GET /api/law-study/people/p1/hours': () => hours });
    renderPage(<PersonStudyHours personId="p1" />, { permissions: ['law-study:session:read'] });
    expect(await screen.findByText('50 / 60 学时')).toBeTruthy();
    expect(screen.getByText('还差 10 学时')).toBeTruthy();
    expect(screen.getByText('另有 4 学时自学申报待审核')).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看学时台账' }).getAttribute('href')).toContain('personId=p1');
  });

  it('shows nothing and asks nothing without the read permission', async () => {
    const calls = stubApi({ 'GET /api/law-study/people/p1/hours': () => hours });
    const { container } = renderPage(<PersonStudyHours personId="p1" />, { permissions: ['org:person:read'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
    expect(calls).toHaveLength(0);
  });
});

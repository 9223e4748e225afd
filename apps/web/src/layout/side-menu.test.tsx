import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { PermissionCode } from '@yifa/domain';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SESSION_KEY } from '../auth/session.ts';
import { sessionWith } from '../test/session-fixture.ts';
import { SideMenu } from './side-menu.tsx';

function renderMenu(permissions: PermissionCode[], isReadOnly = false) {
  const client = new QueryClient();
  client.setQueryData(SESSION_KEY, sessionWith(permissions, { isReadOnly }));
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/org/tree']}>
        <SideMenu isCollapsed={false} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const labels = () => screen.queryAllByRole('menuitem').map((item) => item.textContent?.trim());

describe('SideMenu', () => {
  it('shows a village cadre the workbench, deadlines, org tree and cadres, not users and roles', () => {
    renderMenu(['org:org:read', 'org:person:read', 'platform:workbench:read']);
    expect(labels()).toEqual(['我的工作台', '期限', '组织人员', '组织机构', '干部']);
  });

  it('shows a township administrator every organisation page', () => {
    renderMenu(['org:org:read', 'org:org:write', 'org:person:read', 'org:user:read', 'org:role:read']);
    expect(labels()).toEqual(['组织人员', '组织机构', '干部', '用户', '角色']);
  });

  it('shows nothing of organisation to a user without its permissions', () => {
    renderMenu(['platform:calendar:read']);
    expect(labels()).toEqual(['系统管理', '工作日历']);
    expect(screen.queryByText('组织人员')).toBeNull();
  });
});

import { ClusterOutlined, SafetyCertificateOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 组织人员: the org tree, cadres, user accounts and roles (server: modules/organisation/routes.ts). */
export const organisationModule: WebModule = {
  name: 'organisation',
  routes: [
    { path: 'org/tree', access: 'org:org:read', titleKey: 'nav.orgTree', load: () => import('./org-tree/org-tree-page.tsx') },
    { path: 'org/people', access: 'org:person:read', titleKey: 'nav.people', load: () => import('./people/people-page.tsx') },
    { path: 'org/users', access: 'org:user:read', titleKey: 'nav.users', load: () => import('./users/users-page.tsx') },
    { path: 'org/roles', access: 'org:role:read', titleKey: 'nav.roles', load: () => import('./roles/roles-page.tsx') },
  ],
  menu: [
    {
      key: 'org-tree',
      path: '/org/tree',
      labelKey: 'nav.orgTree',
      icon: <ClusterOutlined />,
      access: 'org:org:read',
      order: 10,
      group: 'organisation',
    },
    {
      key: 'org-people',
      path: '/org/people',
      labelKey: 'nav.people',
      icon: <TeamOutlined />,
      access: 'org:person:read',
      order: 20,
      group: 'organisation',
    },
    {
      key: 'org-users',
      path: '/org/users',
      labelKey: 'nav.users',
      icon: <UserOutlined />,
      access: 'org:user:read',
      order: 30,
      group: 'organisation',
    },
    {
      key: 'org-roles',
      path: '/org/roles',
      labelKey: 'nav.roles',
      icon: <SafetyCertificateOutlined />,
      access: 'org:role:read',
      order: 40,
      group: 'organisation',
    },
  ],
};

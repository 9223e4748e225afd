import { BookOutlined, FileDoneOutlined, NotificationOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.ts';

/** 主动公开 (server: apps/server/src/modules/proactive-disclosure): publications, catalogue, boards, village/party affairs, the guide. */
export const proactiveDisclosureModule: WebModule = {
  name: 'proactive-disclosure',
  routes: [
    {
      path: 'proactive-disclosure/publications',
      access: 'proactive-disclosure:publication:read',
      titleKey: 'proactiveDisclosure.nav.publications',
      load: () => import('./publications-page.tsx'),
    },
    {
      path: 'proactive-disclosure/publications/:id',
      access: 'proactive-disclosure:publication:read',
      titleKey: 'proactiveDisclosure.nav.publications',
      load: () => import('./publications-page.tsx'),
    },
    {
      path: 'proactive-disclosure/catalog',
      access: 'proactive-disclosure:catalog:read',
      titleKey: 'proactiveDisclosure.nav.catalog',
      load: () => import('./catalog-page.tsx'),
    },
    {
      path: 'proactive-disclosure/boards',
      access: 'proactive-disclosure:board:read',
      titleKey: 'proactiveDisclosure.nav.boards',
      load: () => import('./boards-page.tsx'),
    },
    {
      path: 'proactive-disclosure/boards/:id',
      access: 'proactive-disclosure:board:read',
      titleKey: 'proactiveDisclosure.nav.boards',
      load: () => import('./board-updates-page.tsx'),
    },
    {
      path: 'proactive-disclosure/village-disclosures',
      access: 'proactive-disclosure:board:read',
      titleKey: 'proactiveDisclosure.nav.villageDisclosures',
      load: () => import('./village-disclosures-page.tsx'),
    },
    {
      path: 'proactive-disclosure/guide-settings',
      access: 'proactive-disclosure:catalog:read',
      titleKey: 'proactiveDisclosure.nav.guide',
      load: () => import('./guide-settings-page.tsx'),
    },
  ],
  menu: [
    {
      key: 'pd-publications',
      path: '/proactive-disclosure/publications',
      labelKey: 'proactiveDisclosure.nav.publications',
      icon: <FileDoneOutlined />,
      access: 'proactive-disclosure:publication:read',
      order: 210,
      group: 'openGovernment',
    },
    {
      key: 'pd-catalog',
      path: '/proactive-disclosure/catalog',
      labelKey: 'proactiveDisclosure.nav.catalog',
      icon: <ProfileOutlined />,
      access: 'proactive-disclosure:catalog:read',
      order: 220,
      group: 'openGovernment',
    },
    {
      key: 'pd-boards',
      path: '/proactive-disclosure/boards',
      labelKey: 'proactiveDisclosure.nav.boards',
      icon: <NotificationOutlined />,
      access: 'proactive-disclosure:board:read',
      order: 230,
      group: 'openGovernment',
    },
    {
      key: 'pd-village',
      path: '/proactive-disclosure/village-disclosures',
      labelKey: 'proactiveDisclosure.nav.villageDisclosures',
      icon: <TeamOutlined />,
      access: 'proactive-disclosure:board:read',
      order: 240,
      group: 'openGovernment',
    },
    {
      key: 'pd-guide',
      path: '/proactive-disclosure/guide-settings',
      labelKey: 'proactiveDisclosure.nav.guide',
      icon: <BookOutlined />,
      access: 'proactive-disclosure:catalog:read',
      order: 250,
      group: 'openGovernment',
    },
  ],
};

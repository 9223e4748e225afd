import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ALL_MODULE_ROUTES } from '../modules/registry.ts';
import type { Access, ModuleRoute } from '../modules/types.ts';
import type { TranslationKey } from '../i18n/keys.ts';
import { FullPageSpin } from '../layout/full-page-spin.tsx';
import { RootShell } from './root-shell.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

/** What a page route declares for the layout: the permission it needs and its title. */
export interface RouteHandle {
  access: Access;
  titleKey: TranslationKey;
}

const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

function moduleRoute(route: ModuleRoute): RouteObject {
  const handle: RouteHandle = { access: route.access, titleKey: route.titleKey };
  return { path: route.path, lazy: page(route.load), handle };
}

/**
 * Every page is its own lazy chunk: the login page loads without the layout, the layout without
 * any module page, and a module's pages only when visited.
 */
export function appRoutes(): RouteObject[] {
  return [
    {
      Component: RootShell,
      HydrateFallback: FullPageSpin,
      ErrorBoundary: RouteErrorPage,
      children: [
        { path: '/login', lazy: page(() => import('../pages/auth/login-page.tsx')) },
        { path: '/change-password', lazy: page(() => import('../pages/auth/forced-password-page.tsx')) },
        { path: '/totp-setup', lazy: page(() => import('../pages/auth/forced-totp-page.tsx')) },
        {
          path: '/',
          lazy: page(() => import('../layout/app-layout.tsx')),
          children: [
            { index: true, lazy: page(() => import('../layout/home-redirect.tsx')) },
            ...ALL_MODULE_ROUTES.map(moduleRoute),
            {
              path: 'account/password',
              lazy: page(() => import('../pages/account/account-password-page.tsx')),
              handle: { access: 'authenticated', titleKey: 'layout.changePassword' } satisfies RouteHandle,
            },
            {
              path: 'account/totp',
              lazy: page(() => import('../pages/account/account-totp-page.tsx')),
              handle: { access: 'authenticated', titleKey: 'layout.totp' } satisfies RouteHandle,
            },
            { path: '*', lazy: page(() => import('../layout/not-found-page.tsx')) },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}

import { Result } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';
import type { RouteHandle } from '../app/router.tsx';
import { useCan } from '../auth/session.ts';

function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'access' in value && 'titleKey' in value;
}

/** Refuses a page whose permission the caller lacks (a typed URL, an old bookmark) and sets the tab title. */
export function PageGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const can = useCan();
  const matches = useMatches();
  const handle = [...matches]
    .reverse()
    .map((m) => m.handle)
    .find(isRouteHandle);
  const title = handle ? t(handle.titleKey) : null;

  useEffect(() => {
    document.title = title ? `${title} - ${t('app.titleSuffix')}` : `${t('app.name')} · ${t('app.fullName')}`;
  }, [title, t]);

  if (handle && handle.access !== 'authenticated' && !can(handle.access)) {
    return <Result status="403" title={t('layout.forbiddenTitle')} subTitle={t('layout.forbidden')} />;
  }
  return <>{children}</>;
}

import type { Org } from '@yifa/domain/organisation';
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { hasPermission, useSessionInfo } from '../auth/session.ts';

/**
 * Standing notices above every page: the township is a demo (its data is fictitious), and a
 * county reviewer's view is read-only.
 */
export function Banners() {
  const { t } = useTranslation();
  const session = useSessionInfo();
  const townshipId = session.user.townshipId;
  const township = useQuery({
    queryKey: ['orgs', 'one', townshipId],
    queryFn: () => api.get<Org>(`/orgs/${townshipId}`),
    enabled: !!townshipId && hasPermission(session, 'org:org:read'),
    staleTime: 10 * 60_000,
    meta: { silent: true },
  });
  const isDemo = township.data?.isDemo === true;
  if (!isDemo && !session.isReadOnly) return null;
  return (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      {isDemo ? <Alert banner type="warning" title={t('layout.demoBanner')} role="note" /> : null}
      {session.isReadOnly ? <Alert banner type="info" title={t('layout.readOnlyBanner')} role="note" /> : null}
    </div>
  );
}

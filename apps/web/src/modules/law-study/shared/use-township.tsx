import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSessionInfo } from '../../../auth/session.ts';
import { TownshipSelect, useTownshipIds } from '../../../components/township-select.tsx';

/**
 * The township a page is about: the user's own; for a county reviewer (above townships) the one in
 * the URL (?townshipId=) or the first they see, with a picker to change it.
 */
export function useTownship(): { townshipId: string | undefined; picker: ReactNode } {
  const { t } = useTranslation();
  const session = useSessionInfo();
  const isAbove = !session.user.townshipId;
  const [searchParams, setSearchParams] = useSearchParams();
  const ids = useTownshipIds(isAbove);
  if (!isAbove) return { townshipId: undefined, picker: null };
  const townshipId = searchParams.get('townshipId') ?? ids[0];
  const picker = (
    <TownshipSelect aria-label={t('lawStudy.township')} value={townshipId} style={{ width: 200 }}
      onChange={(v) => setSearchParams((prev) => { const c = new URLSearchParams(prev); c.set('townshipId', v); return c; }, { replace: true })} />
  );
  return { townshipId, picker };
}
